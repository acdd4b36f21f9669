/**
 * The seed site as built once by global-setup.ts: pages, quote marks, data endpoints, safety.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { sortArticles } from '../../src/lib/records.ts';
import { distDir, inlineHandlers, listHtml, readBuilt, readingText, readPage, repoRoot, unsafeUrls } from './helpers.ts';

let records: Cluster;
let published: Cluster;

beforeAll(() => {
	records = ClusterSchema.parse(JSON.parse(readFileSync(inject('recordsPath'), 'utf8')));
	published = ClusterSchema.parse(JSON.parse(readBuilt(distDir, 'data/cluster.json')));
});

/** Pages this suite owns: the search page is tested by its own suite. */
const ownPages = () => listHtml(distDir).filter((path) => !path.startsWith('search/'));

const seedFiles = readdirSync(join(repoRoot, 'seeds')).filter((name) => name.endsWith('.txt'));

describe('home page', () => {
	test('lists every seed article as a source with its headline, linking to its page', () => {
		const home = readPage(distDir, 'index.html');
		const rows = [...home.querySelectorAll('table.sources tbody tr')];
		expect(seedFiles).toHaveLength(5);
		expect(records.articles).toHaveLength(seedFiles.length);
		expect(rows).toHaveLength(seedFiles.length);
		for (const article of records.articles) {
			const row = home.querySelector(`tr[data-article-id="${article.id}"]`);
			const link = row?.querySelector('th a');
			expect(link?.getAttribute('href')).toBe(`/articles/${article.id}/`);
			expect(link?.textContent).toBe(article.headlineDerived ? `${article.headline} (derived)` : article.headline);
			expect(row?.textContent).toContain(`${article.wordCount.toLocaleString('en-GB')} word`);
			if (article.byline !== null) expect(row?.textContent).toContain(article.byline);
			expect(row?.textContent).toContain(article.outlet?.name ?? 'outlet unknown');
		}
	});
});

describe('article pages', () => {
	test.each(seedFiles)('%s has its paragraphs, each with its anchor and exact text', (file) => {
		const article = records.articles.find((candidate) => candidate.file === file);
		expect(article, `no record for ${file}`).toBeDefined();
		const page = readPage(distDir, `articles/${article!.id}/index.html`);
		expect(page.querySelector('h1')?.textContent).toContain(article!.headline);
		const paragraphs = [...page.querySelectorAll('.article-body > p')];
		expect(paragraphs.map((p) => p.id)).toEqual(article!.paragraphs.map((_, index) => `p-${index}`));
		// Marks add no text and drop none: compressHTML must keep the spaces around them.
		expect(paragraphs.map(readingText)).toEqual(article!.paragraphs.map((p) => p.text));
	});

	test.each(seedFiles)('%s marks every quote with its id, text and speaker', (file) => {
		const article = records.articles.find((candidate) => candidate.file === file)!;
		const page = readPage(distDir, `articles/${article.id}/index.html`);
		const marks = [...page.querySelectorAll('.article-body mark.quote')];
		expect(marks.map((mark) => mark.id).sort()).toEqual(article.quotes.map((quote) => quote.id).sort());
		for (const quote of article.quotes) {
			const mark = page.getElementById(quote.id);
			expect(mark?.closest('p')?.id).toBe(`p-${quote.paragraph}`);
			expect(mark?.textContent).toBe(quote.text);
			expect(mark?.getAttribute('title')).toBe(`Quoted: ${quote.speaker?.name ?? 'Speaker unknown'}`);
		}
	});

	test.each(seedFiles)('%s lists removed lines, collapsed, and only http(s) links', (file) => {
		const article = records.articles.find((candidate) => candidate.file === file)!;
		const page = readPage(distDir, `articles/${article.id}/index.html`);
		const details = page.querySelector('details.removed');
		expect(details?.hasAttribute('open')).toBe(false);
		expect(details?.querySelector('summary')?.textContent).toContain('Removed from the source');
		expect(details?.querySelectorAll('tbody tr')).toHaveLength(article.removed.length);
		for (const link of page.querySelectorAll('.links a')) {
			expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
			expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['nofollow', 'noopener']));
		}
	});
});

describe('data endpoints', () => {
	test('/data/cluster.json holds exactly the records and parses with ClusterSchema', () => {
		expect(published).toEqual({ ...records, articles: sortArticles(records.articles) });
	});

	test('/data/cluster.schema.json is a JSON Schema of the cluster', () => {
		const schema = JSON.parse(readBuilt(distDir, 'data/cluster.schema.json')) as Record<string, unknown>;
		expect(schema['$schema']).toMatch(/json-schema\.org/);
		expect(schema['type']).toBe('object');
		expect(schema['required']).toEqual(expect.arrayContaining(['version', 'articles', 'skipped']));
		expect(Object.keys(schema['properties'] as object)).toEqual(expect.arrayContaining(['version', 'articles', 'skipped']));
	});
});

describe('every page', () => {
	test('has a CSP, a skip link and landmarks, and no inline handler or unsafe URL', () => {
		for (const path of ownPages()) {
			const page = readPage(distDir, path);
			expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'), path).toMatch(/default-src 'self'/);
			expect(page.documentElement.getAttribute('lang'), path).toBe('en');
			expect(page.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
			for (const landmark of ['header', 'nav', 'main#main', 'footer'])
				expect(page.querySelector(landmark), `${path} ${landmark}`).not.toBeNull();
			expect(inlineHandlers(page), path).toEqual([]);
			expect(unsafeUrls(page), path).toEqual([]);
		}
	});

	test('is valid HTML (html-validate, recommended rules)', async () => {
		const validator = new HtmlValidate({
			extends: ['html-validate:recommended'],
			// Astro writes <!DOCTYPE html> and minified markup: style, not validity. Ids follow article
			// ids, which may start with a digit (valid HTML5). A title is the full headline.
			rules: {
				'doctype-style': 'off',
				'void-style': 'off',
				'no-trailing-whitespace': 'off',
				'valid-id': ['error', { relaxed: true }],
				'long-title': 'off',
			},
		});
		for (const path of ownPages()) {
			const report = await validator.validateString(readBuilt(distDir, path), path);
			const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));
			expect(messages, path).toEqual([]);
		}
	});
});
