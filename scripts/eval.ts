/**
 * `npm run eval`: run the pipeline on the seeds and on every cluster of the development corpora
 * (`../shared/corpora/*`, or CHORUS_CORPORA), score each against its hand-made gold.json, and
 * print one table. `--json FILE` also writes the figures; `--verbose` lists wrong speakers, `--pairs` false and missed same-utterance pairs and spellings of one name kept apart.
 * The corpora are read where they are, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GoldSchema } from '../src/lib/eval/gold.ts';
import { scoreCluster, type ClusterScore, type Ratio } from '../src/lib/eval/score.ts';
import { decodeText } from '../src/lib/parse/decode.ts';
import { buildClusterInWorkers, readFolder, wordnetSenses } from './build-records.ts';

/** The seeds and their gold, kept in the repository (tests may pin the seeds' quirks). */
export const SEEDS = { name: 'seeds', folder: 'seeds', gold: 'tests/fixtures/seeds-gold.json' };
/** Where the development corpora are, seen from the project root. */
export const CORPORA = process.env['CHORUS_CORPORA'] ?? join('..', 'shared', 'corpora');

/** One cluster to score: its articles folder and its gold file. */
export interface EvalTarget {
	name: string;
	folder: string;
	gold: string;
}

/** A scored cluster with the time its build took. */
export interface EvalRow extends ClusterScore {
	name: string;
	seconds: number;
}

/** The seeds, then every corpus folder that has a gold.json, by name. */
export function evalTargets(corpora = CORPORA): EvalTarget[] {
	const corpusTargets = existsSync(corpora)
		? readdirSync(corpora)
				.toSorted()
				.map((name) => ({ name, folder: join(corpora, name), gold: join(corpora, name, 'gold.json') }))
				.filter((target) => existsSync(target.gold))
		: [];
	return [SEEDS, ...corpusTargets].filter((target) => existsSync(target.gold));
}

/** Build one cluster exactly as `npm run records` does, and score it. */
export async function evaluate(target: EvalTarget): Promise<EvalRow> {
	const gold = GoldSchema.parse(JSON.parse(readFileSync(target.gold, 'utf8')));
	const started = performance.now();
	const { files } = readFolder(resolve(target.folder));
	const cluster = await buildClusterInWorkers(files, {}, wordnetSenses());
	const seconds = (performance.now() - started) / 1000;
	const sources = Object.keys(gold.articles).flatMap((file) => {
		const decoded = decodeText(readFileSync(join(target.folder, file)));
		return decoded.ok ? [{ file, text: decoded.text }] : [];
	});
	return { name: target.name, seconds, ...scoreCluster(cluster, gold, sources) };
}

/** Add up the counts of several rows: pooled, not averaged, so big clusters weigh more. */
export function pooled(rows: readonly EvalRow[]): EvalRow {
	const sum = (pick: (row: EvalRow) => Ratio): Ratio => ({
		hits: rows.reduce((total, row) => total + pick(row).hits, 0),
		total: rows.reduce((total, row) => total + pick(row).total, 0),
	});
	return {
		name: 'all',
		seconds: rows.reduce((total, row) => total + row.seconds, 0),
		furniture: sum((row) => row.furniture),
		body: sum((row) => row.body),
		quoteRecall: sum((row) => row.quoteRecall),
		quotePrecision: sum((row) => row.quotePrecision),
		speakers: sum((row) => row.speakers),
		pairPrecision: sum((row) => row.pairPrecision),
		pairRecall: sum((row) => row.pairRecall),
		passages: sum((row) => row.passages),
		names: sum((row) => row.names),
		missedNames: rows.flatMap((row) => row.missedNames),
		wrongSpeakers: rows.flatMap((row) => row.wrongSpeakers),
		falsePairs: rows.flatMap((row) => row.falsePairs),
		missedPairs: rows.flatMap((row) => row.missedPairs),
	};
}

const COLUMNS: [string, (row: EvalRow) => string][] = [
	['cluster', (row) => row.name],
	['furniture removed', (row) => count(row.furniture)],
	['body kept', (row) => count(row.body)],
	['quote R', (row) => share(row.quoteRecall)],
	['quote P', (row) => share(row.quotePrecision)],
	['speakers', (row) => share(row.speakers)],
	['pair P', (row) => share(row.pairPrecision)],
	['pair R', (row) => share(row.pairRecall)],
	['passages', (row) => count(row.passages)],
	['names', (row) => share(row.names)],
	['time', (row) => `${row.seconds.toFixed(2)} s`],
];

/** The rows as a Markdown table, ready for the README. */
export function formatTable(rows: readonly EvalRow[]): string {
	const cells = rows.map((row) => COLUMNS.map(([, cell]) => cell(row)));
	const header = `| ${COLUMNS.map(([title]) => title).join(' | ')} |`;
	const rule = `|${COLUMNS.map((_column, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
	return [header, rule, ...cells.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function count(ratio: Ratio): string {
	return `${ratio.hits}/${ratio.total}`;
}

function share(ratio: Ratio): string {
	return ratio.total === 0 ? '–' : `${(ratio.hits / ratio.total).toFixed(2)} (${ratio.hits}/${ratio.total})`;
}

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { json: { type: 'string' }, verbose: { type: 'boolean' }, pairs: { type: 'boolean' } } });
	const targets = evalTargets();
	if (!existsSync(CORPORA)) console.log(`eval: no corpora at ${CORPORA}; scoring the seeds only`);
	const rows: EvalRow[] = [];
	for (const target of targets) rows.push(await evaluate(target));
	const all = [...rows, pooled(rows)];
	console.log(formatTable(all));
	if (values.verbose) {
		for (const row of rows) {
			for (const wrong of row.wrongSpeakers) {
				console.log(`${row.name}/${wrong.file}: “${wrong.text.slice(0, 60)}” gold ${wrong.gold}, found ${wrong.found ?? 'none'}`);
			}
		}
	}
	if (values.pairs) {
		for (const row of rows) {
			for (const [a, b] of row.falsePairs) console.log(`${row.name}: false pair “${a}” = “${b}”`);
			for (const [a, b] of row.missedPairs) console.log(`${row.name}: missed pair “${a}” = “${b}”`);
			for (const [a, b] of row.missedNames) console.log(`${row.name}: spellings kept apart “${a}” / “${b}”`);
		}
	}
	if (values.json) writeFileSync(values.json, `${JSON.stringify(all, null, '\t')}\n`);
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(`eval: ${error instanceof Error ? error.message : String(error)} (${basename(process.argv[1] ?? 'eval')})`);
		process.exitCode = 1;
	});
}
