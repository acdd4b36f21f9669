/**
 * The reader's pages in a real Chromium (one browser for the file): copy link, anchor scroll
 * and highlight, keyboard-only use, axe with zero violations in light and dark, and screenshots
 * of each page type at 375 and 1280 px saved to tests/output/ for review. The small things: the
 * home page does not scroll sideways at 375 px and its wide tables scroll in their box with a
 * visible hint; no row of the coverage table is underlined; article and quote pages show a
 * legend written in the colours of the marks it explains; a badge stands after the closing
 * quotation mark and after the sentence; the search help reads "Enter to open".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
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

/** Open a path at a width; the caller closes the page. */
async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const problems = await watchForProblems(page, origin);
	await page.goto(`${origin}${path}`);
	return { page, problems };
}

/** An article that carries a shared quote. */
const articleWithShared = () =>
	cluster.articles.find((article) => cluster.sharedQuotes.some((shared) => shared.articles.includes(article.id)))!;

describe('wide tables', () => {
	test('at 375 px the home page does not scroll sideways; each table that is wider scrolls in its box and shows the hint', async () => {
		const { page, problems } = await open('/', 375);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const boxes = await page.locator('.table-scroll').evaluateAll((elements) =>
			elements.map((box) => ({
				wider: box.scrollWidth > box.clientWidth,
				hint: (box.querySelector('[data-scroll-hint]') as HTMLElement).checkVisibility({ visibilityProperty: true }),
			})),
		);
		expect(boxes.length).toBeGreaterThanOrEqual(2);
		expect(boxes.filter((box) => box.wider).length).toBeGreaterThan(0);
		for (const box of boxes) expect(box.hint).toBe(box.wider);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('at 1280 px a table that fits shows no hint', async () => {
		const { page } = await open('/', 1280);
		const boxes = await page.locator('.table-scroll').evaluateAll((elements) =>
			elements.map((box) => ({
				wider: box.scrollWidth > box.clientWidth,
				hint: (box.querySelector('[data-scroll-hint]') as HTMLElement).checkVisibility({ visibilityProperty: true }),
			})),
		);
		expect(boxes.some((box) => !box.wider)).toBe(true);
		for (const box of boxes) expect(box.hint).toBe(box.wider);
		await page.close();
	});

	test('no cell of the coverage table is underlined, passage rows included', async () => {
		const { page } = await open('/', 1280);
		// A decoration is drawn through every descendant of the element that sets it (it is not
		// inherited, so a cell's own computed style would not show it): look at the cell and its rows.
		const underlined = await page.locator('table.coverage td').evaluateAll(
			(cells) =>
				cells.filter((cell) => {
					for (let element: Element | null = cell; element && element.tagName !== 'TABLE'; element = element.parentElement) {
						if (getComputedStyle(element).textDecorationLine !== 'none') return true;
					}
					return false;
				}).length,
		);
		expect(await page.locator('table.coverage tr.passage td').count()).toBeGreaterThan(0);
		expect(underlined).toBe(0);
		await page.close();
	});
});

describe('marks and their legend', () => {
	test('an article page at 375 px shows a legend written in the very colours of its marks', async () => {
		const { page, problems } = await open(`/articles/${articleWithShared().id}/`, 375);
		expect(await page.locator('[data-legend]').isVisible()).toBe(true);
		const colours = await page.evaluate(() => {
			const background = (selector: string) => {
				const element = document.querySelector(selector);
				return element ? getComputedStyle(element).backgroundColor : null;
			};
			return {
				single: [background('[data-key="single"]'), background('.article-body mark.quote:not(.shared)')],
				shared: [background('[data-key="shared"]'), background('.article-body mark.quote.shared')],
			};
		});
		expect(colours.shared[0]).not.toBeNull();
		expect(colours.shared[0]).toBe(colours.shared[1]);
		if (colours.single[1] !== null) expect(colours.single[0]).toBe(colours.single[1]);
		expect(colours.single[0]).not.toBe(colours.shared[0]);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('a shared quote page colours its quote as the article page does, and its legend says so', async () => {
		const shared = cluster.sharedQuotes[0]!;
		const { page } = await open(`/quotes/${shared.id}/`, 375);
		const [legend, marks] = await page.evaluate(() => [
			getComputedStyle(document.querySelector('[data-key="shared"]')!).backgroundColor,
			[...document.querySelectorAll('.context mark.quote')].map((mark) => getComputedStyle(mark).backgroundColor),
		]);
		expect(marks.length).toBeGreaterThan(1);
		for (const colour of marks) expect(colour).toBe(legend);
		await page.close();
	});

	test('every badge stands after the closing quotation mark and after the sentence', async () => {
		const { page } = await open(`/articles/${articleWithShared().id}/`, 1280);
		const before = await page.locator('.article-body .badge').evaluateAll((badges) =>
			badges.map((badge) => {
				const range = document.createRange();
				range.setStart(badge.closest('p')!, 0);
				range.setEndBefore(badge);
				const copy = document.createElement('div');
				copy.append(range.cloneContents());
				for (const note of copy.querySelectorAll('[data-annotation]')) note.remove();
				return copy.textContent ?? '';
			}),
		);
		expect(before.length).toBeGreaterThan(0);
		// What precedes a badge ends a sentence: final punctuation, then any closing marks.
		for (const text of before) expect(text.slice(-30)).toMatch(/[.!?…]['"’”»)]*\s*$/u);
		await page.close();
	});

	test('the search help reads "Enter to open", with the space compressHTML could have eaten', async () => {
		const { page } = await open('/search/', 1280);
		expect(await page.locator('#search-help').innerText()).toContain('Enter to open');
		await page.close();
	});
});
