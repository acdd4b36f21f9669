import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SPELLING_MARK } from '../../../src/lib/search/codec.ts';
import { pickExpansions, qualityOf, VocabularyMatcher, type Expansion } from '../../../src/lib/search/expand.ts';
import { allowedErrors, bitCount, editDistance, letterMask } from '../../../src/lib/search/match.ts';
import { wordsWithin } from '../../../src/lib/search/near.ts';

/** Words over a small alphabet, so that many are a few edits apart and share prefixes. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'é', 'я'), minLength: 1, maxLength: 12 });
const vocabulary = fc.uniqueArray(word, { minLength: 1, maxLength: 300 }).map((words) => words.toSorted());

/** What `VocabularyMatcher.fuzzy` answered before it had an index: every word scored, then picked. */
function bruteForce(words: readonly string[], term: string): Expansion[] {
	const errors = allowedErrors(term);
	const found = words.flatMap((candidate, index) => {
		if (bitCount(letterMask(term) & ~letterMask(candidate)) > errors) return [];
		if (candidate.startsWith(SPELLING_MARK) || candidate.length < term.length - errors) return [];
		const quality = qualityOf(term, candidate, errors);
		return quality > 0 ? [{ word: index, quality, gap: Math.abs(candidate.length - term.length) }] : [];
	});
	found.sort((a, b) => b.quality - a.quality || a.gap - b.gap || a.word - b.word);
	return pickExpansions(found).map(({ word: index, quality }) => ({ word: index, quality }));
}

describe('words within a few edits, by walking the sorted vocabulary', () => {
	test('finds exactly the words a brute-force edit distance finds (swaps count one)', () => {
		fc.assert(
			fc.property(vocabulary, word, fc.integer({ min: 0, max: 4 }), (words, term, limit) => {
				const expected = words.flatMap((candidate, index) => (editDistance(term, candidate) <= limit ? [index] : []));
				expect(wordsWithin(words, term, limit)).toEqual(expected);
			}),
			{ numRuns: 400 },
		);
	});
	test('a term taken from the vocabulary with a slip finds its word', () => {
		fc.assert(
			fc.property(vocabulary, fc.nat(), fc.nat(), (words, pick, at) => {
				const original = words[pick % words.length]!;
				if (original.length < 2) return;
				const cut = at % (original.length - 1);
				const swapped = original.slice(0, cut) + original[cut + 1] + original[cut] + original.slice(cut + 2);
				expect(wordsWithin(words, swapped, 1)).toContain(pick % words.length);
			}),
		);
	});
	test('a swap of two letters is one edit, two swaps are two', () => {
		const words = ['almost', 'most', 'mostly', 'syrian', 'syrians'];
		expect(wordsWithin(words, 'msot', 1)).toEqual([1]);
		expect(wordsWithin(words, 'syiran', 1)).toEqual([3]);
		expect(wordsWithin(words, 'ysiran', 1)).toEqual([]);
		expect(wordsWithin(words, 'ysiran', 2)).toEqual([3]);
	});
});

describe('query word expansion', () => {
	test('picks the same words, in the same order, as scoring every vocabulary word', () => {
		fc.assert(
			fc.property(vocabulary, word, (words, term) => {
				expect(new VocabularyMatcher(words).fuzzy(term)).toEqual(bruteForce(words, term));
			}),
			{ numRuns: 400 },
		);
	});
	test('on real-looking words: a word, its longer forms, a slip, and a word only found inside others', () => {
		const words = ['ferries', 'ferry', 'ferryman', 'motherland', 'withdraw', 'withdrawal', 'withdrawing'].toSorted();
		const matcher = new VocabularyMatcher(words);
		const named = (term: string) => matcher.fuzzy(term).map((entry) => words[entry.word]);
		expect(named('withdraw')).toEqual(['withdraw', 'withdrawal', 'withdrawing']);
		expect(named('wtihdraw')).toEqual(['withdraw']);
		expect(named('ferri')).toEqual(['ferries', 'ferry']);
		expect(named('therla')).toEqual(['motherland']);
	});
});
