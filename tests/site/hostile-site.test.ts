/**
 * The hostile-input suite, end to end: a folder of articles written at test time to break the
 * pipeline (bidi overrides in a shared quote and a headline, zero-width characters, a long
 * tracking URL and a long word, an upper-case link, a 251-character file name, 1,500 nested
 * quotes, 5,000 quotes in one sentence, 5,000 copies of one quote that another article carries
 * too), through `npm run records`, `astro build`, scripts/serve.ts and Chromium at 320 px: the
 * build finishes, output stays bounded, no page (home, story, articles, quote pages, search with
 * a hostile query, 404) scrolls sideways or logs a console error or CSP violation, the site's
 * own labels read left to right, and no bidi control reaches a plain-text context (title, meta,
 * tooltip).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath, startServer, watchForProblems } from '../e2e/browser.ts';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { MAX_QUOTE_PAGES_PER_ARTICLE } from '../../src/site/repeats.ts';
import { buildSite, listHtml, readPage, run } from './helpers.ts';

const RLO = '\u202e';
const lead = (topic: string) => `Floods close the ${topic}\n\nThe ${topic} was closed on Monday after heavy rain, officials said.\n\n`;
const sharedQuote = `“We will reopen the road when the water falls ${RLO}and not a day before,” said Ana Example, a council engineer.`;
const tracking = `https://www.example.com/news/2024/06/01/floods-close-the-river-road?utm_source=newsletter&utm_medium=email&utm_campaign=${'x'.repeat(60)}&id=1234567890abcdef`;
const longName = `${'river-road-closure-'.repeat(14)}`.slice(0, 247);

const articles: Record<string, string> = {
	'a-bidi.txt': `${lead('river road')}${sharedQuote}\n\nMore rain is expected on Tuesday, the weather service said.\n`,
	'b-bidi.txt': `${lead('bridge')}Officials spoke at noon. ${sharedQuote}\n\nThe bridge stays open to pedestrians, a spokesman said.\n`,
	'c-long.txt': `${lead('hill road')}Details were posted at ${tracking} on Monday, and at HTTP://EXAMPLE.ORG/ALERTS too.\n\nThe word ${'Hochwasserschutz'.repeat(20)} appeared on a sign, clo\u200bsed for now.\n`,
	[`${longName}.txt`]: `${lead('tunnel')}“The tunnel is closed,” said a police officer.\n`,
	'e-nested.txt': `${lead('ferry')}He said ${'«'.repeat(1500)}stop${'»'.repeat(1500)} and left.\n`,
	'f-many.txt': `${lead('canal')}They chanted ${Array.from({ length: 5000 }, (_, index) => `“w${index}”`).join(' ')} all night.\n`,
	'g-repeats.txt': `${lead('harbour')}They chanted ${Array.from({ length: 5000 }, () => '“stop the works”').join(' ')} all night.\n`,
	'h-carried.txt': `Floods close the ${RLO}north quay\n\nThe quay was closed on Monday. “Stop the works,” said Ana Example, a council engineer.\n`,
};
/** Bidi controls: none may reach a context with no element to isolate it in. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

let work: string;
let outDir: string;
let server: ChildProcess | undefined;
let origin: string;
let browser: Browser | undefined;
let cluster: Cluster;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'chorus-hostile-site-'));
	const folder = join(work, 'articles');
	mkdirSync(folder);
	for (const [name, text] of Object.entries(articles)) writeFileSync(join(folder, name), text);
	// A generous parse budget: 5,000 quotes in one sentence must not be skipped on a loaded machine.
	run('npm', ['run', '--silent', 'records', '--', '--seeds', folder, '--out', join(work, 'records.json')], {
		CHORUS_PARSE_TIMEOUT_MS: '60000',
	});
	cluster = ClusterSchema.parse(JSON.parse(readFileSync(join(work, 'records.json'), 'utf8')));
	outDir = join(work, 'dist');
	buildSite({ records: join(work, 'records.json'), outDir, cacheDir: join(work, 'cache') });
	({ server, origin } = await startServer(outDir));
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
	await browser?.close();
	server?.kill('SIGTERM');
	rmSync(work, { recursive: true, force: true });
});

/** Article page paths in the build. */
const articlePages = () => readdirSync(join(outDir, 'articles')).map((id) => `/articles/${id}/`);

/** Quote pages worth reading in the browser: every shared quote's, and the first and last of each article's. */
const quotePagePaths = () => {
	const built = new Set(readdirSync(join(outDir, 'quotes')));
	const ids = [
		...cluster.sharedQuotes.map((shared) => shared.id),
		...cluster.articles.flatMap((article) => {
			const paged = article.quotes.filter((quote) => built.has(quote.id));
			return [paged[0]?.id, paged.at(-1)?.id].filter((id) => id !== undefined);
		}),
	];
	return [...new Set(ids)].map((id) => `/quotes/${id}/`);
};

/** Bytes under a folder. */
const sizeOf = (path: string): number =>
	statSync(path).isDirectory() ? readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0) : statSync(path).size;

/** Open a fresh 320 px page (a favicon request still in flight when the next page loads would be reported as failed). */
async function openNarrow(path: string) {
	const page = await browser!.newPage({ viewport: { width: 320, height: 800 } });
	const problems = await watchForProblems(page, origin);
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	return { page, problems };
}

/** No sideways scroll, no CSP violation, no console error or failed request. */
async function expectSound(page: Awaited<ReturnType<typeof openNarrow>>['page'], problems: string[], path: string) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, path).toBeLessThanOrEqual(0);
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
	expect(problems, path).toEqual([]);
}

