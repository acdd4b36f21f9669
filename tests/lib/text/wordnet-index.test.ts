import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLexicon, findLemma, synsetOffsets } from '../../../src/lib/text/wordnet-index.ts';
import { wordnetDictFolder } from '../../../scripts/lib/wordnet.ts';

/** A verb index in WordNet's format: a license line, three entries, one of them malformed. */
const VERBS = [
	'  1 This software and database is being provided to you, the LICENSEE, by  ',
	'begin v 2 3 @ ~ > 2 1 00345000 02614382  ',
	'broken v 3 0 3 0 00000001  ',
	'start v 1 1 @ 1 1 00345000  ',
	'',
].join('\n');

describe('buildLexicon', () => {
	const lexicon = buildLexicon({ v: VERBS });

	test('finds entry lines by lemma and reads their synset offsets in sense order', () => {
		expect(synsetOffsets(lexicon, 1, findLemma(lexicon, 1, 'begin'))).toEqual([345000, 2614382]);
		expect(synsetOffsets(lexicon, 1, findLemma(lexicon, 1, 'start'))).toEqual([345000]);
	});

	test('skips license lines, and reads a line whose offsets do not match its count as none', () => {
		expect(lexicon.lines[1]).toHaveLength(3);
		expect(synsetOffsets(lexicon, 1, findLemma(lexicon, 1, 'broken'))).toEqual([]);
	});

	test('finds no line for an unknown lemma, a prefix of a lemma, or a missing file', () => {
		expect(findLemma(lexicon, 1, 'begins')).toBe(-1);
		expect(findLemma(lexicon, 1, 'beg')).toBe(-1);
		expect(findLemma(lexicon, 1, '')).toBe(-1);
		expect(findLemma(lexicon, 0, 'begin')).toBe(-1);
		expect(synsetOffsets(lexicon, 1, -1)).toEqual([]);
	});
});

describe('WordNet index files', () => {
	test.each(['noun', 'verb', 'adj', 'adv'])('index.%s is sorted by lemma in byte order, as the binary search needs', (name) => {
		const lemmas = readFileSync(join(wordnetDictFolder(), `index.${name}`), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith(' '))
			.map((line) => line.slice(0, line.indexOf(' ')));
		expect(lemmas.length).toBeGreaterThan(4000);
		expect(lemmas.every((lemma, index) => index === 0 || (lemmas[index - 1] ?? '') < lemma)).toBe(true);
	});
});
