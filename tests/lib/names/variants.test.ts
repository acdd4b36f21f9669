import { describe, expect, test } from 'vitest';
import { findNameVariants, MAX_SKELETON_WORDS, phraseKey, skeleton } from '../../../src/lib/names/variants.ts';

const spellings = (texts: string[]) =>
	findNameVariants(texts.map((text, index) => ({ articleId: `a${index}`, text }))).map((group) =>
		group.variants.map((variant) => variant.text).toSorted(),
	);

describe('skeleton', () => {
	test.each([
		['Hmeymim', 'hm'],
		['Hmeimim', 'hm'],
		['Khmeimim', 'hm'],
		['Hemeimeem', 'hm'],
		['Tartus', 'trts'],
		['Tartous', 'trts'],
		['Ankara', 'nkr'],
	])('%s -> %s', (word, expected) => {
		expect(skeleton(word)).toBe(expected);
	});
});

describe('phraseKey', () => {
	test.each([
		['Bashar Assad', 'bashar assad'],
		['Bashar al-Assad', 'bashar assad'],
		['Bashar al Assad', 'bashar assad'],
	])('%s -> %s', (name, key) => {
		expect(phraseKey(name)).toBe(key);
	});
});

describe('findNameVariants', () => {
	test('groups transliterations of one place across articles', () => {
		expect(spellings(['at the Hmeymim air base', 'at the Khmeimim airbase', 'near Hemeimeem', 'Hmeimim was quiet'])).toEqual([
			['Hemeimeem', 'Hmeimim', 'Hmeymim', 'Khmeimim'],
		]);
	});

	test('groups names that differ only in particles, keeping the title out', () => {
		expect(spellings(['Syrian President Bashar Assad said', 'leader Bashar al Assad left', 'Bashar al-Assad spoke'])).toEqual([
			['Bashar Assad', 'Bashar al Assad', 'Bashar al-Assad'],
		]);
	});

	test('groups a full name whose given name has one letter more inside it', () => {
		expect(spellings(['former President Marcello Kettu said', 'Marcelo Kettu later said'])).toEqual([['Marcello Kettu', 'Marcelo Kettu']]);
	});

	test('groups a full name with and without its middle initial and suffix', () => {
		expect(spellings(['Marek S. Kettu III said', 'Marek Kettu said'])).toEqual([['Marek Kettu', 'Marek S. Kettu']]);
	});

	test('groups an acronym written with and without full stops, and nothing else', () => {
		expect(spellings(['the F.B.I. said', 'an FBI agent', 'the USA and the US'])).toEqual([['F.B.I.', 'FBI']]);
	});

	test('keeps apart names whose middle initials differ', () => {
		expect(spellings(['Marek H. W. Kettu said', 'Marek W. Kettu said', 'Marek Kettu said'])).toEqual([]);
	});

	test.each([
		['given names a final letter apart', ['Daniel Kettu spoke', 'Daniela Kettu spoke']],
		['given names a changed letter apart', ['Stephen Kettu spoke', 'Stephan Kettu spoke']],
		['short given names a letter apart', ['Maria Kettu spoke', 'Mario Kettu spoke']],
		['one given name and two surnames', ['Marcello Kettu spoke', 'Marcelo Brenn spoke']],
	])('keeps apart %s', (_name, texts) => {
		expect(spellings(texts)).toEqual([]);
	});

	test.each([
		['a word the texts also write in lower case', ['the Defence Minister spoke', 'the Ministry said', 'the minister and the ministry']],
		['different places with different skeletons', ['Syria and Syrian troops', 'Russia and Russian jets']],
		['one spelling only', ['Tartus port', 'Tartus again']],
		['different short names', ['Maria met Mario in Paris', 'Peter, Petra and Peres']],
		['first names of different people', ['Dmitri Trenin wrote', 'Dmitry Medvedev signed']],
		['a country and its adjective', ['Niger and the Nigerian army', 'Nigeria', 'Ukraine and Ukrainian troops']],
	])('does not group %s', (_name, texts) => {
		expect(spellings(texts)).toEqual([]);
	});

	test('picks the most frequent spelling as canonical and counts articles', () => {
		const [group] = findNameVariants([
			{ articleId: 'x', text: 'Tartus and Tartus' },
			{ articleId: 'y', text: 'Tartous' },
		]);
		expect(group).toEqual({
			canonical: 'Tartus',
			variants: [
				{ text: 'Tartus', count: 2, articles: ['x'] },
				{ text: 'Tartous', count: 1, articles: ['y'] },
			],
		});
	});
});

describe('findNameVariants on hostile text', () => {
	test('thousands of capitalised words on one consonant skeleton are not compared pair by pair', () => {
		const vowels = 'aeiou';
		// Distinct words sharing the skeleton "hlvnkr": every vowel choice in four slots, then the same with doubled vowels.
		const words: string[] = [];
		for (let index = 0; words.length < 6000; index++) {
			const v = (slot: number) => vowels[Math.floor(index / 5 ** slot) % 5]!.repeat(1 + Math.floor(index / 625));
			words.push(`H${v(0)}lv${v(1)}nk${v(2)}r${v(3)}`);
		}
		const text = words.map((word) => `${word} arrived.`).join(' ');
		const started = performance.now();
		const groups = findNameVariants([{ articleId: 'a', text }]);
		expect(performance.now() - started).toBeLessThan(3000);
		expect(groups.every((group) => group.variants.length <= MAX_SKELETON_WORDS)).toBe(true);
	});
});
