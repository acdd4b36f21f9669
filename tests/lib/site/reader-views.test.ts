import { describe, expect, test } from 'vitest';
import { assetPaths, budgetRows, pageTypeOf } from '../../../src/lib/site/budget.ts';
import { formatEventDate } from '../../../src/lib/site/overview.ts';
import { sourceCode } from '../../../src/lib/site/sources.ts';
import { textFragmentHref } from '../../../src/lib/site/urls.ts';
import { toTextRuns, toWordRuns } from '../../../src/lib/site/word-diff.ts';

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

describe('budget', () => {
	test('classifies pages and finds the assets they load under a base path', () => {
		expect(pageTypeOf('index.html')).toBe('home');
		expect(pageTypeOf('quotes/x/index.html')).toBe('quote');
		expect(pageTypeOf('_astro/a.css')).toBeNull();
		const html =
			'<link href="/c/_astro/a.css" rel="stylesheet"><script type="module" src="/c/_astro/b.js"></script><link rel="icon" href="/c/f.svg">';
		expect(assetPaths(html, '/c/')).toEqual({ css: ['_astro/a.css'], js: ['_astro/b.js'] });
	});

	test('reports the heaviest page of each type and flags one over the limit', () => {
		const rows = budgetRows(
			[
				{ type: 'quote', path: 'quotes/a/index.html', html: 10, css: 5, js: 0 },
				{ type: 'quote', path: 'quotes/b/index.html', html: 90, css: 5, js: 10 },
			],
			100,
		);
		expect(rows).toEqual([{ type: 'quote', path: 'quotes/b/index.html', html: 90, css: 5, js: 10, pages: 2, total: 105, ok: false }]);
	});
});
