import { describe, expect, test } from 'vitest';
import { findPassages } from '../../../src/lib/reuse/passages.ts';
import { makeArticle } from '../../helpers/articles.ts';

describe('findPassages', () => {
	test('does not count a quotation and its attribution as a reused passage', () => {
		const sentence = '“The new bridge will carry four lanes of traffic across the river by next spring,” she said.';
		expect(findPassages([makeArticle('a', [sentence]), makeArticle('b', [sentence])])).toEqual([]);
	});

	test('counts a sentence that reports a quote in its own words', () => {
		const sentence = 'The city council said on Tuesday that the new bridge would be “ready by next spring” after all.';
		expect(findPassages([makeArticle('a', [sentence]), makeArticle('b', [sentence])]).map((passage) => passage.articles)).toEqual([
			['a', 'b'],
		]);
	});
});
