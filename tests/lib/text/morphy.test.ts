import { describe, expect, test } from 'vitest';
import { morphy } from '../../../src/lib/text/morphy.ts';
import { IRREGULAR_VERBS } from '../../../src/lib/text/irregular-verbs.ts';

/** A dictionary of a few lemmas per part of speech, so each rule can be seen on its own. */
const DICTIONARY = {
	n: new Set(['order', 'ordering', 'base', 'basis', 'box', 'church', 'dish', 'buzz', 'gas', 'city', 'chairman', 'glass', 'a']),
	v: new Set(['order', 'start', 'begin', 'stop', 'plan', 'make', 'try', 'fix', 'add', 'kill']),
	a: new Set(['big', 'large', 'late', 'ordered']),
	r: new Set(['fast']),
};
const known = (pos: keyof typeof DICTIONARY) => (lemma: string) => DICTIONARY[pos].has(lemma);

describe('morphy', () => {
	test.each([
		['orders', 'n', ['order']],
		['bases', 'n', ['base']],
		['boxes', 'n', ['box']],
		['churches', 'n', ['church']],
		['dishes', 'n', ['dish']],
		['buzzes', 'n', ['buzz']],
		['gases', 'n', ['gas']],
		['cities', 'n', ['city']],
		['chairmen', 'n', ['chairman']],
		['ordering', 'n', ['ordering']],
		['orders', 'v', ['order']],
		['ordered', 'v', ['order']],
		['ordering', 'v', ['order']],
		['tries', 'v', ['try']],
		['fixes', 'v', ['fix']],
		['making', 'v', ['make']],
		['added', 'v', ['add']],
		['killed', 'v', ['kill']],
		['bigger', 'a', ['big']],
		['largest', 'a', ['large']],
		['later', 'a', ['late']],
		['ordered', 'a', ['ordered']],
	] as const)('%s (%s) -> %j', (word, pos, lemmas) => {
		expect(morphy(word, pos, known(pos))).toEqual(lemmas);
	});

	test('undoes a doubled consonant left by a detached ending, for which Morphy needs its exception list', () => {
		expect(morphy('stopped', 'v', known('v'))).toEqual(['stop']);
		expect(morphy('planning', 'v', known('v'))).toEqual(['plan']);
		expect(morphy('biggest', 'a', known('a'))).toEqual(['big']);
	});

	test('keeps a noun ending in ss whole: glass is not a plural', () => {
		expect(morphy('glass', 'n', known('n'))).toEqual(['glass']);
		expect(morphy('glasses', 'n', known('n'))).toEqual(['glass']);
	});

	test('finds no base for an irregular form without the table, and the base with it', () => {
		expect(morphy('began', 'v', known('v'))).toEqual([]);
		expect(morphy('began', 'v', known('v'), IRREGULAR_VERBS)).toEqual(['begin']);
		expect(morphy('begun', 'v', known('v'), IRREGULAR_VERBS)).toEqual(['begin']);
	});

	test('uses the irregular table for verbs only', () => {
		expect(morphy('began', 'n', known('n'), IRREGULAR_VERBS)).toEqual([]);
	});

	test('leaves adverbs as they are and does not shorten a word to one letter', () => {
		expect(morphy('fast', 'r', known('r'))).toEqual(['fast']);
		expect(morphy('faster', 'r', known('r'))).toEqual([]);
		expect(morphy('as', 'n', known('n'))).toEqual([]);
	});
});

describe('IRREGULAR_VERBS', () => {
	test.each([
		['said', 'say'],
		['told', 'tell'],
		['slain', 'slay'],
		['withdrew', 'withdraw'],
		['withdrawn', 'withdraw'],
		['were', 'be'],
	])('%s -> %s', (form, base) => {
		expect(IRREGULAR_VERBS.get(form)).toBe(base);
	});
});
