/**
 * The search page in a real Chromium, over the built seed site (dist/, from global-setup.ts)
 * served by scripts/serve.ts: typing, the keyboard, deep links, filters, history, spelling
 * variants, suggestions; not one console error or CSP violation; axe finds nothing.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { outputDir, repoRoot, run } from '../site/helpers.ts';
import { openSite, startServer, watchForProblems, type OpenSite } from './browser.ts';

let site: OpenSite | undefined;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
	site = await openSite();
	({ origin, browser } = site);
});

afterAll(() => site?.close());

afterEach(async () => {
	await context?.close();
});

/** A fresh page that records every problem. */
async function open(path: string): Promise<Page> {
	context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
	const page = await context.newPage();
	problems = await watchForProblems(page, origin);
	await page.goto(`${origin}${path}`);
	return page;
}

const results = (page: Page) => page.locator('.search-result');
const status = (page: Page) => page.locator('[data-status]').textContent();

async function expectClean(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	expect(problems).toEqual([]);
}

describe('the search page in Chromium', () => {
	test('typing shows highlighted results; Khmeimim finds Hmeymim and Hmeimim; axe finds nothing', async () => {
		const page = await open('/search/');
		expect(await page.locator('[data-nojs]').isVisible()).toBe(false);
		await page.getByLabel('Search every paragraph and quote').fill('Khmeimim');
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		const marks = await page.locator('.search-snippet mark').allTextContents();
		expect(marks).toEqual(expect.arrayContaining(['Khmeimim', 'Hmeymim', 'Hmeimim']));
		await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Khmeimim');
		expect(await status(page)).toMatch(/^\d+ results? for “Khmeimim”/);
		await page.screenshot({ path: join(outputDir, 'search.png'), fullPage: true });
		const axe = await new AxeBuilder({ page } as never).analyze();
		expect(
			axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
		).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await new AxeBuilder({ page } as never).analyze();
		expect(dark.violations.map((violation) => violation.id)).toEqual([]);
		await expectClean(page);
	});

	test('/ focuses the box, arrows move through results, Enter opens one', async () => {
		const page = await open('/search/');
		await page.locator('h1').click();
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
		await page.keyboard.type('troops withdraw');
		await expect.poll(() => results(page).count()).toBeGreaterThan(2);
		const hrefs = await page.locator('a[data-result-link]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(hrefs[0]);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(hrefs[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(hrefs[0]!);
		expect(page.url()).toMatch(/\/articles\/[a-z0-9-]+\/#/);
		await expectClean(page);
	});

	test('a ?q= link with a phrase and the quotes filter opens with its results', async () => {
		const page = await open(`/search/?q=${encodeURIComponent('"permanent bases"')}&quotes=1`);
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		expect(await page.locator('#search-q').inputValue()).toBe('"permanent bases"');
		expect(await page.locator('#search-quotes').isChecked()).toBe(true);
		const kinds = await page.locator('.search-kind').allTextContents();
		expect(kinds.every((kind) => kind.startsWith('Quote'))).toBe(true);
		const snippets = await page.locator('.search-snippet').allTextContents();
		expect(snippets.every((text) => /permanent bases/i.test(text))).toBe(true);
		expect(await page.locator('.search-more a').first().getAttribute('href')).toMatch(/^\/quotes\/[a-z0-9-]+\/$/);
		await expectClean(page);
	});

	test('the outlet filter narrows results and goes into the URL', async () => {
		const page = await open('/search/?q=Putin');
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		const outlet = await page.locator('#search-outlet option').nth(1).getAttribute('value');
		await page.locator('#search-outlet').selectOption(outlet!);
		await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('outlet'))).toBe(outlet);
		await expect.poll(async () => new Set(await page.locator('.search-outlet').allTextContents())).toEqual(new Set([outlet]));
		await expectClean(page);
	});

	test('back and forward restore earlier searches', async () => {
		const page = await open('/search/');
		const box = page.locator('#search-q');
		await box.fill('Tartous');
		await box.press('Enter');
		await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=Tartous');
		await box.fill('new stage');
		await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=new+stage');
		await expect.poll(() => page.locator('.search-snippet mark').first().textContent()).toBe('new');
		await page.goBack();
		await expect.poll(() => box.inputValue()).toBe('Tartous');
		await expect.poll(() => page.locator('.search-snippet mark').allTextContents()).toEqual(expect.arrayContaining(['Tartus']));
		await page.goForward();
		await expect.poll(() => box.inputValue()).toBe('new stage');
		await expectClean(page);
	});

	test('the help text keeps a space after each key', async () => {
		const page = await open('/search/');
		expect(await page.locator('#search-help').innerText()).toMatch(/Enter to open one/);
	});

	test('a quote and its paragraph are one result with both links', async () => {
		const page = await open(`/search/?q=${encodeURIComponent('"permanent bases"')}`);
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		const paragraphLinks = page.locator('.search-more a', { hasText: 'Its paragraph' });
		expect(await paragraphLinks.count()).toBeGreaterThan(0);
		expect(await paragraphLinks.first().getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/#p-\d+$/);
		const keys = await page
			.locator('a[data-result-link]')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		const snippets = await page.locator('.search-snippet').allTextContents();
		expect(new Set(snippets.map((text, index) => `${keys[index]} ${text}`)).size).toBe(snippets.length);
		await expectClean(page);
	});

	test('a query with no result suggests close words', async () => {
		const page = await open('/search/?q=pitun');
		await expect.poll(() => status(page)).toMatch(/^No results for “pitun”/);
		await page.locator('[data-suggest] a', { hasText: 'putin' }).click();
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		expect(await page.locator('#search-q').inputValue()).toBe('putin');
		await expectClean(page);
	});
});

describe('the split index in Chromium (the seeds built with CHORUS_SEARCH_SINGLE_MAX=0 and small shards)', () => {
	let work: string;
	let server: ChildProcess | undefined;
	let splitOrigin: string;

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'chorus-split-search-'));
		run(process.execPath, [join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			CHORUS_RECORDS: inject('recordsPath'),
			CHORUS_OUT_DIR: join(work, 'dist'),
			CHORUS_CACHE_DIR: join(work, 'cache'),
			BASE_PATH: '/',
			CHORUS_SEARCH_SINGLE_MAX: '0',
			CHORUS_SEARCH_SHARD_CHARS: '2000',
		});
		({ server, origin: splitOrigin } = await startServer(join(work, 'dist')));
	});

	afterAll(() => {
		server?.kill('SIGTERM');
		rmSync(work, { recursive: true, force: true });
	});

	test('a query fetches the head, then only the shards and chunks it needs, and shows results', async () => {
		const shards = readdirSync(join(work, 'dist', 'data', 'search', 'shards')).length;
		const chunks = readdirSync(join(work, 'dist', 'data', 'search', 'chunks')).length;
		expect(shards).toBeGreaterThan(3);
		context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
		const page = await context.newPage();
		problems = await watchForProblems(page, splitOrigin);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${splitOrigin}/search/?q=Khmeimim`);
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		const marks = await page.locator('.search-snippet mark').allTextContents();
		expect(marks).toEqual(expect.arrayContaining(['Khmeimim', 'Hmeymim']));
		expect(fetched).toContain('/data/search-index.json');
		const shardsFetched = fetched.filter((path) => path.startsWith('/data/search/shards/'));
		const chunksFetched = fetched.filter((path) => path.startsWith('/data/search/chunks/'));
		expect(shardsFetched.length).toBeGreaterThan(0);
		expect(shardsFetched.length).toBeLessThan(shards);
		expect(chunksFetched.length).toBeGreaterThan(0);
		expect(chunksFetched.length).toBeLessThan(chunks);
		await expectClean(page);
	});
});
