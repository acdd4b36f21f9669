/**
 * `npm run records` on every hostile article at once (scripts/lib/bench/hostile.ts): the run ends
 * in bounded time, exits 0, and every file is an article or a skipped file with a one-line
 * problem; no validation dump or stack trace reaches the output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileArticles } from '../../scripts/lib/bench/hostile.ts';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { repoRoot } from '../site/helpers.ts';

let folder: string;
let cluster: Cluster;
let printed: string;
let status: number | null;

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'chorus-hostile-records-'));
	for (const article of hostileArticles()) writeFileSync(join(folder, article.file), article.text);
	const out = join(folder, 'records.json');
	const result = spawnSync('npm', ['run', '--silent', 'records', '--', '--seeds', folder, '--out', out], {
		cwd: repoRoot,
		encoding: 'utf8',
		timeout: 120_000,
	});
	status = result.status;
	printed = `${result.stdout}${result.stderr}`;
	cluster =
		status === 0
			? ClusterSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
			: ClusterSchema.parse({ version: 1, articles: [], skipped: [], sharedQuotes: [], passages: [], nameVariants: [], fragments: [] });
}, 150_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run records on the hostile articles', () => {
	test('exits 0 with no validation dump or stack trace', () => {
		expect(printed).not.toMatch(/ZodError|"code":|\n\s+at /);
		expect(status, printed).toBe(0);
	});

	test.each(hostileArticles().map((article) => [article.attack, article.file]))('%s: an article or one skipped line', (_attack, file) => {
		const article = cluster.articles.find((entry) => entry.file === file);
		const skipped = cluster.skipped.find((entry) => entry.file === file);
		expect(Boolean(article) !== Boolean(skipped)).toBe(true);
		if (skipped) expect(skipped.problem).not.toContain('\n');
	});

	test('punctuation-only and emoji quotes join nothing', () => {
		for (const shared of cluster.sharedQuotes) expect(shared.canonical).toMatch(/\p{L}|\p{N}/u);
	});

	test('5,000 copies of one quote are one first quote and its repeats, each at its own place', () => {
		const article = cluster.articles.find((entry) => entry.file === 'h04b-repeated-quote.txt');
		const [first, ...repeats] = article?.quotes ?? [];
		expect(first?.repeatOf).toBeNull();
		expect(repeats).toHaveLength(4999);
		expect(repeats.every((repeat) => repeat.repeatOf === first?.id)).toBe(true);
		expect(new Set(repeats.map((repeat) => repeat.start)).size).toBe(4999);
	});

	test('ids stay short enough for the file system', () => {
		for (const article of cluster.articles) {
			expect(article.id.length).toBeLessThanOrEqual(100);
			for (const quote of article.quotes) expect(quote.id.length).toBeLessThanOrEqual(120);
		}
	});
});
