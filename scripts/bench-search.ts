/**
 * `npm run bench` (after the records bench): Chorus search side by side with plain Fuse,
 * MiniSearch and Pagefind, on the same synthetic corpora (10k, 50k, 200k paragraphs) and the
 * seeds, with the same queries: each planted phrase as typed, "quoted" and with two letters
 * swapped. Prints one table: bytes fetched before the first result (median and p95 over the
 * queries, gzip), query latency in Node (p50 and p95: cold, a fresh engine whose only file in
 * memory is the head; warm, the same query again with what it fetched kept, as a page keeps
 * it), recall@10 per kind of query; and a table of the Chorus index build per corpus (time and
 * peak memory, each in a child process). Each time is the median of three runs of the query
 * (plain Fuse: one). Plain Fuse is capped on large corpora, and the output says where. Asserts
 * nothing. `--sizes 10000,50000` picks the corpora; `--pagefind-max 50000` skips Pagefind above a size.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ClusterSchema } from '../src/lib/schema.ts';
import { asSingleFile, buildSearchIndex, SINGLE_FILE_TEXT_CHARS } from '../src/lib/search/build-index.ts';
import { toSearchDocs, type SearchDoc } from '../src/lib/search/docs.ts';
import { frontDecode } from '../src/lib/search/codec.ts';
import { SearchEngine, type SearchStore } from '../src/lib/search/engine.ts';
import { foldText, toVariantMap, variantPairs, type VariantPair } from '../src/lib/search/fold.ts';
import type { SearchChunk, SearchShard } from '../src/lib/search/format.ts';
import { searchCorpus, withTypo } from '../src/lib/search/synthetic.ts';

const KINDS = ['typed', 'quoted', 'typo'] as const;
type Kind = (typeof KINDS)[number];

/** One query and the documents it should find. */
interface Query {
	text: string;
	kind: Kind;
	relevant: Set<number>;
}

/** What a contender answers a query with: document indices, best first, the bytes it fetched first, its cold time (`ms`) and warm time, each when measured. */
type Run = (query: string) => Promise<{ found: number[]; bytes?: number; ms?: number; warmMs?: number }>;

/** One row of the table. */
interface Row {
	corpus: string;
	engine: string;
	bytes: number[];
	/** Cold: the first time this query runs on a fresh engine (or page). */
	times: number[];
	/** Warm: the same query again, with what it fetched kept. */
	warm: number[];
	recall: Record<Kind, number[]>;
	note?: string;
}

const gz = (text: string | Uint8Array) => gzipSync(text).length;

function percentile(values: readonly number[], share: number): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}

/** Recall at 10: the share of the relevant documents (at most 10) among the first 10 found. */
function recallAt10(relevant: ReadonlySet<number>, found: readonly number[]): number {
	const hits = found.slice(0, 10).filter((index) => relevant.has(index)).length;
	return relevant.size === 0 ? 1 : hits / Math.min(10, relevant.size);
}

/**
 * Run every query `repeats` times (each run as cold as the first) and keep, per query, the
 * median time of the runs: on a shared machine one run can be preempted or caught by another
 * process's load, and the median of three keeps a query's own cost.
 */
async function measure(
	corpus: string,
	engine: string,
	run: Run,
	queries: readonly Query[],
	options: { note?: string | undefined; warmUp?: number; repeats?: number } = {},
): Promise<Row> {
	const { note, warmUp = 3, repeats = REPEATS } = options;
	for (const query of queries.slice(0, warmUp)) await run(query.text);
	const row: Row = {
		corpus,
		engine,
		bytes: [],
		times: [],
		warm: [],
		recall: { typed: [], quoted: [], typo: [] },
		...(note ? { note } : {}),
	};
	for (const query of queries) {
		const times: number[] = [];
		const warm: number[] = [];
		for (let repeat = 0; repeat < repeats; repeat++) {
			const { found, bytes, ms, warmMs } = await run(query.text);
			if (ms !== undefined) times.push(ms);
			if (warmMs !== undefined) warm.push(warmMs);
			if (repeat > 0) continue;
			if (bytes !== undefined) row.bytes.push(bytes);
			row.recall[query.kind].push(recallAt10(query.relevant, found));
		}
		if (times.length) row.times.push(percentile(times, 0.5));
		if (warm.length) row.warm.push(percentile(warm, 0.5));
	}
	return row;
}

/** Runs per query whose median time is kept (plain Fuse, seconds a query on large corpora, runs once). */
const REPEATS = 3;

