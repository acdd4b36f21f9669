/**
 * One real-browser pass over the built seed site (dist/, from global-setup.ts), served by
 * scripts/serve.ts: home, click through to an article, a quote mark is visible, and not one
 * console error, page error, CSP violation or request that leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClusterSchema } from '../../src/lib/schema.ts';
import { distDir, outputDir } from '../site/helpers.ts';
import { openSite, watchForProblems, type OpenSite } from './browser.ts';

let site: OpenSite | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
	site = await openSite();
	({ origin, browser } = site);
});

afterAll(() => site?.close());

describe('reading the seed site in Chromium', () => {
	test('home -> article: a quote mark is visible, nothing errs', async () => {
		const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
		const page = await context.newPage();
		const problems = await watchForProblems(page, origin);
		const cluster = ClusterSchema.parse(JSON.parse(readFileSync(join(distDir, 'data/cluster.json'), 'utf8')));
		const quoted = cluster.articles.find((article) => article.quotes.length > 0);
		expect(quoted, 'no seed article has a quote').toBeDefined();

		await page.goto(`${origin}/`);
		await expect.poll(() => page.locator('table.sources tbody tr').count()).toBe(cluster.articles.length);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');

		await page.locator(`tr[data-article-id="${quoted!.id}"] th a`).click();
		await page.waitForURL(`${origin}/articles/${quoted!.id}/`);
		const mark = page.locator(`mark[id="${quoted!.quotes[0]!.id}"]`);
		expect(await mark.isVisible()).toBe(true);
		expect(await mark.textContent()).toBe(quoted!.quotes[0]!.text);
		expect(await page.locator('details.removed').getAttribute('open')).toBeNull();
		await page.screenshot({ path: join(outputDir, 'article.png'), fullPage: true });
		await page.locator('details.removed summary').click();
		expect(await page.locator('details.removed').getAttribute('open')).not.toBeNull();
		await page.locator('details.removed').screenshot({ path: join(outputDir, 'article-removed.png') });

		await page.emulateMedia({ colorScheme: 'dark' });
		await page.screenshot({ path: join(outputDir, 'article-dark.png') });

		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(problems).toEqual([]);
		await context.close();
	});
});
