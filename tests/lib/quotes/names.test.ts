import { describe, expect, test } from 'vitest';
import { canonicalName, indexNames, isPersonName } from '../../../src/lib/quotes/name-index.ts';
import { findNameRuns, isOrganisation, splitTitle } from '../../../src/lib/quotes/names.ts';
import { roleHolder } from '../../../src/lib/quotes/roles.ts';
import { createDiscourse } from '../../../src/lib/quotes/salience.ts';

describe('findNameRuns', () => {
	test.each([
		['a title and a name', 'greeted by Ruritanian President Karim Hadi.', [['Ruritanian President Karim Hadi', 'Karim Hadi']]],
		['an abbreviated rank', 'said Lt. Col. Ewa Lis, the spokesman', [['Lt. Col. Ewa Lis', 'Ewa Lis']]],
		['a lower-case particle', 'welcomed by Karim al Hadi at the base', [['Karim al Hadi', 'Karim al Hadi']]],
		['a hyphenated particle', 'welcomed by Karim al-Hadi, said', [['Karim al-Hadi', 'Karim al-Hadi']]],
		['a possessive cut from the name', 'Despite Mr Nowak’s talk', [['Mr Nowak', 'Nowak']]],
		[
			'a possessive splitting two names',
			"Freedonia's Kalisz base",
			[
				['Freedonia', 'Freedonia'],
				['Kalisz', 'Kalisz'],
			],
		],
		['a title alone', 'the Freedonian President declared', [['Freedonian President', '']]],
		['sentence-initial function words', 'The visit marks Nowak’s first trip.', [['Nowak', 'Nowak']]],
	])('reads %s', (_name, text, expected) => {
		expect(findNameRuns(text).map((run) => [run.text, run.name])).toEqual(expected);
	});

	test('drops a sentence-initial word the article also writes in lower case', () => {
		const runs = findNameRuns('Shirtless Nowak. Mark Smith came.', new Set(['shirtless']));
		expect(runs.map((run) => run.name)).toEqual(['Nowak', 'Mark Smith']);
	});
});

describe('splitTitle', () => {
	test.each([
		[['President', 'Piotr', 'Nowak'], 'Piotr Nowak'],
		[['Mr', 'Nowak'], 'Nowak'],
		[['Freedonian', 'Prime', 'Minister', 'Jan', 'Wiśniewski'], 'Jan Wiśniewski'],
		[['Marek', 'Zielinski'], 'Marek Zielinski'],
	])('%j -> %s', (words, name) => {
		expect(splitTitle(words).name).toBe(name);
	});
});

describe('isOrganisation', () => {
	test.each([
		['Freedonian Federation', true],
		['Baltic Policy Center', true],
		['NPA', true],
		['Marek Zielinski', false],
		['Nowak', false],
	])('%s -> %s', (name, expected) => {
		expect(isOrganisation(name)).toBe(expected);
	});
});

describe('name index', () => {
	const index = indexNames([
		'President Piotr Nowak met Ruritanian President Karim al-Hadi.',
		'Mr Nowak and Freedonia agreed. Shirtless Nowak was shown; images show shirtless men.',
	]);

	test.each([
		['Nowak', 'Piotr Nowak'],
		['Hadi', 'Karim al-Hadi'],
		['Freedonia', 'Freedonia'],
		['Jane Doe', 'Jane Doe'],
	])('canonicalName(%s) -> %s', (name, expected) => {
		expect(canonicalName(index, name)).toBe(expected);
	});

	test.each([
		['Nowak', true],
		['Piotr Nowak', true],
		['Freedonia', false],
	])('isPersonName(%s) -> %s', (name, expected) => {
		expect(isPersonName(index, name)).toBe(expected);
	});

	test('finds the holder of a role by the words of their title', () => {
		const where = { paragraph: 2, at: 0, sentence: 3 };
		expect(roleHolder(index, ['ruritanian', 'president'], createDiscourse(), where)).toBe('Karim al-Hadi');
		// Two presidents and no salience to tell them apart: the one mentioned last.
		expect(roleHolder(index, ['president'], createDiscourse(), where)).toBe('Karim al-Hadi');
		expect(roleHolder(index, ['governor'], createDiscourse(), where)).toBeNull();
	});
});