/** Run `work`, then return how long it took. */
async function timed(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

/**
 * Chorus: the files the site would write, fetched from memory as JSON strings. Cold: a fresh
 * engine per query over the parsed head (a page that has loaded the head; for one file, the
 * whole file parsed anew), every shard and chunk parsed on use. Warm: the same query again on
 * that engine, its shards and decoded lists kept.
 */
function chorus(docs: SearchDoc[], variants: VariantPair[]): { run: Run; mode: string } {
	const text = docs.reduce((sum, doc) => sum + doc.text.length, 0);
	const index = buildSearchIndex(docs, variants);
	const firstResult = async (engine: SearchEngine, query: string) => {
		const outcome = await engine.search(query);
		await engine.documents(outcome.hits.slice(0, 1).map((hit) => hit.index));
		return outcome.hits.map((hit) => hit.index);
	};
	if (text < SINGLE_FILE_TEXT_CHARS) {
		const file = JSON.stringify(asSingleFile(index));
		const size = gz(file);
		return {
			mode: 'one file',
			run: async (query) => {
				const started = performance.now();
				const parsed = JSON.parse(file) as ReturnType<typeof asSingleFile>;
				const engine = new SearchEngine({
					head: parsed,
					shard: async (n) => parsed.shardData[n]!,
					chunk: async (n) => parsed.chunkData[n]!,
				});
				const found = await firstResult(engine, query);
				const ms = performance.now() - started;
				return { found, bytes: size, ms, warmMs: await timed(() => firstResult(engine, query)) };
			},
		};
	}
	const head = JSON.stringify(index.head);
	const shards = index.shards.map((shard) => JSON.stringify(shard));
	const chunks = index.chunks.map((chunk) => JSON.stringify(chunk));
	const sizes = { head: gz(head), shards: shards.map(gz), chunks: chunks.map(gz) };
	let fetched = 0;
	const store: SearchStore = {
		head: JSON.parse(head) as SearchStore['head'],
		shard: async (n) => ((fetched += sizes.shards[n]!), JSON.parse(shards[n]!) as SearchShard),
		chunk: async (n) => ((fetched += sizes.chunks[n]!), JSON.parse(chunks[n]!) as SearchChunk),
	};
	const engine = new SearchEngine(store);
	return {
		mode: `split: ${shards.length} shards, ${chunks.length} chunks, head ${kb(sizes.head)}`,
		run: async (query) => {
			engine.forget();
			fetched = sizes.head;
			const started = performance.now();
			const found = await firstResult(engine, query);
			const ms = performance.now() - started;
			return { found, bytes: fetched, ms, warmMs: await timed(() => firstResult(engine, query)) };
		},
	};
}

/** Plain Fuse over the text, as a page would load it: the documents and Fuse's prebuilt index. */
function plainFuse(docs: SearchDoc[]): Run {
	const texts = docs.map(({ text }) => ({ text }));
	const bytes = gz(JSON.stringify({ docs: texts, index: Fuse.createIndex(['text'], texts).toJSON() }));
	const fuse = new Fuse(texts, { keys: ['text'] });
	return async (query) => {
		const started = performance.now();
		const found = fuse.search(query.replaceAll('"', ''), { limit: 10 }).map((hit) => hit.refIndex);
		// The whole index is in memory before the first query: a first query costs what a later one does.
		const ms = performance.now() - started;
		return { found, bytes, ms, warmMs: ms };
	};
}

/** MiniSearch with prefix and fuzzy matching (its documented typo tolerance), serialised with the text stored. */
function miniSearch(docs: SearchDoc[]): Run {
	const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
	mini.addAll(docs.map((doc, id) => ({ id, text: doc.text })));
	const bytes = gz(JSON.stringify(mini));
	return async (query) => {
		const started = performance.now();
		const quoted = query.startsWith('"');
		const found = mini.search(query.replaceAll('"', ''), { prefix: true, fuzzy: 0.2, combineWith: quoted ? 'AND' : 'OR' });
		const ms = performance.now() - started;
		return { found: found.map((hit) => hit.id as number), bytes, ms, warmMs: ms };
	};
}

/**
 * Pagefind 1.6 as a site uses it: one HTML page per paragraph written to a folder and indexed by
 * its command-line indexer (in a child process: 2:46 and 7.5 GB peak at 200k on the bench
 * machine; its Node API's custom records ran past 9 CPU-minutes at 200k without finishing), then
 * queried with its own browser bundle (pagefind.js and its wasm) run in Node with `fetch` reading
 * the files it wrote. Bytes: pagefind.js (gzip) plus every file it fetched (already compressed)
 * up to the first result's fragment; its web worker is not counted (it does not start in Node).
 * A fresh instance (for bytes and the cold time) is loaded for the queries in `fresh` only: each
 * costs an import and a wasm start, so the bench samples them; the warm time covers every query.
 */
async function pagefindRun(docs: SearchDoc[], label: string, fresh: ReadonlySet<string>): Promise<Run> {
	const root = join(tmpdir(), `chorus-bench-pagefind-${process.pid}-${label}`);
	written.push(root);
	docs.forEach((doc, index) => {
		const folder = join(root, 'd', String(index));
		mkdirSync(folder, { recursive: true });
		const text = doc.text.replace(/[<>&]/g, (character) => `&#${character.charCodeAt(0)};`);
		writeFileSync(
			join(folder, 'index.html'),
			`<!doctype html><html lang="en"><title>${index}</title><main data-pagefind-body><p>${text}</p></main></html>`,
		);
	});
	const indexer = spawnSync(PAGEFIND_CLI, ['--site', root, '--force-language', 'en', '--quiet'], { encoding: 'utf8' });
	if (indexer.status !== 0) throw new Error(`pagefind: ${indexer.stderr || indexer.stdout}`);
	const bundle = join(root, 'pagefind');
	const entry = gz(readFileSync(join(bundle, 'pagefind.js')));
	let fetched = 0;
	globalThis.fetch = (async (url: string | URL) => {
		const path = new URL(String(url), 'http://localhost').pathname;
		const file = path.startsWith('/pagefind/') ? join(bundle, path.slice('/pagefind/'.length)) : '';
		const body = file && existsSync(file) ? readFileSync(file) : undefined;
		fetched += body?.length ?? 0;
		return new Response((body ?? null) as BodyInit | null, { status: body ? 200 : 404 });
	}) as typeof fetch;
	let instances = 0;
	const load = async () => {
		const module = (await import(`${pathToFileURL(join(bundle, 'pagefind.js')).href}?${label}-${instances++}`)) as PagefindModule;
		await module.options({ basePath: '/pagefind/' });
		return module;
	};
	const ask = async (module: PagefindModule, query: string, count: number) => {
		const { results } = await module.search(query);
		return Promise.all(
			results.slice(0, count).map((result) => result.data().then((data) => Number(/\/d\/(\d+)\//.exec(data.url)?.[1] ?? -1))),
		);
	};
	const warm = await load();
	return async (query) => {
		// Bytes and cold time, for the sampled queries: a fresh instance (a first-time visitor) up to the first result's fragment.
		let cold: { bytes: number; ms: number } | undefined;
		if (fresh.has(query)) {
			fetched = 0;
			const started = performance.now();
			await ask(await load(), query, 1);
			cold = { bytes: entry + fetched, ms: performance.now() - started };
		}
		// Warm: the warm instance, this query's files already fetched once.
		await ask(warm, query, 10);
		const started = performance.now();
		const found = await ask(warm, query, 10);
		return { found, ...(cold ? { bytes: cold.bytes, ms: cold.ms } : {}), warmMs: performance.now() - started };
	};
}

/** Pagefind's command-line runner, as npm installed it (it starts the indexer binary for this platform). */
const PAGEFIND_CLI = fileURLToPath(new URL('../node_modules/.bin/pagefind', import.meta.url));

/** Pagefind's sites, removed when the bench ends. */
const written: string[] = [];

/** What pagefind.js exports, as far as the bench uses it. */
interface PagefindModule {
	options: (options: object) => Promise<void>;
	search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

/** The planted phrases of a synthetic corpus, each as typed, quoted and with a typo; relevant: every paragraph holding the phrase. */
function plantedQueries(size: number): { docs: SearchDoc[]; queries: Query[] } {
	const { docs, planted } = searchCorpus(size, 20);
	return {
		docs,
		queries: planted.flatMap(({ phrase, docs: plantedIn }) => {
			// A phrase may also occur by chance (at 200k, three of the 20 do, once each): such a paragraph is relevant too.
			const relevant = new Set(plantedIn);
			docs.forEach((doc, index) => doc.folded.includes(` ${phrase} `) && relevant.add(index));
			return [
				{ text: phrase, kind: 'typed' as const, relevant },
				{ text: `"${phrase}"`, kind: 'quoted' as const, relevant },
				{ text: withTypo(phrase), kind: 'typo' as const, relevant },
			];
		}),
	};
}

/** The seeds' records, built once per bench from `seeds/` into a temporary file that the index-build children read too. */
function seedRecords(): string {
	const path = process.env.CHORUS_BENCH_SEED_RECORDS ?? join(tmpdir(), `chorus-bench-seeds-${process.pid}.json`);
	if (existsSync(path)) return path;
	const build = spawnSync(process.execPath, [fileURLToPath(new URL('build-records.ts', import.meta.url)), '--out', path], {
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`the seeds' records: ${build.stderr.trim()}`);
	process.env.CHORUS_BENCH_SEED_RECORDS = path;
	written.push(path);
	return path;
}

/** The seeds: the first five words of every shared quote's wording, relevant where they stand in a row. */
function seedQueries(): { docs: SearchDoc[]; variants: VariantPair[]; queries: Query[] } {
	const cluster = ClusterSchema.parse(JSON.parse(readFileSync(seedRecords(), 'utf8')));
	const variants = variantPairs(cluster.nameVariants);
	const docs = toSearchDocs(cluster, toVariantMap(variants));
	const phrases = [
		...new Set(cluster.sharedQuotes.flatMap((shared) => shared.variants.map((variant) => variant.text.split(/\s+/).slice(0, 5).join(' ')))),
	];
	const queries = phrases.flatMap((phrase) => {
		const folded = foldText(phrase, toVariantMap(variants)).trimEnd();
		const relevant = new Set(docs.flatMap((doc, index) => (doc.folded.includes(folded) ? [index] : [])));
		const clean = phrase.replace(/["“”]/g, '');
		return [
			{ text: clean, kind: 'typed' as const, relevant },
			{ text: `"${clean}"`, kind: 'quoted' as const, relevant },
			{ text: withTypo(clean), kind: 'typo' as const, relevant },
		];
	});
	return { docs, variants, queries };
}

const kb = (bytes: number) => (bytes < 10_240 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024).toFixed(0)} KB`);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

const pair = (values: readonly number[]) =>
	values.length ? `${percentile(values, 0.5).toFixed(2)} / ${percentile(values, 0.95).toFixed(2)}` : '–';

function printHeader(): void {
	console.log(
		'| corpus | engine | first-result bytes median / p95 (gzip) | cold query p50 / p95 (ms) | warm query p50 / p95 (ms) | recall@10 typed | quoted | typo | notes |',
	);
	console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
}

function print(rows: readonly Row[]): void {
	for (const row of rows) {
		const cells = [
			row.corpus,
			row.engine,
			row.bytes.length ? `${kb(percentile(row.bytes, 0.5))} / ${kb(percentile(row.bytes, 0.95))}` : '–',
			pair(row.times),
			pair(row.warm),
			...KINDS.map((kind) => (row.recall[kind].length ? mean(row.recall[kind]).toFixed(3) : '–')),
			row.note ?? '',
		];
		console.log(`| ${cells.join(' | ')} |`);
	}
}

/** The Chorus index build of one corpus, in a child process so that its peak memory is its own. */
interface BuildRun {
	corpus: string;
	docs: number;
	textMb: number;
	seconds: number;
	/** Resident memory once the corpus was made, and the peak after the build. */
	baseMb: number;
	peakMb: number;
	vocabulary: number;
	files: number;
}

/** Child: make one corpus, build its index, report time and memory as JSON. */
function buildChild(size: number): void {
	const { docs } = size === 0 ? seedQueries() : searchCorpus(size, 20);
	const variants = size === 0 ? seedQueries().variants : [];
	const baseMb = process.memoryUsage().rss / 2 ** 20;
	const started = performance.now();
	const index = buildSearchIndex(docs, variants);
	const files = [
		JSON.stringify(index.head),
		...index.shards.map((shard) => JSON.stringify(shard)),
		...index.chunks.map((chunk) => JSON.stringify(chunk)),
	];
	const seconds = (performance.now() - started) / 1000;
	const run: BuildRun = {
		corpus: size === 0 ? 'seeds' : `${size / 1000}k`,
		docs: docs.length,
		textMb: docs.reduce((sum, doc) => sum + doc.text.length, 0) / 2 ** 20,
		seconds,
		baseMb,
		peakMb: process.resourceUsage().maxRSS / 1024,
		vocabulary: frontDecode(index.head.vocabulary).length,
		files: files.length,
	};
	console.log(JSON.stringify(run));
}

function measureBuild(size: number): BuildRun {
	const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--build-child', String(size)], {
		encoding: 'utf8',
		maxBuffer: 1 << 24,
	});
	if (child.status !== 0) throw new Error(`index build of ${size}: ${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as BuildRun;
}

function printBuilds(runs: readonly BuildRun[]): void {
	console.log('\nChorus index build (buildSearchIndex and every file as JSON; one child process per corpus):\n');
	console.log('| corpus | documents | text (MB) | vocabulary | files | build (s) | µs per document | RSS before / peak (MB) |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
	for (const run of runs) {
		const cells = [
			run.corpus,
			run.docs,
			run.textMb.toFixed(1),
			run.vocabulary,
			run.files,
			run.seconds.toFixed(2),
			((run.seconds * 1e6) / run.docs).toFixed(0),
			`${run.baseMb.toFixed(0)} / ${run.peakMb.toFixed(0)}`,
		];
		console.log(`| ${cells.join(' | ')} |`);
	}
}

/**
 * The queries a capped peer runs: the first `phrases` planted phrases, each typed, quoted and
 * with a typo (queries come in that order), so every kind is sampled alike.
 */
function sample(queries: readonly Query[], phrases: number): Query[] {
	return queries.slice(0, phrases * KINDS.length);
}

async function main(): Promise<void> {
	const began = performance.now();
	const sizesArg = process.argv.indexOf('--sizes');
	const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [10_000, 50_000, 200_000];
	seedRecords();
	const builds = [0, ...sizes].map(measureBuild);
	console.error(`bench-search: index builds done (${((performance.now() - began) / 1000).toFixed(0)} s)`);
	const pagefindArg = process.argv.indexOf('--pagefind-max');
	const pagefindMax = pagefindArg > 0 ? Number(process.argv[pagefindArg + 1]) : Infinity;
	console.log(
		'\nSearch: 20 planted phrases per synthetic corpus (seeds: the start of every shared quote), each typed, "quoted" and with a typo\n',
	);
	printHeader();
	const caps: string[] = [];
	for (const size of [0, ...sizes]) {
		// One corpus at a time, so that earlier ones are garbage by the time a later one is measured.
		const { label, docs, variants, queries } =
			size === 0 ? { label: 'seeds', ...seedQueries() } : { label: `${size / 1000}k`, variants: [], ...plantedQueries(size) };
		const rows: Row[] = [];
		const ours = chorus(docs, variants);
		rows.push(await measure(label, 'Chorus', ours.run, queries, { note: ours.mode }));
		// Plain Fuse scans every paragraph (about 1.7 s a query at 50k): every query up to 10k, then 3 phrases, then 2.
		const fuseQueries = docs.length <= 10_000 ? queries : sample(queries, docs.length <= 50_000 ? 3 : 2);
		const fuseNote = fuseQueries.length < queries.length ? `${fuseQueries.length} of ${queries.length} queries` : undefined;
		if (fuseNote) caps.push(`${label}: plain Fuse ran ${fuseNote} (the first ${fuseQueries.length / 3} phrases, each kind), one warm-up`);
		if (size === 0) caps.push('plain Fuse runs each query once (everyone else: the median of three runs)');
		rows.push(await measure(label, 'Fuse (plain)', plainFuse(docs), fuseQueries, { note: fuseNote, warmUp: fuseNote ? 1 : 3, repeats: 1 }));
		rows.push(await measure(label, 'MiniSearch', miniSearch(docs), queries, { note: 'whole index before the first query' }));
		if (docs.length <= pagefindMax) {
			// A fresh Pagefind instance per query (an import and a wasm start) for its bytes: 4 phrases; warm: every query.
			const fresh = sample(queries, 4);
			caps.push(
				`${label}: Pagefind's bytes and cold time on a fresh instance for ${fresh.length} of ${queries.length} queries, warm time and recall on all`,
			);
			const note = `bytes, cold: ${fresh.length} of ${queries.length} queries, a fresh instance each`;
			rows.push(
				await measure(label, 'Pagefind', await pagefindRun(docs, label, new Set(fresh.map((query) => query.text))), queries, { note }),
			);
		} else caps.push(`${label}: Pagefind not run (above --pagefind-max ${pagefindMax} paragraphs)`);
		print(rows);
		console.error(`bench-search: ${label} done (${((performance.now() - began) / 1000).toFixed(0)} s)`);
	}
	for (const root of written) rmSync(root, { recursive: true, force: true });
	console.log(`\nCapped: ${caps.join('; ')}.`);
	printBuilds(builds);
	console.log(`\nbench-search: ${((performance.now() - began) / 1000).toFixed(0)} s in all`);
}

if (import.meta.main) {
	const child = process.argv.indexOf('--build-child');
	if (child > 0) buildChild(Number(process.argv[child + 1]));
	else
		main().catch((error: unknown) => {
			console.error(`chorus bench-search: ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 1;
		});
}