describe('a site built from hostile articles', () => {
	test('builds every article, with bounded ids and quote pages', () => {
		const ids = readdirSync(join(outDir, 'articles'));
		expect(ids).toHaveLength(Object.keys(articles).length);
		for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
		const quotePages = readdirSync(join(outDir, 'quotes'));
		expect(quotePages.length).toBeLessThan(MAX_QUOTE_PAGES_PER_ARTICLE + 50);
	});

	test('keeps an upper-case link and reads zero-width spaces as nothing', () => {
		const page = readPage(outDir, 'articles/c-long/index.html');
		expect(page.querySelector('a[href="http://EXAMPLE.ORG/ALERTS"]')).not.toBeNull();
		expect(page.querySelector('.article-body')?.textContent).toContain('closed for now');
	});

	test('5,000 copies of one quote make one quote page, and the shared page lists the article once', () => {
		const article = cluster.articles.find((entry) => entry.file === 'g-repeats.txt')!;
		const [first, ...repeats] = article.quotes;
		expect(repeats).toHaveLength(4999);
		for (const repeat of repeats) expect(repeat.repeatOf).toBe(first!.id);
		const built = new Set(readdirSync(join(outDir, 'quotes')));
		expect(built.has(first!.id)).toBe(true);
		expect(repeats.filter((repeat) => built.has(repeat.id))).toEqual([]);
		const shared = cluster.sharedQuotes.find((entry) => entry.occurrences.some((occurrence) => occurrence.quoteId === first!.id))!;
		expect(shared.occurrences.map((occurrence) => occurrence.articleId)).toEqual(['g-repeats', 'h-carried']);
		const sharedPage = readPage(outDir, `quotes/${shared.id}/index.html`);
		expect(sharedPage.querySelectorAll('.carriers > li')).toHaveLength(2);
		expect(sharedPage.querySelector('.repeats')?.textContent).toContain('4,999 more times');
		// Before repeats were merged: 200 pages of this quote and a 15 MB shared page.
		expect(sizeOf(join(outDir, 'quotes', shared.id))).toBeLessThan(100_000);
		expect(readPage(outDir, 'articles/g-repeats/index.html').querySelectorAll('.quote-list > li')).toHaveLength(1);
	});

	test('no bidi control reaches the title, a meta description or a tooltip', () => {
		const leaks = listHtml(outDir).flatMap((path) => {
			const page = readPage(outDir, path);
			const plain = [
				page.querySelector('title')?.textContent ?? '',
				...[...page.querySelectorAll('meta[content]')].map((meta) => meta.getAttribute('content') ?? ''),
				...[...page.querySelectorAll('[title]')].map((element) => element.getAttribute('title') ?? ''),
			];
			return plain.filter((text) => BIDI.test(text)).map((text) => `${path}: ${JSON.stringify(text)}`);
		});
		expect(leaks).toEqual([]);
		// The bidi article's quote page and the headline with an override were the leaks.
		const quotePage = readPage(
			outDir,
			`quotes/${cluster.sharedQuotes.find((shared) => shared.articles.includes('a-bidi'))!.id}/index.html`,
		);
		expect(quotePage.querySelector('title')?.textContent).toContain('and not a day before');
		expect(readPage(outDir, 'articles/h-carried/index.html').querySelector('title')?.textContent).toBe(
			'Floods close the north quay · Chorus',
		);
	});

	test('no page scrolls sideways at 320 px, and the console stays clean', async () => {
		for (const path of ['/', '/story/', ...articlePages(), ...quotePagePaths(), '/no-such-page/']) {
			const { page, problems } = await openNarrow(path);
			await expectSound(page, problems, path);
			await page.close();
		}
	}, 180_000);

	test('the search page takes a hostile query at 320 px with no markup run, no sideways scroll and a clean console', async () => {
		const { page, problems } = await openNarrow('/search/');
		const query = `<img src=x onerror="document.title='owned'"> ${RLO}w42 constructor __proto__ ${'Hochwasserschutz'.repeat(12)}`;
		await page.getByLabel('Search every paragraph and quote').fill(query);
		await expect.poll(() => page.locator('[data-status]').textContent()).toContain('for “');
		await page.getByLabel('Search every paragraph and quote').fill('stop the works');
		await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
		await page.getByLabel('Search every paragraph and quote').fill(query);
		await expect.poll(() => page.locator('[data-status]').textContent()).toContain('for “');
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.title()).toBe('Search · Chorus');
		await expectSound(page, problems, '/search/');
		await page.close();
	});

	test('a bidi override inside a quote does not reverse the labels after it', async () => {
		const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
		for (const path of ['/articles/a-bidi/', '/story/']) {
			await page.goto(`${origin}${path}`);
			// For each site label after the quote: is its first letter left of its last letter?
			const reversed = await page.evaluate(() =>
				[...document.querySelectorAll('.badge, sup.sources a, .speaker')]
					.filter((element) => (element.textContent ?? '').trim().length > 1)
					.filter((element) => {
						const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim().length > 1);
						if (!node) return false;
						const text = node.textContent!;
						const from = text.search(/\S/);
						const to = text.trimEnd().length - 1;
						const box = (index: number) => {
							const range = document.createRange();
							range.setStart(node, index);
							range.setEnd(node, index + 1);
							return range.getBoundingClientRect();
						};
						return box(from).left > box(to).left;
					})
					.map((element) => element.textContent),
			);
			expect(reversed, path).toEqual([]);
		}
		await page.close();
	});
});
