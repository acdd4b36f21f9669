import { describe, expect, test } from 'vitest';
import { hasQuotePage, MAX_QUOTE_PAGES_PER_ARTICLE, quotePages } from '../../../src/lib/site/quote-pages.ts';
import { findQuoteGroups } from '../../../src/lib/shared/shared-quotes.ts';
import { makeArticle } from '../../helpers/articles.ts';

function pagesOf(articles: ReturnType<typeof makeArticle>[]) {
	const { sharedQuotes, fragments } = findQuoteGroups(articles);
	return quotePages({ articles, sharedQuotes, fragments }, '/');
}

describe('quotePages', () => {
	test('says under each outlet how its wording was joined to the others', () => {
		const pages = pagesOf([
			makeArticle('a', ['“The bridge will open in May and tolls will be free for a year,” the mayor said.'], 'Piotr Nowak'),
			makeArticle('b', ['Nowak said tolls “will be free for a year” after the opening.'], 'Piotr Nowak'),
		]);
		const shared = pages.find((page) => page.kind === 'shared');
		expect(shared?.carriers.map((carrier) => carrier.joined)).toEqual([
			null,
			'Joined as a fragment of “The bridge will open in May and tolls will be free for a year” (100% of the shorter wording matched).',
		]);
	});

	test('lists the statements a short quote fits about equally, and joins it to none', () => {
		const pages = pagesOf([
			makeArticle('a', ['“Our party will build a stronger nation for every family in the north,” she said.'], 'Anna Kowalski'),
			makeArticle('b', ['“Our taxes will fall, because we will build a stronger nation for all,” she said.'], 'Anna Kowalski'),
			makeArticle('c', ['She promised to “build a stronger nation” again.'], 'Anna Kowalski'),
		]);
		const fragment = pages.find((page) => page.id === 'c-q0-0');
		expect(fragment?.shared).toBeNull();
		expect(fragment?.fits.map((fit) => fit.href)).toEqual(['/quotes/a-q0-0/', '/quotes/b-q0-0/']);
	});
});

describe('quotePages output is bounded by input', () => {
	test('one sentence with 5,000 quotes gives at most MAX_QUOTE_PAGES_PER_ARTICLE pages, fast', () => {
		const sentence = Array.from({ length: 5000 }, (_, index) => `“w${index}”`).join(' ');
		const article = makeArticle('flood', [sentence]);
		const started = performance.now();
		const pages = quotePages({ articles: [article], sharedQuotes: [], fragments: [] }, '/');
		expect(pages).toHaveLength(MAX_QUOTE_PAGES_PER_ARTICLE);
		expect(pages.map((page) => page.id)).toEqual(article.quotes.slice(0, MAX_QUOTE_PAGES_PER_ARTICLE).map((quote) => quote.id));
		expect(hasQuotePage(MAX_QUOTE_PAGES_PER_ARTICLE - 1)).toBe(true);
		expect(hasQuotePage(MAX_QUOTE_PAGES_PER_ARTICLE)).toBe(false);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
