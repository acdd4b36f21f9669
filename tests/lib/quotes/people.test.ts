import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nounGender, PERSON_NOUNS, personNoun, sameOffice } from '../../../src/lib/quotes/people.ts';
import { wordnetDictFolder } from '../../../scripts/lib/wordnet.ts';
import { describes } from '../../../src/lib/quotes/roles.ts';

/** Lemmas with a noun sense in WordNet's noun.person file (lexicographer file 18), or `person` itself. */
function wordnetPersonNouns(): Set<string> {
	const nouns = new Set(['person']);
	for (const line of readFileSync(join(wordnetDictFolder(), 'index.sense'), 'utf8').split('\n')) {
		const match = /^([^%]+)%1:18:/u.exec(line);
		if (match?.[1]) nouns.add(match[1]);
	}
	return nouns;
}

describe('person nouns', () => {
	test('every listed noun denotes a person in WordNet', () => {
		const wordnet = wordnetPersonNouns();
		expect([...PERSON_NOUNS].filter((noun) => !wordnet.has(noun))).toEqual([]);
	});

	test.each([
		['Prosecutors', { noun: 'prosecutor', plural: true }],
		['congressmen', { noun: 'congressman', plural: true }],
		['allies', { noun: 'ally', plural: true }],
		['editor-in-chief', { noun: 'editor', plural: false }],
		['co-founder', { noun: 'founder', plural: false }],
		['statement', null],
		['Mexican-born', null],
	])('personNoun(%s)', (word, expected) => {
		expect(personNoun(word)).toEqual(expected);
	});

	test.each([
		['spokeswoman', 'f'],
		['congressman', 'm'],
		['chairman', null],
		['lawmaker', null],
		['press', null],
	])('nounGender(%s) -> %s', (word, expected) => {
		expect(nounGender(word)).toBe(expected);
	});

	test.each([
		['rep', 'lawmaker', true],
		['senator', 'legislator', true],
		['senator', 'governor', false],
		['spokesman', 'spokeswoman', true],
	])('sameOffice(%s, %s) -> %s', (a, b, expected) => {
		expect(sameOffice(a, b)).toBe(expected);
	});
});

describe('describes', () => {
	test.each([
		[['sen', 'ore'], 'oregon', true],
		[['rep'], 'republican', false],
		[['gov'], 'government', false],
		[['republican'], 'republican', true],
	])('%s describes %s: %s', (words, modifier, expected) => {
		expect(describes(new Set(words), modifier)).toBe(expected);
	});
});
