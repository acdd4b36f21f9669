/**
 * A site built from a folder that mixes a .txt article, a saved .html page written to look like
 * an outlet's (scripts, handlers, iframe, javascript: and data: links, cookie banner, comments)
 * and a .jsonl file, through `npm run records` and `astro build`: outlets, dates, bylines and
 * original links come out right, the CSV export reads as a table, and nothing hostile from the
 * page reaches a built page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildRecords, buildSite, inlineHandlers, listHtml, readBuilt, readPage, repoRoot, unsafeUrls } from './helpers.ts';

let work: string;
let outDir: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'chorus-mixed-site-'));
	outDir = join(work, 'dist');
	buildRecords(join(repoRoot, 'tests', 'fixtures', 'mixed-event'), join(work, 'records.json'));
	buildSite({ records: join(work, 'records.json'), outDir, cacheDir: join(work, 'cache') });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('site built from .txt, .html and .jsonl articles', () => {
	test('each article page names its outlet, and the home page lists the bad JSON line as skipped', () => {
		expect(readPage(outDir, 'articles/bay-courier/index.html').body.textContent).toContain('The Bay Courier');
		expect(readPage(outDir, 'articles/harbour-daily/index.html').body.textContent).toContain('Harbour Daily');
		expect(readPage(outDir, 'articles/wire-1/index.html').body.textContent).toContain('Example Wire');
		expect(readPage(outDir, 'index.html').querySelector('.skipped')?.textContent).toContain('wire.jsonl: line 2: not valid JSON');
	});

	test('the shared quote page links each wording to the outlet’s own page with a text fragment', () => {
		const page = listHtml(outDir).find((path) => path.startsWith('quotes/we-will-not-let'));
		const links = [...readPage(outDir, page ?? '').querySelectorAll('a[href^="https://"]')].map((link) => link.getAttribute('href'));
		expect(links).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^https:\/\/www\.baycourier\.example\/news\/2023\/12\/11\/port-strike-ferry-safety#:~:text=/u),
				expect.stringMatching(/^https:\/\/wire\.example\/stories\/velgrad-ferries-strike\?ref=feed&lang=en#:~:text=/u),
			]),
		);
	});

	test('nothing from the saved page runs or links anywhere: no handler, no unsafe URL, no page script text', () => {
		for (const path of listHtml(outDir)) {
			const page = readPage(outDir, path);
			expect(inlineHandlers(page), path).toEqual([]);
			expect(unsafeUrls(page), path).toEqual([]);
			expect(page.querySelectorAll('iframe, object, embed').length, path).toBe(0);
			const html = readBuilt(outDir, path);
			for (const hostile of ['alert(', 'dataLayer', 'tracker.example', 'video.example', 'acceptAll'])
				expect(html, path).not.toContain(hostile);
		}
	});

	test('/data/quotes.csv is UTF-8 with a BOM and one quoted row per occurrence', () => {
		const csv = readBuilt(outDir, 'data/quotes.csv');
		expect(csv.startsWith('\uFEFF"quote_id","speaker","outlet","article","date","text","link"\r\n')).toBe(true);
		expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(1 + 7);
	});
});
