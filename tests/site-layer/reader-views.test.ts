import { describe, expect, test } from 'vitest';
import { formatEventDate } from '../../src/site/overview.ts';
import { sourceCode } from '../../src/site/sources.ts';
import { textFragmentHref } from '../../src/site/urls.ts';
import { toTextRuns, toWordRuns } from '../../src/site/word-diff.ts';

describe('toWordRuns', () => {
	test('groups differing words and keeps spaces outside the marks', () => {
		const runs = toWordRuns([
			{ text: 'to', same: true },
			{ text: 'start', same: false },
			{ text: 'now', same: false },
			{ text: 'please', same: true },
		]);
		expect(runs).toEqual([
			{ text: 'to ', differs: false },
			{ text: 'start now', differs: true },
			{ text: ' please', differs: false },
		]);
		expect(runs.map((run) => run.text).join('')).toBe('to start now please');
	});
});

describe('toTextRuns', () => {
	test('keeps the wording’s punctuation and spacing, marking only differing words and the gaps between them', () => {
		const text = '“Go to the gate, now,” she said.';
		const runs = toTextRuns(text, [
			{ text: 'Go', same: true },
			{ text: 'to', same: true },
			{ text: 'the', same: true },
			{ text: 'gate', same: false },
			{ text: 'now', same: false },
			{ text: 'she', same: true },
			{ text: 'said', same: true },
		]);
		expect(runs.map((run) => run.text).join('')).toBe(text);
		expect(runs.filter((run) => run.differs).map((run) => run.text)).toEqual(['gate, now']);
	});

	test('marks the whole text when the words do not line up with it', () => {
		expect(toTextRuns('Go now.', [{ text: 'Go now.', same: false }])).toEqual([{ text: 'Go now.', differs: true }]);
	});
});

describe('textFragmentHref', () => {
	test.each([
		['new stage', '/a/#:~:text=new%20stage'],
		['well-known, fine', '/a/#:~:text=well%2Dknown%2C%20fine'],
		[
			'one two three four five six seven eight nine ten eleven',
			'/a/#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven',
		],
	])('%s', (text, href) => {
		expect(textFragmentHref('/a/', text)).toBe(href);
	});
});

describe('reader formatting', () => {
	test('an event date reads with its weekday', () => {
		expect(formatEventDate('2017-12-11')).toBe('Monday 11 December 2017');
	});

	test.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
	])('source %i has code %s', (index, code) => {
		expect(sourceCode(index)).toBe(code);
	});
});
