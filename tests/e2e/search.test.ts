/**
 * The search page in a real Chromium, over the built seed site (dist/, from global-setup.ts)
 * served by scripts/serve.ts: typing, the keyboard, deep links, filters, history, spelling
 * variants, suggestions; not one console error or CSP violation; axe finds nothing.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { outputDir } from '../site/helpers.ts';
import { openSite, watchForProblems, type OpenSite } from './browser.ts';

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
		await page.keyboard.type('permanent bases');
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

	test('a query with no result suggests close words', async () => {
		const page = await open('/search/?q=pitun');
		await expect.poll(() => status(page)).toMatch(/^No results for “pitun”/);
		await page.locator('[data-suggest] a', { hasText: 'putin' }).click();
		await expect.poll(() => results(page).count()).toBeGreaterThan(0);
		expect(await page.locator('#search-q').inputValue()).toBe('putin');
		await expectClean(page);
	});
});
