import { describe, expect, test } from 'vitest';
import { quotePages } from '../../src/site/quote-pages.ts';
import { MAX_QUOTE_PAGES_PER_ARTICLE, MAX_REPEAT_LINKS, pagedQuoteIds, quoteListEntries } from '../../src/site/repeats.ts';
import { findQuoteGroups } from '../../src/lib/shared/shared-quotes.ts';
import { makeArticle } from '../helpers/articles.ts';

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
		expect(pagedQuoteIds(article.quotes).size).toBe(MAX_QUOTE_PAGES_PER_ARTICLE);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	test('5,000 repeats of one quote share one page that counts them all and links the first few', () => {
		const chant = Array.from({ length: 5000 }, () => '“stop the works”').join(' ');
		const article = makeArticle('canal', [`They chanted ${chant} all night.`, 'Later a crowd chanted “stop the works” again.']);
		const pages = quotePages({ articles: [article], sharedQuotes: [], fragments: [] }, '/');
		expect(pages.map((page) => page.id)).toEqual(['canal-q0-0']);
		const repeats = pages[0]?.carriers[0]?.repeats;
		expect(repeats?.count).toBe(5000);
		expect(repeats?.links).toHaveLength(MAX_REPEAT_LINKS);
		expect(repeats?.links[0]).toEqual({ href: '/articles/canal/#canal-q0-1', label: 'paragraph 1 (Speaker unknown)' });
	});

	test('a quote repeated in one article and carried by another is one occurrence per article on the shared page', () => {
		const chant = Array.from({ length: 300 }, () => '“stop the works”').join(' ');
		const pages = pagesOf([
			makeArticle('a', [`They chanted ${chant} all night.`]),
			makeArticle('b', ['“Stop the works,” the crowd shouted.']),
		]);
		const shared = pages.find((page) => page.kind === 'shared');
		expect(shared?.carriers.map((carrier) => [carrier.source.href, carrier.repeats?.count ?? 0])).toEqual([
			['/articles/a/', 299],
			['/articles/b/', 0],
		]);
		expect(pages.filter((page) => page.kind === 'single').map((page) => page.id)).toEqual(['a-q0-0', 'b-q0-0']);
	});
});

describe('quoteListEntries', () => {
	test('lists words quoted again once, with how often and by whom', () => {
		const article = makeArticle('a', ['“We stay,” said one. “We stay,” said another.', 'Then “we go” came.']);
		article.quotes[1]!.speaker = { text: 'another', name: 'Ana Example' };
		const entries = quoteListEntries(article.quotes, (id) => `/quotes/${id}/`);
		expect(entries.map(({ quote, times, speakers, pageHref }) => [quote.id, times, speakers, pageHref])).toEqual([
			['a-q0-0', 2, ['Speaker unknown', 'Ana Example'], '/quotes/a-q0-0/'],
			['a-q1-0', 1, ['Speaker unknown'], '/quotes/a-q1-0/'],
		]);
	});
});
