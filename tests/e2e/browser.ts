/**
 * Browser-test plumbing shared by the reader tests: Debian's Chromium, the static server on a
 * free port, and a watcher for console errors, CSP violations and requests that leave the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { chromium, type Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { distDir, outputDir, repoRoot } from '../site/helpers.ts';

export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** The built seed site served on a free port, and one Chromium to read it with. */
export interface OpenSite {
	origin: string;
	browser: Browser;
	close: () => Promise<void>;
}

/** Start the server and Chromium for a test file (call in beforeAll; `close` in afterAll). */
export async function openSite(): Promise<OpenSite> {
	if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: apt-get install -y chromium');
	mkdirSync(outputDir, { recursive: true });
	const { server, origin } = await startServer();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	return {
		origin,
		browser,
		close: async () => {
			await browser.close();
			server.kill('SIGTERM');
		},
	};
}

/** The seed site for one test file: its records, its origin and the browser, ready once beforeAll has run. */
export interface SeedSite {
	origin: string;
	browser: Browser;
	cluster: Cluster;
}

/** Open the seed site before the file's tests (beforeAll) and close it after them (afterAll). */
export function useSeedSite(): SeedSite {
	const seed = {} as SeedSite;
	let site: OpenSite | undefined;
	beforeAll(async () => {
		seed.cluster = ClusterSchema.parse(JSON.parse(readFileSync(join(distDir, 'data/cluster.json'), 'utf8')));
		site = await openSite();
		seed.origin = site.origin;
		seed.browser = site.browser;
	});
	afterAll(() => site?.close());
	return seed;
}

/** `node scripts/serve.ts` on a free port; resolves with the URL it prints. */
export function startServer(outDir = distDir, base = '/'): Promise<{ server: ChildProcess; origin: string }> {
	const child = spawn(process.execPath, ['scripts/serve.ts'], {
		cwd: repoRoot,
		env: { ...process.env, PORT: '0', BASE_PATH: base, CHORUS_OUT_DIR: outDir },
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

/** Collect console errors, page errors, failed requests, CSP violations and requests off the site. */
export async function watchForProblems(page: Page, origin: string): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		// The 404 page is meant to answer 404; Chromium logs that as a failed resource load.
		if (/status of 404/.test(message.text()) && /\/no-such-page\/$/.test(message.location().url)) return;
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith('/no-such-page/'))
			problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`left the site: ${request.url()}`);
	});
	// CSP violations reach no console listener reliably: record them in the page (window.cspViolations).
	// Awaited, so the script is in place before the caller's first navigation.
	await page.addInitScript(() => {
		const store = window as unknown as { cspViolations: string[] };
		store.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	return problems;
}
