import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticles } from '../../../src/lib/formats/index.ts';
import { readHtml } from '../../../src/lib/formats/html.ts';
import { httpUrl, isoDay } from '../../../src/lib/formats/html-meta.ts';
import type { Article } from '../../../src/lib/schema.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const page = readFileSync(new URL('../../fixtures/mixed-event/bay-courier.html', import.meta.url));

function articleOf(file: string, html: string): Article {
	const [result] = readArticles({ file, bytes: encode(html) });
	if (!result?.ok) throw new Error(`not read: ${result?.problem}`);
	return result.article;
}

describe('readHtml on a saved news page', () => {
	const [result] = readArticles({ file: 'bay-courier.html', bytes: page });
	const article = result?.ok ? result.article : undefined;
	const body = article?.paragraphs.map((paragraph) => paragraph.text).join('\n') ?? '';

	test('keeps the story paragraphs in order and nothing else', () => {
		expect(article?.paragraphs.map((paragraph) => paragraph.text.slice(0, 30))).toEqual([
			'Dock workers at the port of Ve',
			'“We will not let a single ship',
			'The ministry said the timetabl',
			'About 4,000 passengers a day u',
			'Brennick said the union was re',
			'The last strike at the port, i',
		]);
	});

	test('takes metadata in order of trust: JSON-LD author over the visible byline and the author meta tag', () => {
		expect(article).toMatchObject({
			headline: 'Port workers strike over ferry safety',
			headlineDerived: false,
			outlet: { name: 'The Bay Courier', evidence: 'metadata' },
			byline: 'Anna Kowalski',
			date: '2023-12-11',
			url: 'https://www.baycourier.example/news/2023/12/11/port-strike-ferry-safety',
			language: 'en-GB',
		});
	});

	test('lists each dropped block under removed with the reason its markup gives', () => {
		const reasons = new Map(article?.removed.map((line) => [line.text, line.reason]));
		expect(Object.fromEntries(reasons)).toMatchObject({
			'Accept all': 'cookie-notice',
			News: 'navigation',
			'Port workers strike over ferry safety': 'headline',
			'By Harbour Desk': 'byline',
			'New ferry timetable announced for winter': 'related-headline',
			'About time someone stood up to the ministry!': 'comments',
			'Ferries stand idle at the Velgrad quay on Monday. Photo: Courier Staff': 'caption',
			'© 2023 The Bay Courier. All rights reserved.': 'footer',
		});
		expect(reasons.get('Advertisement: Book your winter cruise today and save 40 per cent on every cabin class.')).toBe('advertisement');
	});

	test('reads no script, style, iframe, handler or link target into the record', () => {
		const record = JSON.stringify(article);
		for (const hostile of [
			'alert',
			'javascript:',
			'data:',
			'dataLayer',
			'injected by script',
			'cookie-banner',
			'onclick',
			'tracker.example',
			'video.example',
		]) {
			expect(record).not.toContain(hostile);
		}
		expect(body).not.toMatch(/cookies|Subscribe|claim now/);
	});

	test('finds quotes and speakers through the plain-text pipeline', () => {
		expect(article?.quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker?.name])).toEqual([
			['We will not let a si', 'Ilse Brennick'],
			['an attack on every f', 'Tomas Verhoef'],
			['any day, any hour,', 'Ilse Brennick'],
		]);
	});
});

describe('page metadata fallbacks', () => {
	test('splits the site name off the <title> and takes it as the outlet when nothing else names one', () => {
		const article = articleOf(
			't.html',
			'<title>Ferries halted on the bay | Example News</title><p>The mayor stopped the ferries on Tuesday night, officials said.</p>',
		);
		expect(article).toMatchObject({ headline: 'Ferries halted on the bay', outlet: { name: 'Example News', evidence: 'metadata' } });
	});

	test('falls back to <time datetime> and <link rel=canonical>, and never keeps a javascript: address', () => {
		const article = articleOf(
			't.html',
			'<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="javascript:alert(1)"><h1>Title of the story</h1><time datetime="2021-11-09T08:00:00Z">Tuesday</time><p>The mayor stopped the ferries on Tuesday night, officials said.</p>',
		);
		expect(article).toMatchObject({ date: '2021-11-09', url: 'https://example.org/a' });
	});

	test('ignores JSON-LD that is not valid JSON and reads the page anyway', () => {
		const article = articleOf(
			't.html',
			'<script type="application/ld+json">{"@type": "NewsArticle", headline: }</script><meta property="og:title" content="The real title"><p>The mayor stopped the ferries on Tuesday night, officials said.</p>',
		);
		expect(article.headline).toBe('The real title');
	});

	test.each([
		['2017-12-11T22:30:00-05:00', '2017-12-11'],
		['December 11, 2017', '2017-12-11'],
		['yesterday', undefined],
	])('isoDay(%s) is %s', (value, day) => {
		expect(isoDay(value)).toBe(day);
	});

	test.each([
		['https://example.org/a b', 'https://example.org/a%20b'],
		['javascript:alert(1)', undefined],
		['data:text/html,x', undefined],
		['/relative/path', undefined],
	])('httpUrl(%s) is %s', (value, url) => {
		expect(httpUrl(value)).toBe(url);
	});

	test('a page with no text is one problem, not an article', () => {
		expect(readHtml('e.html', 'e', '<html><body><script>alert(1)</script></body></html>')).toEqual({
			ok: false,
			problem: 'the page shows no text',
		});
	});

	test('markup nested thousands deep is one problem, not a stack overflow', () => {
		const depth = 20_000;
		const html = `<title>Deep page title</title>${'<div>'.repeat(depth)}<p>The mayor stopped the ferries on Tuesday night, officials said.</p>${'</div>'.repeat(depth)}`;
		const [result] = readArticles({ file: 'deep.html', bytes: encode(html) });
		expect(result).toEqual({ ok: false, problem: 'markup nested over 400 elements deep; not read as a page' });
	});
});
