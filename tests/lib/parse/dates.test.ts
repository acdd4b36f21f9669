import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../src/lib/parse/dates.ts';

describe('parseDate', () => {
	test.each([
		['December 15, 2017', '2017-12-15'],
		['Dec. 11, 2017', '2017-12-11'],
		['Monday, December 11, 2017 10:32 am', '2017-12-11'],
		['11 December 2017', '2017-12-11'],
		['Published: 11 Dec 2017, 10:32', '2017-12-11'],
		['2017-12-11', '2017-12-11'],
		['2017-12-11T08:00:00Z', '2017-12-11'],
		['Sept 1st, 2016', '2016-09-01'],
		['Mon 11 Dec 2017 10.32 GMT', '2017-12-11'],
		['Last Modified: December 12, 2017', '2017-12-12'],
		['December 11, 2017 / 10:32 AM / Updated 2 hours ago', '2017-12-11'],
		['11 Dec 2017 | 10:32', '2017-12-11'],
		['Published December 11, 2017 · 3 min read', '2017-12-11'],
	])('reads %s as %s', (line, iso) => {
		expect(parseDate(line)).toBe(iso);
	});

	test.each([
		['a sentence that contains a date', 'He left on December 15, 2017.'],
		['an impossible day', 'February 30, 2017'],
		['a bare year', '2017'],
		['a name', 'Elias Hubbard'],
		['a date beside words that are no time', 'December 11, 2017 / Velgrad ferries / strike'],
		['a date with no year', 'December 11'],
	])('refuses %s', (_name, line) => {
		expect(parseDate(line)).toBeUndefined();
	});
});
