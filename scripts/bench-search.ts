/**
 * `npm run bench` (after the records bench): query latency of Chorus search — prebuilt index,
 * word pre-filter, Fuse extended search over the candidates, re-ranking — side by side with a
 * plain `new Fuse(docs, { keys: ['text'] })` over the same synthetic paragraphs and queries;
 * payload size and recall of planted phrases for both. Prints a table; asserts nothing.
 */
import Fuse from 'fuse.js';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { buildSearchPayload, searchPayloadOf } from '../src/lib/search/payload.ts';
import { recall, searchCorpus, withTypo } from '../src/lib/search/synthetic.ts';
import { ClusterSchema } from '../src/lib/schema.ts';

const SIZES = [1_000, 10_000, 50_000];
/** Queries per corpus: each planted phrase as typed, in quotes, and with a typo. */
const PHRASES = 20;
/** Timed runs per query of our search (the baseline, 100x slower, runs once). */
const REPEATS = 3;

interface Side {
	median: number;
	p95: number;
	recall: number;
	bytes: number;
	gzip: number;
}

/** Median and 95th percentile of a list of milliseconds. */
function percentiles(times: number[]): { median: number; p95: number } {
	const sorted = times.toSorted((a, b) => a - b);
	const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
	return { median: at(0.5), p95: at(0.95) };
}

/**
 * Warm up on five queries, then time every query `repeats` times (its median counts: a shared
 * machine's hiccups are not the search's) and score recall on the planted paragraphs.
 */
function measure(
	run: (query: string) => number[],
	queries: { text: string; planted: Set<number> }[],
	repeats: number,
): Omit<Side, 'bytes' | 'gzip'> {
	for (const query of queries.slice(0, 5)) run(query.text);
	const times: number[] = [];
	let found = 0;
	for (const query of queries) {
		const runs: number[] = [];
		let hits: number[] = [];
		for (let repeat = 0; repeat < repeats; repeat++) {
			const started = performance.now();
			hits = run(query.text);
			runs.push(performance.now() - started);
		}
		times.push(percentiles(runs).median);
		found += recall(query.planted, hits);
	}
	return { ...percentiles(times), recall: found / queries.length };
}

function sizes(json: string): { bytes: number; gzip: number } {
	return { bytes: Buffer.byteLength(json), gzip: gzipSync(json).length };
}

function row(size: number): { ours: Side; baseline: Side } {
	const { docs, planted } = searchCorpus(size, PHRASES);
	const queries = planted.flatMap(({ phrase, docs: where }) => [
		{ text: phrase, planted: where },
		{ text: `"${phrase}"`, planted: where },
		{ text: withTypo(phrase), planted: where },
	]);
	const payload = JSON.stringify(buildSearchPayload(docs, []));
	const engine = new SearchEngine(JSON.parse(payload));
	const search = (query: string) => {
		engine.forget(); // every run cold: no cached word expansions from the previous run
		return engine.search(query).hits.map((hit) => hit.index);
	};
	const ours = { ...measure(search, queries, REPEATS), ...sizes(payload) };
	const texts = docs.map(({ text }) => ({ text }));
	const plain = new Fuse(texts, { keys: ['text'] });
	const baselinePayload = JSON.stringify({ docs: texts, index: Fuse.createIndex(['text'], texts).toJSON() });
	const baselineQueries = queries.map((query) => ({ ...query, text: query.text.replaceAll('"', '') }));
	const baseline = { ...measure((query) => plain.search(query).map((hit) => hit.refIndex), baselineQueries, 1), ...sizes(baselinePayload) };
	return { ours, baseline };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => value.toFixed(2);

function main(): void {
	console.log(
		`\nSearch: ${PHRASES * 3} queries per corpus (${PHRASES} planted phrases, each as typed, "quoted" and with a typo); ours: median of ${REPEATS} cold runs per query, baseline: one run`,
	);
	console.log(
		'| paragraphs | ours median / p95 (ms) | baseline median / p95 (ms) | p95 speed-up | ours recall | baseline recall | ours payload (gzip) | baseline payload (gzip) |',
	);
	console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const size of SIZES) {
		const { ours, baseline } = row(size);
		console.log(
			`| ${size.toLocaleString('en')} | ${ms(ours.median)} / ${ms(ours.p95)} | ${ms(baseline.median)} / ${ms(baseline.p95)} | ${(baseline.p95 / ours.p95).toFixed(1)}x | ${ours.recall.toFixed(3)} | ${baseline.recall.toFixed(3)} | ${kb(ours.bytes)} (${kb(ours.gzip)}) | ${kb(baseline.bytes)} (${kb(baseline.gzip)}) |`,
		);
	}
	const cluster = ClusterSchema.parse(JSON.parse(readFileSync('src/generated/records.json', 'utf8')));
	const seeds = sizes(JSON.stringify(searchPayloadOf(cluster)));
	console.log(`seeds' search payload (/data/search-index.json): ${seeds.bytes} bytes, ${seeds.gzip} bytes gzip (target < 100 KB gzip)`);
}

if (import.meta.main) {
	try {
		main();
	} catch (error) {
		console.error(`chorus bench-search: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
