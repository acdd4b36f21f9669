import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildClusterInWorkers, parseBudget } from '../../../scripts/build-records.ts';
import { createParsePool } from '../../../scripts/parse-pool.ts';
import { buildCluster } from '../../../src/lib/cluster.ts';
import { slowProblem } from '../../../src/lib/parse/article.ts';
import { ClusterSchema } from '../../../src/lib/schema.ts';
import { sampleArticles } from '../../helpers/news-articles.ts';
import { seedFiles } from '../../helpers/seeds.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** One long article made of generated news paragraphs: real-looking, about `kilobytes` KB, slow to parse only for its size. */
function longArticle(kilobytes: number): Uint8Array {
	let text = 'A Long Report on the Harbour Budget\n\n';
	for (const article of sampleArticles(5_000, 7)) {
		if (text.length > kilobytes * 1024) break;
		text += `${article.replaceAll('\r\n', '\n').split('\n\n').slice(1).join('\n\n')}\n\n`;
	}
	return encode(text);
}

const long = longArticle(900);
const seed = seedFiles()[0] ?? { file: 'none.txt', bytes: new Uint8Array() };

describe('slowProblem', () => {
	test.each([
		[5_000, 'took longer than 5 s to parse; skipped'],
		[400, 'took longer than 0.4 s to parse; skipped'],
	])('words a budget of %i ms as one line', (budgetMs, problem) => {
		expect(slowProblem(budgetMs)).toBe(problem);
	});
});

describe('parseBudget', () => {
	test('is 5 s unless CHORUS_PARSE_TIMEOUT_MS says otherwise', () => {
		expect(parseBudget(undefined)).toBe(5_000);
		expect(parseBudget('250')).toBe(250);
	});

	test.each(['0', '-5', 'soon'])('refuses %s with a one-line message', (value) => {
		expect(() => parseBudget(value)).toThrow(/^CHORUS_PARSE_TIMEOUT_MS must be a positive number of milliseconds, not "/);
	});
});

describe('createParsePool', () => {
	const pool = createParsePool({ size: 1, budgetMs: 400 });
	afterAll(() => pool.close());

	test('stops an article that overruns its budget and goes on with the next in a fresh worker', async () => {
		const [first, slow, after] = await Promise.all([seed, { file: 'long.txt', bytes: long }, seed].map((input) => pool.parse(input)));
		expect(first?.results[0]?.ok).toBe(true);
		expect(slow).toEqual({ results: [{ ok: false, problem: 'took longer than 0.4 s to parse; skipped' }], ms: 400 });
		expect(after?.results).toEqual(first?.results);
	});

	test('returns each article to its caller whatever order the workers finish in', async () => {
		const two = createParsePool({ size: 2 });
		const finished: string[] = [];
		const inputs = [{ file: 'long.txt', bytes: longArticle(300) }, seed];
		const parsed = await Promise.all(inputs.map((input) => two.parse(input).then((result) => (finished.push(input.file), result))));
		await two.close();
		expect(finished).toEqual([seed.file, 'long.txt']);
		expect(parsed.flatMap(({ results }) => results.map((result) => (result.ok ? result.article.file : result.problem)))).toEqual([
			'long.txt',
			seed.file,
		]);
	});
});

describe('buildClusterInWorkers', () => {
	test('gives byte for byte the records buildCluster gives in-process', async () => {
		const files = [{ file: 'a-long.txt', bytes: longArticle(30) }, ...seedFiles(), { file: 'notes.md', bytes: encode('Not an article') }];
		const inWorkers = await buildClusterInWorkers(files);
		expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(buildCluster(files)));
	});
});

describe('npm run records with a time budget', () => {
	test('skips an article that overruns the budget with one line naming it, and builds the rest', () => {
		const folder = mkdtempSync(join(tmpdir(), 'chorus-budget-'));
		writeFileSync(join(folder, 'long.txt'), long);
		writeFileSync(join(folder, seed.file), seed.bytes);
		const out = join(folder, 'records.json');
		const result = spawnSync('node_modules/.bin/node', ['scripts/build-records.ts', '--seeds', folder, '--out', out], {
			encoding: 'utf8',
			env: { ...process.env, CHORUS_PARSE_TIMEOUT_MS: '400' },
		});
		expect(result.status).toBe(0);
		expect(result.stderr.trim()).toBe(`chorus: skipped ${join(folder, 'long.txt')}: took longer than 0.4 s to parse; skipped`);
		const cluster = ClusterSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
		expect(cluster.articles.map((article) => article.file)).toEqual([seed.file]);
		expect(cluster.skipped).toEqual([{ file: 'long.txt', problem: 'took longer than 0.4 s to parse; skipped' }]);
	});

	test('refuses a budget that is not a positive number with one line and exit code 1', () => {
		const result = spawnSync('node_modules/.bin/node', ['scripts/build-records.ts', '--out', join(tmpdir(), 'chorus-unused.json')], {
			encoding: 'utf8',
			env: { ...process.env, CHORUS_PARSE_TIMEOUT_MS: 'soon' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe('chorus: CHORUS_PARSE_TIMEOUT_MS must be a positive number of milliseconds, not "soon"');
	});
});
