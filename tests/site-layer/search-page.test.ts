import { describe, expect, test } from 'vitest';
import { findQuoteGroups } from '../../src/lib/shared/shared-quotes.ts';
import { searchPlaceholder } from '../../src/site/search-page.ts';
import { makeArticle } from '../helpers/articles.ts';

describe('searchPlaceholder', () => {
	test('takes another spelling of a name and a phrase from the most widely carried quote', () => {
		const articles = [
			makeArticle('a', ['“We will run the night ferry again,” she said.'], 'Anna Kowalski'),
			makeArticle('b', ['“We will run the night ferry again,” she said.'], 'Anna Kowalski'),
		];
		const nameVariants = [
			{
				canonical: 'Halvenka',
				variants: [
					{ text: 'Halvenka', count: 3, articles: ['a'] },
					{ text: 'Khalvenka', count: 1, articles: ['b'] },
				],
			},
		];
		expect(searchPlaceholder({ nameVariants, sharedQuotes: findQuoteGroups(articles).sharedQuotes })).toBe(
			'Khalvenka, "ferry again", !word',
		);
	});

	test('falls back to generic words for a cluster with neither', () => {
		expect(searchPlaceholder({ nameVariants: [], sharedQuotes: [] })).toBe('a name, "a phrase", !word');
	});
});
