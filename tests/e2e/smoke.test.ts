/**
 * One real-browser pass over the built seed site (dist/, from global-setup.ts), served by
 * scripts/serve.ts: home, click through to an article, a quote mark is visible, and not one
 * console error, page error, CSP violation or request that leaves 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClusterSchema } from '../../src/lib/schema.ts';
import { distDir, outputDir, repoRoot } from '../site/helpers.ts';

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

let server: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
	if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: apt-get install -y chromium');
	mkdirSync(outputDir, { recursive: true });
	({ server, origin } = await startServer());
	browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
	await browser?.close();
	server?.kill('SIGTERM');
});

describe('reading the seed site in Chromium', () => {
	test('home -> article: a quote mark is visible, nothing errs', async () => {
		const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
		const page = await context.newPage();
		const problems = watchForProblems(page);
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

/** Collect console errors, page errors, failed requests and requests to anywhere but the server. */
function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`left the site: ${request.url()}`);
	});
	void page.addInitScript(() => {
		const store = window as unknown as { cspViolations: string[] };
		store.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	return problems;
}

/** `node scripts/serve.ts` on a free port; resolves with the URL it prints. */
function startServer(): Promise<{ server: ChildProcess; origin: string }> {
	const child = spawn(process.execPath, ['scripts/serve.ts'], {
		cwd: repoRoot,
		env: { ...process.env, PORT: '0', BASE_PATH: '/', CHORUS_OUT_DIR: distDir },
	});
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`serve.ts printed no URL in 20 s:\n${output}`)), 20_000);
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
			if (url) {
				clearTimeout(timer);
				resolve({ server: child, origin: url[0] });
			}
		});
		child.on('exit', (code) => reject(new Error(`serve.ts exited ${code}:\n${output}`)));
	});
}
