/**
 * The hostile-input suite, end to end: a folder of articles written at test time to break the
 * pipeline (bidi overrides in a shared quote, zero-width characters, a long tracking URL and a
 * long word, an upper-case link, a 251-character file name, 1,500 nested quotes, 5,000 quotes
 * in one sentence), through `npm run records`, `astro build`, scripts/serve.ts and Chromium at
 * 320 px: the build finishes, output stays bounded, no page scrolls sideways, the site's own
 * labels read left to right, and no console error or CSP violation.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath, startServer, watchForProblems } from '../e2e/browser.ts';
import { MAX_QUOTE_PAGES_PER_ARTICLE } from '../../src/lib/site/quote-pages.ts';
import { buildSite, readPage, run } from './helpers.ts';

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
};

let work: string;
let outDir: string;
let server: ChildProcess | undefined;
let origin: string;
let browser: Browser | undefined;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'chorus-hostile-site-'));
	const folder = join(work, 'articles');
	mkdirSync(folder);
	for (const [name, text] of Object.entries(articles)) writeFileSync(join(folder, name), text);
	// A generous parse budget: 5,000 quotes in one sentence must not be skipped on a loaded machine.
	run('npm', ['run', '--silent', 'records', '--', '--seeds', folder, '--out', join(work, 'records.json')], {
		CHORUS_PARSE_TIMEOUT_MS: '60000',
	});
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

	test('no page scrolls sideways at 320 px, and the console stays clean', async () => {
		for (const path of ['/', '/story/', ...articlePages()]) {
			// A page each: a favicon request still in flight when the next page loads would be reported as failed.
			const page = await browser!.newPage({ viewport: { width: 320, height: 800 } });
			const problems = await watchForProblems(page, origin);
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
			expect(problems, path).toEqual([]);
			await page.close();
		}
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
