import { describe, expect, test } from 'vitest';
import { normalizeQuote } from '../../../src/lib/quotes/normalize.ts';

describe('normalizeQuote', () => {
	test.each([
		['drops a trailing comma', 'raise their heads again,', 'raise their heads again'],
		['drops a trailing full stop and leading spaces', '  On a permanent basis.', 'on a permanent basis'],
		['lower-cases', 'I Have Taken A Decision', 'i have taken a decision'],
		['folds curly apostrophes', 'Nowak’s announcement', "nowak's announcement"],
		['folds inner double quotes to a single mark', 'He called it “a farce”', "he called it 'a farce"],
		['folds guillemets and low quotes', 'a «b» „c“', "a 'b' 'c"],
		['folds en and em dashes', 'troops – and bases — stay', 'troops - and bases - stay'],
		['keeps an ASCII hyphen inside a word', 'battle-ready group', 'battle-ready group'],
		['collapses whitespace runs, NBSP included', 'we  will\u00a0\tstrike', 'we will strike'],
		['applies NFKC to full-width letters and the ellipsis', 'ＯＫ then…', 'ok then'],
		['keeps a percent sign, which is not punctuation', '100% free', '100% free'],
		['returns empty for punctuation only', '“…”', ''],
	])('%s', (_name, input, expected) => {
		expect(normalizeQuote(input)).toBe(expected);
	});

	test('gives one key to two outlets’ versions of a quote', () => {
		expect(normalizeQuote('raise their heads again,')).toBe(normalizeQuote('Raise their heads again'));
	});
});
