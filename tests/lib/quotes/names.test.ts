import { describe, expect, test } from 'vitest';
import { canonicalName, indexNames, isPersonName } from '../../../src/lib/quotes/name-index.ts';
import { findNameRuns, isOrganisation, splitTitle } from '../../../src/lib/quotes/names.ts';
import { roleHolder } from '../../../src/lib/quotes/roles.ts';
import { createDiscourse } from '../../../src/lib/quotes/salience.ts';

describe('findNameRuns', () => {
	test.each([
		['a title and a name', 'greeted by Syrian President Bashar Assad.', [['Syrian President Bashar Assad', 'Bashar Assad']]],
		['an abbreviated rank', 'said Lt. Col. Damien Pickart, the spokesman', [['Lt. Col. Damien Pickart', 'Damien Pickart']]],
		['a lower-case particle', 'welcomed by Bashar al Assad at the base', [['Bashar al Assad', 'Bashar al Assad']]],
		['a hyphenated particle', 'welcomed by Bashar al-Assad, said', [['Bashar al-Assad', 'Bashar al-Assad']]],
		['a possessive cut from the name', 'Despite Mr Putin’s talk', [['Mr Putin', 'Putin']]],
		[
			'a possessive splitting two names',
			"Russia's Hmeimim base",
			[
				['Russia', 'Russia'],
				['Hmeimim', 'Hmeimim'],
			],
		],
		['a title alone', 'the Russian President declared', [['Russian President', '']]],
		['sentence-initial function words', 'The visit marks Putin’s first trip.', [['Putin', 'Putin']]],
	])('reads %s', (_name, text, expected) => {
		expect(findNameRuns(text).map((run) => [run.text, run.name])).toEqual(expected);
	});

	test('drops a sentence-initial word the article also writes in lower case', () => {
		const runs = findNameRuns('Shirtless Putin. Mark Smith came.', new Set(['shirtless']));
		expect(runs.map((run) => run.name)).toEqual(['Putin', 'Mark Smith']);
	});
});

describe('splitTitle', () => {
	test.each([
		[['President', 'Vladimir', 'Putin'], 'Vladimir Putin'],
		[['Mr', 'Putin'], 'Putin'],
		[['Russian', 'Prime', 'Minister', 'Dmitry', 'Medvedev'], 'Dmitry Medvedev'],
		[['Dmitri', 'Trenin'], 'Dmitri Trenin'],
	])('%j -> %s', (words, name) => {
		expect(splitTitle(words).name).toBe(name);
	});
});

describe('isOrganisation', () => {
	test.each([
		['Russian Federation', true],
		['Carnegie Moscow Center', true],
		['TASS', true],
		['Dmitri Trenin', false],
		['Putin', false],
	])('%s -> %s', (name, expected) => {
		expect(isOrganisation(name)).toBe(expected);
	});
});

describe('name index', () => {
	const index = indexNames([
		'President Vladimir Putin met Syrian President Bashar al-Assad.',
		'Mr Putin and Russia agreed. Shirtless Putin was shown; images show shirtless men.',
	]);

	test.each([
		['Putin', 'Vladimir Putin'],
		['Assad', 'Bashar al-Assad'],
		['Russia', 'Russia'],
		['Jane Doe', 'Jane Doe'],
	])('canonicalName(%s) -> %s', (name, expected) => {
		expect(canonicalName(index, name)).toBe(expected);
	});

	test.each([
		['Putin', true],
		['Vladimir Putin', true],
		['Russia', false],
	])('isPersonName(%s) -> %s', (name, expected) => {
		expect(isPersonName(index, name)).toBe(expected);
	});

	test('finds the holder of a role by the words of their title', () => {
		const where = { paragraph: 2, at: 0, sentence: 3 };
		expect(roleHolder(index, ['syrian', 'president'], createDiscourse(), where)).toBe('Bashar al-Assad');
		// Two presidents and no salience to tell them apart: the one mentioned last.
		expect(roleHolder(index, ['president'], createDiscourse(), where)).toBe('Bashar al-Assad');
		expect(roleHolder(index, ['governor'], createDiscourse(), where)).toBeNull();
	});
});
