/**
 * The merged story in a real Chromium: it opens with the shared lead, a translated quote is told
 * once with its other wording a click away, the keyboard reads it in reading order, axe finds
 * nothing with every wording open, and screenshots at 375 and 1280 px go to tests/output/.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { outputDir } from '../site/helpers.ts';
import { useSeedSite, watchForProblems } from './browser.ts';

const seed = useSeedSite();

describe('the merged story in a browser', () => {
	test('opens with the lead the outlets share', async () => {
		const page = await seed.browser.newPage();
		await page.goto(`${seed.origin}/story/`);
		const first = page.locator('.story-body .sentence').first();
		expect(await first.textContent()).toMatch(/^President Vladimir Putin ordered Russian troops to withdraw from Syria/);
		const keys = await page.locator('.story-body p').first().locator('sup.sources').first().locator('a:not(.wordings-link)').count();
		expect(keys).toBeGreaterThanOrEqual(3);
		await page.close();
	});

	test('tells the translated quote once; its other translation opens from the sentence', async () => {
		const page = await seed.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const problems = await watchForProblems(page, seed.origin);
		await page.goto(`${seed.origin}/story/`);
		const shared = seed.cluster.sharedQuotes.find((candidate) => candidate.canonical.startsWith('I order'))!;
		const told = page.locator(`.story-body p a.badge[href="/quotes/${shared.id}/"]`);
		expect(await told.count()).toBe(1);
		const sentence = page.locator('.story-body .sentence', { has: page.locator('mark.quote.shared') }).filter({ hasText: 'I order' });
		expect(await sentence.count()).toBe(1);
		const shown = (await sentence.textContent()) ?? '';
		const other = shown.includes('proceed to withdraw') ? 'start withdrawing' : 'proceed to withdraw';
		const id = await sentence.getAttribute('id');
		const details = page.locator(`details.wordings[data-sentence="${id}"]`);
		expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
		await page.locator(`[id="${id}"] + sup a.wordings-link`).click();
		expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
		await expect.poll(() => details.locator('li').filter({ hasText: other }).first().isVisible()).toBe(true);
		expect(await details.locator('mark.diff').count()).toBeGreaterThan(0);
		await page.screenshot({ path: join(outputDir, 'story-wordings-1280.png') });
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the keyboard moves through the story in reading order', async () => {
		const page = await seed.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${seed.origin}/story/`);
		await page.locator('.story-body').evaluate((element) => element.querySelector('a')?.focus());
		const stops: { top: number; left: number; inStory: boolean }[] = [];
		for (let step = 0; step < 40; step++) {
			stops.push(
				await page.evaluate(() => {
					const active = document.activeElement!;
					const box = active.getBoundingClientRect();
					return { top: box.top + box.height / 2 + window.scrollY, left: box.left, inStory: active.closest('.story-body') !== null };
				}),
			);
			await page.keyboard.press('Tab');
		}
		const inStory = stops.filter((stop) => stop.inStory);
		expect(inStory.length).toBeGreaterThan(20);
		inStory.slice(1).forEach((stop, index) => {
			const previous = inStory[index]!;
			// Down the page, or further right on the same line (centres within half a line of each other).
			const forward = stop.top > previous.top + 10 || (Math.abs(stop.top - previous.top) <= 10 && stop.left > previous.left);
			expect(forward, `stop ${index + 1}`).toBe(true);
		});
		await page.close();
	});

	test.each(['light', 'dark'] as const)('axe finds nothing with every wording open (%s)', async (colorScheme) => {
		const context = await seed.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${seed.origin}/story/`);
		await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
		).toEqual([]);
		await page.close();
	});

	test.each([375, 1280])('at %i px nothing scrolls sideways, with every wording open (screenshot)', async (width) => {
		const page = await seed.browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${seed.origin}/story/`);
		await page.evaluate(() =>
			document.querySelectorAll('details.wordings').forEach((details) => ((details as HTMLDetailsElement).open = true)),
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: join(outputDir, `story-open-${width}.png`), fullPage: true });
		await page.close();
	});
});
