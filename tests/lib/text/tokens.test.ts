import { describe, expect, test } from 'vitest';
import { stemKey, tokenize, wordKey } from '../../../src/lib/text/tokens.ts';
import { longestCommonRun } from '../../../src/lib/text/groups.ts';

describe('wordKey', () => {
	test.each([
		['Defence', 'defense'],
		['defense', 'defense'],
		['Favour', 'favor'],
		['centre', 'center'],
		['organised', 'organized'],
		['travelled', 'traveled'],
		['Russia’s', "russia's"],
		['Élysée', 'elysee'],
		['four', 'four'],
		['your', 'your'],
	])('%s -> %s', (word, key) => {
		expect(wordKey(word)).toBe(key);
	});
});

describe('tokenize', () => {
	test('keeps offsets into the text and inner punctuation of words', () => {
		const text = '“the U.S.-led Coalition’s 50 years”';
		expect(tokenize(text).map((token) => [token.text, text.slice(token.start, token.end)])).toEqual([
			['the', 'the'],
			['U.S.-led', 'U.S.-led'],
			['Coalition’s', 'Coalition’s'],
			['50', '50'],
			['years', 'years'],
		]);
	});

	test('reads Cyrillic words', () => {
		expect(tokenize('Минобороны России').map((token) => token.key)).toEqual(['минобороны', 'россии']);
	});
});

describe('stemKey', () => {
	test.each([
		['withdrawing', 'withdraw'],
		['withdraw', 'withdraw'],
		['bases', 'bas'],
		['base', 'bas'],
		['raised', 'rais'],
		['raise', 'rais'],
		['heads', 'head'],
	])('%s -> %s', (key, stem) => {
		expect(stemKey(key)).toBe(stem);
	});
});

describe('longestCommonRun', () => {
	test.each([
		[['terrorists', 'raise', 'their', 'heads'], ['raise', 'their', 'heads', 'again'], 3],
		[['a', 'b'], ['c', 'd'], 0],
		[[], ['a'], 0],
	])('%j and %j share %i', (a, b, run) => {
		expect(longestCommonRun(a, b)).toBe(run);
	});
});
