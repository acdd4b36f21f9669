/**
 * `npm run records -- --seeds DIR --out FILE`: read a folder of plain-text articles,
 * parse them (src/lib), validate, and write the cluster records as JSON.
 * Every problem is one line naming the file; nothing here prints a stack trace.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCluster, type InputFile } from '../src/lib/cluster.ts';
import { MAX_ARTICLE_BYTES } from '../src/lib/parse/article.ts';

/** A problem that stops the build: printed as one line, exit code 1. */
class FatalError extends Error {}

/** Read every regular file of a folder (not recursing), refusing oversized ones unread. */
export function readFolder(folder: string): { files: InputFile[]; tooLarge: { file: string; size: number }[] } {
	let names: string[];
	try {
		if (!statSync(folder).isDirectory()) throw new FatalError(`${folder}: not a folder`);
		names = readdirSync(folder);
	} catch (error) {
		if (error instanceof FatalError) throw error;
		throw new FatalError(`${folder}: folder not found or not readable`);
	}
	const files: InputFile[] = [];
	const tooLarge: { file: string; size: number }[] = [];
	for (const name of names.toSorted()) {
		const path = join(folder, name);
		const stat = statSync(path);
		if (!stat.isFile() || name.startsWith('.')) continue;
		if (stat.size > MAX_ARTICLE_BYTES) tooLarge.push({ file: name, size: stat.size });
		else files.push({ file: name, bytes: readFileSync(path) });
	}
	return { files, tooLarge };
}

function main(): void {
	const { values } = parseArgs({ options: { seeds: { type: 'string' }, out: { type: 'string' } } });
	const folder = resolve(values.seeds ?? process.env['SEEDS_DIR'] ?? 'seeds');
	const out = resolve(values.out ?? 'src/generated/records.json');
	const { files, tooLarge } = readFolder(folder);
	if (files.length + tooLarge.length === 0) throw new FatalError(`${folder}: no files to read; put plain-text articles (.txt) there`);

	const cluster = buildCluster(files);
	for (const { file, size } of tooLarge) {
		cluster.skipped.push({
			file,
			problem: `file is ${(size / 1e6).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1e6} MB are not read`,
		});
	}
	for (const { file, problem } of cluster.skipped) console.warn(`chorus: skipped ${join(folder, file)}: ${problem}`);
	if (cluster.articles.length === 0) throw new FatalError(`${folder}: no readable article among ${files.length + tooLarge.length} file(s)`);

	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(cluster, null, '\t')}\n`);
	console.log(`chorus: ${cluster.articles.length} article(s), ${cluster.skipped.length} skipped -> ${out}`);
}

if (import.meta.main) {
	try {
		main();
	} catch (error) {
		const message =
			error instanceof FatalError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
		console.error(`chorus: ${message}`);
		process.exitCode = 1;
	}
}
