import { describe, expect, test } from 'vitest';
import { describeOutlet, describeReason, formatDate, formatWordCount } from '../../src/site/format.ts';
import { paragraphAnchor, safeLinks, speakerLabel, toParagraphViews } from '../../src/site/article-view.ts';
import { fixtureCluster } from '../site/fixtures.ts';

describe('formatting record values', () => {
	test.each([
		['2017-12-15', '15 December 2017'],
		['2000-01-01', '1 January 2000'],
	])('formatDate(%j) is %j whatever the machine time zone', (iso, expected) => {
		expect(formatDate(iso)).toBe(expected);
	});

	test.each([
		[0, '0 words'],
		[1, '1 word'],
		[1234, '1,234 words'],
	])('formatWordCount(%j) is %j', (count, expected) => {
		expect(formatWordCount(count)).toBe(expected);
	});

	test('describes outlets and reasons in words', () => {
		expect(describeOutlet({ name: 'Click Lancashire', evidence: 'text' })).toBe('Click Lancashire');
		expect(describeOutlet({ name: 'themoscowtimes.com', evidence: 'url' })).toBe('themoscowtimes.com (from its links)');
		expect(describeOutlet(null)).toBe('Outlet unknown');
		expect(describeReason('photo-credit')).toBe('photo credit');
		expect(describeReason('url-block')).toBe('block of URLs');
	});
});

describe('article view', () => {
	test('gives each paragraph its p-<index> anchor and only its own quotes', () => {
		const views = toParagraphViews(fixtureCluster.articles[0]!);
		expect(views.map((v) => v.anchor)).toEqual([paragraphAnchor(0), paragraphAnchor(1)]);
		expect(views[0]!.segments.some((s) => 'quoteId' in s)).toBe(true);
		expect(views[1]!.segments).toEqual([{ text: fixtureCluster.articles[0]!.paragraphs[1]!.text }]);
	});

	test('keeps only http(s) links, each once', () => {
		const link = { host: 'x', line: 1 };
		const links = [
			{ ...link, url: 'https://a.example/' },
			{ ...link, url: 'https://a.example/' },
			{ ...link, url: 'http://b.example/' },
		];
		expect(safeLinks(links).map((l) => l.url)).toEqual(['https://a.example/', 'http://b.example/']);
	});

	test('names an unknown speaker plainly', () => {
		expect(speakerLabel(null)).toBe('Speaker unknown');
		expect(speakerLabel({ text: 'the president', name: 'Vladimir Putin' })).toBe('Vladimir Putin');
	});
});
