import { describe, expect, test } from 'vitest';
import { nameAsWritten, nameScore } from '../../../src/lib/eval/names.ts';
import { findNameVariants } from '../../../src/lib/names/variants.ts';

describe('nameAsWritten', () => {
	test.each([
		['Rep. Anna K. Nowak', 'Anna K. Nowak'],
		['Ruritanian President Anna Nowak', 'Anna Nowak'],
		['Federal Office of Statistics', 'Federal Office of Statistics'],
		['F.B.I.', 'F.B.I.'],
		['the spokeswoman', null],
		['President', null],
		['@NowakNews', null],
		['nowaknews.com', null],
	])('%s -> %s', (spelling, name) => {
		expect(nameAsWritten(spelling)).toBe(name);
	});
});

describe('nameScore', () => {
	const texts = [
		'Rep. Anna K. Nowak spoke to the F.B.I. on Monday. Mrs. Nowak left.',
		'Anna Nowak said the FBI, the Federal Bureau of Investigation, had called. Annie Nowak agreed. Nowak left.',
	];
	const entities = {
		'Anna Nowak': ['Rep. Anna K. Nowak', 'Anna Nowak', 'Mrs. Nowak', 'Nowak', 'Annie Nowak', 'Anne Nowak'],
		FBI: ['F.B.I.', 'FBI', 'Federal Bureau of Investigation'],
	};

	test('scores the spelling pairs written in the texts: titles dropped, short forms and acronym expansions left out', () => {
		const { ratio, missed } = nameScore(entities, findNameVariants(texts.map((text, index) => ({ articleId: `a${index}`, text }))), texts);
		// Pairs: Anna K. Nowak / Anna Nowak (joined), Anna K. Nowak / Annie Nowak and Anna Nowak / Annie Nowak (a nickname:
		// kept apart), F.B.I. / FBI (joined). `Anne Nowak` is not in the texts; `Nowak` is a short form; the expansion is another name.
		expect(ratio).toEqual({ hits: 2, total: 4 });
		expect(missed).toEqual([
			['Anna K. Nowak', 'Annie Nowak'],
			['Anna Nowak', 'Annie Nowak'],
		]);
	});

	test('with no name variants only identical names would count: none of the pairs are joined', () => {
		expect(nameScore(entities, [], texts).ratio).toEqual({ hits: 0, total: 4 });
	});
});
