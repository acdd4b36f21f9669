/**
 * A build from hand-made records (tests/site/fixtures.ts) under a sub-path: nested quote marks,
 * markup in text, skipped files and base-aware links, independent of the parser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClusterSchema } from '../../src/lib/schema.ts';
import { fixtureCluster } from './fixtures.ts';
import { brokenLinks, buildSite, inlineHandlers, readBuilt, readPage, unsafeUrls } from './helpers.ts';

const base = '/chorus/';
let work: string;
let outDir: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'chorus-fixture-site-'));
	outDir = join(work, 'dist');
	writeFileSync(join(work, 'records.json'), JSON.stringify(fixtureCluster));
	buildSite({ records: join(work, 'records.json'), outDir, cacheDir: join(work, 'cache'), base });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('site built from hand-made records under /chorus/', () => {
	test('every internal link and asset URL starts with the base path', () => {
		const pages = ['index.html', 'story/index.html', 'articles/alpha/index.html', 'articles/beta/index.html', '404.html'];
		for (const path of [...pages, 'quotes/alpha-outer/index.html', 'quotes/alpha-inner/index.html']) {
			const page = readPage(outDir, path);
			const internal = [...page.querySelectorAll('[href], [src]')]
				.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
				.filter((url) => url.startsWith('/'));
			expect(internal.length, path).toBeGreaterThan(0);
			for (const url of internal) expect(url, path).toMatch(/^\/chorus\//);
		}
		expect(readPage(outDir, 'index.html').querySelector('tr[data-article-id="alpha"] th a')?.getAttribute('href')).toBe(
			'/chorus/articles/alpha/',
		);
	});

	test('every internal link and anchor resolves under /chorus/, and the sitemap uses site + base', () => {
		expect(brokenLinks(outDir, base)).toEqual([]);
		const locs = [...readBuilt(outDir, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
		expect(locs).toEqual(
			expect.arrayContaining([
				'http://127.0.0.1:4321/chorus/',
				'http://127.0.0.1:4321/chorus/story/',
				'http://127.0.0.1:4321/chorus/articles/alpha/',
				'http://127.0.0.1:4321/chorus/quotes/alpha-outer/',
			]),
		);
		for (const loc of locs) expect(loc).toMatch(/^http:\/\/127\.0\.0\.1:4321\/chorus\//);
		const quote = readPage(outDir, 'quotes/alpha-outer/index.html');
		expect(quote.querySelector('copy-link a')?.getAttribute('href')).toBe('/chorus/quotes/alpha-outer/');
		expect(quote.querySelector('.carriers a')?.getAttribute('href')).toBe('/chorus/articles/alpha/#alpha-outer');
	});

	test('the home page shows skipped files with their problem, and marks a derived headline', () => {
		const home = readPage(outDir, 'index.html');
		expect(home.querySelector('.skipped')?.textContent).toBe('notes.md: not a .txt file');
		expect(home.querySelector('tr[data-article-id="beta"] .derived')?.textContent).toBe(' (derived)');
		expect(home.querySelector('tr[data-article-id="alpha"] .derived')).toBeNull();
		expect(home.querySelector('tr[data-article-id="alpha"]')?.textContent).toContain('11 December 2017');
		expect(home.querySelector('tr[data-article-id="beta"]')?.textContent).toContain('outlet unknown');
	});

	test('a quote inside a quote is a mark inside a mark, and the text is unchanged', () => {
		const page = readPage(outDir, 'articles/alpha/index.html');
		const inner = page.getElementById('alpha-inner');
		expect(inner?.parentElement?.id).toBe('alpha-outer');
		expect(inner?.textContent).toBe('stay home');
		expect(page.getElementById('alpha-outer')?.getAttribute('title')).toBe('Quoted: Vladimir Putin');
		const [first, second] = fixtureCluster.articles[0]!.paragraphs;
		expect(page.getElementById('p-0')?.textContent).toBe(first!.text);
		expect(page.getElementById('p-1')?.textContent).toBe(second!.text);
	});

	test('markup in headlines, paragraphs and removed lines is shown as text, never parsed', () => {
		const page = readPage(outDir, 'articles/alpha/index.html');
		// Meta attributes (og:title) may hold a literal "<" safely; what matters is the body.
		const html = page.body.innerHTML;
		expect(html).not.toContain('<script>alert(1)');
		expect(html).not.toContain('<em>story');
		expect(html).not.toContain('<b>noon');
		expect(page.querySelectorAll('script')).toHaveLength(0);
		expect(page.querySelectorAll('h1')).toHaveLength(1);
		expect(page.querySelector('h1')?.textContent).toBe('Alpha <em>story</em>');
		expect(page.querySelector('details.removed tbody')?.textContent).toContain('Leave a comment <form>');
		expect(page.querySelectorAll('form')).toHaveLength(0);
		expect(inlineHandlers(page)).toEqual([]);
		expect(unsafeUrls(page)).toEqual([]);
	});

	test('links keep their query strings and carry rel="nofollow noopener"', () => {
		const links = [...readPage(outDir, 'articles/alpha/index.html').querySelectorAll('.links a')];
		expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com/a?x=1&y=2', 'http://example.org/b']);
		for (const link of links) expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['nofollow', 'noopener']));
	});

	test('/data/cluster.json round-trips the records exactly', () => {
		const published = ClusterSchema.parse(JSON.parse(readBuilt(outDir, 'data/cluster.json')));
		expect(published).toEqual(fixtureCluster);
	});
});
