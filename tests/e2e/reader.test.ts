/**
 * The reader's pages in a real Chromium (one browser for the file): copy link, anchor scroll
 * and highlight, keyboard-only use, axe with zero violations in light and dark, and screenshots
 * of each page type at 375 and 1280 px saved to tests/output/ for review.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { distDir, outputDir } from '../site/helpers.ts';
import { openSite, watchForProblems, type OpenSite } from './browser.ts';

let site: OpenSite | undefined;
let origin: string;
let browser: Browser;
let cluster: Cluster;

beforeAll(async () => {
	cluster = ClusterSchema.parse(JSON.parse(readFileSync(join(distDir, 'data/cluster.json'), 'utf8')));
	site = await openSite();
	({ origin, browser } = site);
});

afterAll(() => site?.close());

/** One page of each type: name and path. */
function pageTypes(): [string, string][] {
	const shared = cluster.sharedQuotes[0]!;
	const article = cluster.articles.find((candidate) => candidate.quotes.length > 0)!;
	return [
		['home', '/'],
		['article', `/articles/${article.id}/`],
		['story', '/story/'],
		['quote', `/quotes/${shared.id}/`],
		['404', '/no-such-page/'],
	];
}

describe('quote permalinks', () => {
	test('"Copy link" writes the permalink to the clipboard', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await context.newPage();
		const problems = await watchForProblems(page, origin);
		const shared = cluster.sharedQuotes[0]!;
		await page.goto(`${origin}/quotes/${shared.id}/`);
		const button = page.getByRole('button', { name: 'Copy link' });
		await button.click();
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// The copied URL is absolute and points at the server that is actually serving the page.
		expect(copied).toBe(`${origin}/quotes/${shared.id}/`);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('opening /articles/<id>/#<quoteId> scrolls the quote into view and highlights it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const occurrence = cluster.sharedQuotes[0]!.occurrences.at(-1)!;
		await page.goto(`${origin}/articles/${occurrence.articleId}/#${occurrence.quoteId}`);
		const mark = page.locator(`mark[id="${occurrence.quoteId}"]`);
		await expect.poll(() => mark.evaluate((element) => element.matches(':target'))).toBe(true);
		const box = await mark.boundingBox();
		expect(box).not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(800);
		const style = await mark.evaluate((element) => getComputedStyle(element).outlineStyle);
		expect(style).toBe('solid');
		await context.close();
	});
});

describe('keyboard only', () => {
	test('Tab reaches the skip link, the skip link moves focus into main, Enter on "Copy link" copies', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await context.newPage();
		await page.goto(`${origin}/quotes/${cluster.sharedQuotes[0]!.id}/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		let reached = false;
		for (let step = 0; step < 20 && !reached; step++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.textContent === 'Copy link');
			const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
			expect(inMain).toBe(true);
		}
		expect(reached).toBe(true);
		const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(ring).toBe('solid');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link copied');
		await context.close();
	});
});

describe('accessibility and screenshots', () => {
	test.each(['light', 'dark'] as const)('axe finds no WCAG 2.2 AA violation on any page type (%s)', async (colorScheme) => {
		const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const problems = await watchForProblems(page, origin);
		const found: string[] = [];
		for (const [name, path] of pageTypes()) {
			await page.goto(`${origin}${path}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			expect(results.passes.length, name).toBeGreaterThan(0);
			for (const violation of results.violations) {
				found.push(`${name} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
			}
		}
		expect(found).toEqual([]);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('screenshots of each page type at 375 and 1280 px', async () => {
		for (const width of [375, 1280]) {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			for (const [name, path] of pageTypes()) {
				await page.goto(`${origin}${path}`);
				// Nothing may stick out sideways at 375 px: wide tables scroll inside their own box.
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
				await page.screenshot({ path: join(outputDir, `${name}-${width}.png`), fullPage: true });
			}
			await context.close();
		}
		expect(existsSync(join(outputDir, 'story-1280.png'))).toBe(true);
	});
});
