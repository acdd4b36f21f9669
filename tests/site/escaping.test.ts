/**
 * The whole pipeline on hostile text: SEEDS_DIR points `npm run records` at a temporary folder
 * whose article holds HTML, a script tag and Markdown; the built page must show it all as text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClusterSchema, type Article } from '../../src/lib/schema.ts';
import { buildSite, inlineHandlers, readBuilt, readPage, run, unsafeUrls } from './helpers.ts';

const hostile = [
	'Hostile markup is shown as text',
	'',
	'The minister said <script>alert(1)</script> was harmless and left the room at noon today.',
	'',
	'# heading that is not a heading, because Chorus reads plain text and nothing else here',
	'',
	'Click [x](javascript:alert(1)) or <img src=x onerror="alert(1)"> or <a href="javascript:alert(2)">this</a> now.',
	'',
	'* a line that looks like a list item but is only a sentence in the article body text',
	'',
].join('\n');

let work: string;
let outDir: string;
let article: Article;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'chorus-escaping-'));
	const seeds = join(work, 'seeds');
	mkdirSync(seeds);
	writeFileSync(join(seeds, 'hostile.txt'), hostile);
	const records = join(work, 'records.json');
	run('npm', ['run', '--silent', 'records', '--', '--out', records], { SEEDS_DIR: seeds });
	const cluster = ClusterSchema.parse(JSON.parse(readBuilt(work, 'records.json')));
	expect(cluster.articles).toHaveLength(1);
	article = cluster.articles[0]!;
	outDir = join(work, 'dist');
	buildSite({ records, outDir, cacheDir: join(work, 'cache') });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile article text', () => {
	test('appears on the page as literal text', () => {
		const page = readPage(outDir, `articles/${article.id}/index.html`);
		const text = page.querySelector('article')?.textContent ?? '';
		expect(text).toContain('<script>alert(1)</script>');
		expect(text).toContain('[x](javascript:alert(1))');
		expect(text).toContain('# heading that is not a heading');
	});

	test('never becomes a script, a handler, a javascript: link or a heading', () => {
		for (const path of ['index.html', `articles/${article.id}/index.html`]) {
			const html = readBuilt(outDir, path);
			const page = readPage(outDir, path);
			expect(html, path).not.toMatch(/<script[^>]*>[^<]*alert/i);
			expect(html, path).not.toMatch(/<img\b/i);
			expect(html, path).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
			expect(
				[...page.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert')),
				path,
			).toEqual([]);
			expect(inlineHandlers(page), path).toEqual([]);
			expect(unsafeUrls(page), path).toEqual([]);
			expect(page.querySelectorAll('h1'), path).toHaveLength(1);
			expect(page.querySelectorAll('main ul li a[href^="javascript"], main img'), path).toHaveLength(0);
		}
	});
});
