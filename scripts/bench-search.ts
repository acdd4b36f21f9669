/**
 * `npm run bench` (after the records bench): Chorus search side by side with plain Fuse,
 * MiniSearch and Pagefind, on the same synthetic corpora (10k, 50k, 200k paragraphs) and the
 * seeds, with the same queries: each planted phrase as typed, "quoted" and with two letters
 * swapped. Prints one table: bytes fetched before the first result (median and p95 over the
 * queries, gzip), query latency (p50 and p95, Node, cold caches), recall@10 per kind of query.
 * Asserts nothing. `--sizes 10000,50000` picks the corpora.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ClusterSchema } from '../src/lib/schema.ts';
import { asSingleFile, buildSearchIndex, SINGLE_FILE_TEXT_CHARS } from '../src/lib/search/build-index.ts';
import { toSearchDocs, type SearchDoc } from '../src/lib/search/docs.ts';
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

/** What a contender answers a query with: document indices, best first, the bytes it fetched first, and its time when measured apart. */
type Run = (query: string) => Promise<{ found: number[]; bytes: number; ms?: number }>;

/** One row of the table. */
interface Row {
	corpus: string;
	engine: string;
	bytes: number[];
	times: number[];
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

async function measure(corpus: string, engine: string, run: Run, queries: readonly Query[], note?: string): Promise<Row> {
	for (const query of queries.slice(0, 3)) await run(query.text);
	const row: Row = { corpus, engine, bytes: [], times: [], recall: { typed: [], quoted: [], typo: [] }, ...(note ? { note } : {}) };
	for (const query of queries) {
		const started = performance.now();
		const { found, bytes, ms } = await run(query.text);
		row.times.push(ms ?? performance.now() - started);
		row.bytes.push(bytes);
		row.recall[query.kind].push(recallAt10(query.relevant, found));
	}
	return row;
}

/** Chorus: the files the site would write, fetched from memory as JSON strings and parsed on use. */
function chorus(docs: SearchDoc[], variants: VariantPair[]): { run: Run; mode: string } {
	const text = docs.reduce((sum, doc) => sum + doc.text.length, 0);
	const index = buildSearchIndex(docs, variants);
	if (text < SINGLE_FILE_TEXT_CHARS) {
		const file = JSON.stringify(asSingleFile(index));
		const size = gz(file);
		return {
			mode: 'one file',
			run: async (query) => {
				const parsed = JSON.parse(file) as ReturnType<typeof asSingleFile>;
				const engine = new SearchEngine({
					head: parsed,
					shard: async (n) => parsed.shardData[n]!,
					chunk: async (n) => parsed.chunkData[n]!,
				});
				const outcome = await engine.search(query);
				await engine.documents(outcome.hits.slice(0, 1).map((hit) => hit.index));
				return { found: outcome.hits.map((hit) => hit.index), bytes: size };
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
		mode: `split: ${shards.length} shards, ${chunks.length} chunks, head ${(sizes.head / 1024).toFixed(0)} KB`,
		run: async (query) => {
			engine.forget();
			fetched = sizes.head;
			const outcome = await engine.search(query);
			await engine.documents(outcome.hits.slice(0, 1).map((hit) => hit.index));
			return { found: outcome.hits.map((hit) => hit.index), bytes: fetched };
		},
	};
}

/** Plain Fuse over the text, as a page would load it: the documents and Fuse's prebuilt index. */
function plainFuse(docs: SearchDoc[]): Run {
	const texts = docs.map(({ text }) => ({ text }));
	const bytes = gz(JSON.stringify({ docs: texts, index: Fuse.createIndex(['text'], texts).toJSON() }));
	const fuse = new Fuse(texts, { keys: ['text'] });
	return async (query) => ({ found: fuse.search(query.replaceAll('"', ''), { limit: 10 }).map((hit) => hit.refIndex), bytes });
}

/** MiniSearch with prefix and fuzzy matching (its documented typo tolerance), serialised with the text stored. */
function miniSearch(docs: SearchDoc[]): Run {
	const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
	mini.addAll(docs.map((doc, id) => ({ id, text: doc.text })));
	const bytes = gz(JSON.stringify(mini));
	return async (query) => {
		const quoted = query.startsWith('"');
		const found = mini.search(query.replaceAll('"', ''), { prefix: true, fuzzy: 0.2, combineWith: quoted ? 'AND' : 'OR' });
		return { found: found.map((hit) => hit.id as number), bytes };
	};
}

/**
 * Pagefind 1.6 through its Node API (one custom record per paragraph), queried with its own
 * browser bundle (pagefind.js and its wasm) run in Node with `fetch` served from the files
 * `getFiles` returned. Bytes: pagefind.js (gzip) plus every file it fetched (already compressed)
 * up to the first result's fragment; its web worker is not counted (it does not start in Node).
 */
async function pagefindRun(docs: SearchDoc[], label: string): Promise<Run> {
	const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error('pagefind: no index');
	for (let at = 0; at < docs.length; at += 500)
		await Promise.all(
			docs
				.slice(at, at + 500)
				.map((doc, offset) => index.addCustomRecord({ url: `/d/${at + offset}/`, content: doc.text, language: 'en' })),
		);
	const { files } = await index.getFiles();
	const root = join(tmpdir(), `chorus-bench-pagefind-${process.pid}-${label}`);
	written.push(root);
	const served = new Map<string, Uint8Array>();
	for (const file of files) {
		const path = join(root, 'pagefind', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.content);
		served.set(`/pagefind/${file.path}`, file.content);
	}
	await index.deleteIndex();
	const entry = gz(served.get('/pagefind/pagefind.js')!);
	let fetched = 0;
	globalThis.fetch = (async (url: string | URL) => {
		const body = served.get(new URL(String(url), 'http://localhost').pathname);
		fetched += body?.length ?? 0;
		return new Response((body ?? null) as BodyInit | null, { status: body ? 200 : 404 });
	}) as typeof fetch;
	let instances = 0;
	const load = async () => {
		const module = (await import(`${pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href}?${label}-${instances++}`)) as PagefindModule;
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
		// Bytes: a fresh instance (a first-time visitor) up to the first result's fragment.
		fetched = 0;
		await ask(await load(), query, 1);
		const bytes = entry + fetched;
		// Time: the warm instance, its files already fetched once.
		await ask(warm, query, 10);
		const started = performance.now();
		const found = await ask(warm, query, 10);
		return { found, bytes, ms: performance.now() - started };
	};
}

/** Pagefind's output folders, removed when the bench ends. */
const written: string[] = [];

/** What pagefind.js exports, as far as the bench uses it. */
interface PagefindModule {
	options: (options: object) => Promise<void>;
	search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

/** The planted phrases of a synthetic corpus, each as typed, quoted and with a typo. */
function plantedQueries(size: number): { docs: SearchDoc[]; queries: Query[] } {
	const { docs, planted } = searchCorpus(size, 20);
	return {
		docs,
		queries: planted.flatMap(({ phrase, docs: relevant }) => [
			{ text: phrase, kind: 'typed' as const, relevant },
			{ text: `"${phrase}"`, kind: 'quoted' as const, relevant },
			{ text: withTypo(phrase), kind: 'typo' as const, relevant },
		]),
	};
}

/** The seeds: the first five words of every shared quote's wording, relevant where they stand in a row. */
function seedQueries(): { docs: SearchDoc[]; variants: VariantPair[]; queries: Query[] } {
	const cluster = ClusterSchema.parse(JSON.parse(readFileSync('src/generated/records.json', 'utf8')));
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

function print(rows: readonly Row[]): void {
	console.log(
		'| corpus | engine | first-result bytes median / p95 (gzip) | query p50 / p95 (ms) | recall@10 typed | quoted | typo | notes |',
	);
	console.log('|---|---|---:|---:|---:|---:|---:|---|');
	for (const row of rows) {
		const cells = [
			row.corpus,
			row.engine,
			`${kb(percentile(row.bytes, 0.5))} / ${kb(percentile(row.bytes, 0.95))}`,
			`${percentile(row.times, 0.5).toFixed(2)} / ${percentile(row.times, 0.95).toFixed(2)}`,
			...KINDS.map((kind) => (row.recall[kind].length ? mean(row.recall[kind]).toFixed(3) : '–')),
			row.note ?? '',
		];
		console.log(`| ${cells.join(' | ')} |`);
	}
}

async function main(): Promise<void> {
	const sizesArg = process.argv.indexOf('--sizes');
	const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [10_000, 50_000, 200_000];
	console.log(
		'\nSearch: 20 planted phrases per synthetic corpus (seeds: the start of every shared quote), each typed, "quoted" and with a typo',
	);
	const rows: Row[] = [];
	const corpora: { label: string; docs: SearchDoc[]; variants: VariantPair[]; queries: Query[] }[] = [
		{ label: 'seeds', ...seedQueries() },
		...sizes.map((size) => ({ label: `${size / 1000}k`, variants: [], ...plantedQueries(size) })),
	];
	for (const { label, docs, variants, queries } of corpora) {
		const ours = chorus(docs, variants);
		rows.push(await measure(label, 'Chorus', ours.run, queries, ours.mode));
		// Plain Fuse scans every paragraph (seconds per query at 50k): a third of the queries there, none past 100k.
		const fuseQueries = docs.length > 20_000 ? queries.filter((_query, index) => index % 3 !== 1).slice(0, 20) : queries;
		if (docs.length <= 100_000) {
			const note = fuseQueries.length < queries.length ? `${fuseQueries.length} of ${queries.length} queries` : undefined;
			rows.push(await measure(label, 'Fuse (plain)', plainFuse(docs), fuseQueries, note));
		}
		rows.push(await measure(label, 'MiniSearch', miniSearch(docs), queries, 'whole index before the first query'));
		rows.push(await measure(label, 'Pagefind', await pagefindRun(docs, label), queries, 'bytes: a first visit per query; time: warm'));
		console.error(`bench-search: ${label} done`);
	}
	await pagefind.close();
	for (const root of written) rmSync(root, { recursive: true, force: true });
	print(rows);
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(`chorus bench-search: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	});
}
