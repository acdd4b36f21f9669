/**
 * `npm run bench`: time the records step on synthetic clusters of 50, 500 and 5,000
 * articles and check the planted shared quotes were found. Each size runs in a fresh
 * child process so its peak memory is its own. Before that, time the parser per KB over
 * 2,000 generated news articles (the property test's generator): the median and the worst.
 * Last, the records step on each hostile article (scripts/lib/bench/hostile.ts) in its own child
 * process: time and peak memory for each, and the worst. Then the whole site (scripts/bench-site.ts):
 * records, check and build from 100, 1,000 and 5,000 articles (`--site 100,1000` for chosen sizes
 * only). Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hostileArticles, type HostileArticle } from './lib/bench/hostile.ts';
import { syntheticCluster } from './lib/bench/synthetic.ts';
import { parseArticle } from '../src/lib/parse/article.ts';
import type { Cluster } from '../src/lib/schema.ts';
import { sampleArticles } from '../tests/helpers/news-articles.ts';
import { buildClusterInWorkers, readFolder, wordnetSenses } from './build-records.ts';
import { benchSite } from './bench-site.ts';

const SIZES = [50, 500, 5000];

interface Run {
	articles: number;
	words: number;
	seconds: number;
	peakMb: number;
	recall: number;
	falseMerges: number;
	shared: number;
}

/** Child: read the folder, build the cluster as `npm run records` does, write it, report time and peak memory. */
async function child(folder: string, out: string): Promise<void> {
	const started = performance.now();
	const { files } = readFolder(folder);
	const cluster = await buildClusterInWorkers(files, {}, wordnetSenses());
	const seconds = (performance.now() - started) / 1000;
	writeFileSync(out, JSON.stringify(cluster));
	console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

/** How many planted occurrences ended up with the rest of their utterance, and how many groups mix utterances. */
export function score(cluster: Cluster, planted: Map<string, number[]>): { recall: number; falseMerges: number } {
	const source = new Map<string, number>();
	for (const article of cluster.articles) {
		const truth = planted.get(article.file) ?? [];
		article.quotes.forEach((quote, index) => source.set(quote.id, truth[index] ?? -1));
	}
	let falseMerges = 0;
	const best = new Map<number, number>();
	for (const shared of cluster.sharedQuotes) {
		const origins = shared.occurrences.map((occurrence) => source.get(occurrence.quoteId ?? '') ?? -1);
		if (new Set(origins).size > 1 || origins.includes(-1)) falseMerges++;
		const counts = new Map<number, number>();
		for (const origin of origins) counts.set(origin, (counts.get(origin) ?? 0) + 1);
		for (const [origin, count] of counts) best.set(origin, Math.max(best.get(origin) ?? 0, count));
	}
	const totals = new Map<number, number>();
	for (const origin of source.values()) if (origin >= 0) totals.set(origin, (totals.get(origin) ?? 0) + 1);
	let found = 0;
	let total = 0;
	for (const [origin, count] of totals) {
		if (count < 2) continue;
		total += count;
		found += best.get(origin) ?? 0;
	}
	return { recall: total === 0 ? 1 : found / total, falseMerges };
}

/** Run the records step in a fresh child process on a folder; its time, peak memory and records. */
function runChild(folder: string, label: string): { seconds: number; peakMb: number; cluster: Cluster } {
	const out = join(folder, 'records.json');
	const result = spawnSync(process.execPath, [import.meta.filename, '--child', folder, '--out', out], {
		encoding: 'utf8',
		maxBuffer: 1 << 24,
	});
	if (result.status !== 0) throw new Error(`bench child failed for ${label}: ${result.stderr.trim().split('\n')[0]}`);
	const { seconds, peakMb } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { seconds: number; peakMb: number };
	return { seconds, peakMb, cluster: JSON.parse(readFileSync(out, 'utf8')) as Cluster };
}

/** The records step on one hostile article alone. */
function measureHostile(article: HostileArticle): { seconds: number; peakMb: number; outcome: string } {
	const folder = mkdtempSync(join(tmpdir(), 'chorus-bench-hostile-'));
	try {
		writeFileSync(join(folder, article.file), article.text);
		const { seconds, peakMb, cluster } = runChild(folder, article.attack);
		const skipped = cluster.skipped[0];
		const quotes = cluster.articles[0]?.quotes ?? [];
		const distinct = quotes.filter((quote) => quote.repeatOf === null).length;
		return { seconds, peakMb, outcome: skipped ? `skipped: ${skipped.problem}` : `${quotes.length} quotes, ${distinct} distinct` };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

function printHostile(): void {
	console.log('\nRecords step on each hostile article alone (scripts/lib/bench/hostile.ts)');
	console.log('| attack | KB | time (s) | peak memory (MB) | outcome |');
	console.log('|---|---:|---:|---:|---|');
	const runs = hostileArticles().map((article) => {
		const run = measureHostile(article);
		console.log(
			`| ${article.attack} | ${(article.text.length / 1024).toFixed(1)} | ${run.seconds.toFixed(2)} | ${run.peakMb.toFixed(0)} | ${run.outcome} |`,
		);
		return { ...run, attack: article.attack };
	});
	const slowest = runs.reduce((a, b) => (b.seconds > a.seconds ? b : a));
	const largest = runs.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
	console.log(
		`worst time ${slowest.seconds.toFixed(2)} s (${slowest.attack}); worst peak memory ${largest.peakMb.toFixed(0)} MB (${largest.attack})`,
	);
}

function measure(size: number): Run {
	const folder = mkdtempSync(join(tmpdir(), `chorus-bench-${size}-`));
	const articles = syntheticCluster(size);
	let words = 0;
	for (const article of articles) {
		writeFileSync(join(folder, article.file), article.text);
		words += article.text.split(/\s+/).length;
	}
	const { seconds, peakMb, cluster } = runChild(folder, `${size} articles`);
	const { recall, falseMerges } = score(cluster, new Map(articles.map((article) => [article.file, article.planted])));
	rmSync(folder, { recursive: true, force: true });
	return { articles: size, words, seconds, peakMb, recall, falseMerges, shared: cluster.sharedQuotes.length };
}

/**
 * Parse time of each generated article: the best of three parses, so a garbage-collection
 * pause is not counted against the article it fell in. The first parses warm the parser up.
 */
function parseTimes(count: number): { kb: number; ms: number }[] {
	const articles = sampleArticles(count).map((text) => new TextEncoder().encode(text));
	for (const bytes of articles.slice(0, 50)) parseArticle({ file: 'warm-up.txt', bytes });
	return articles.map((bytes) => {
		const runs = [0, 1, 2].map(() => {
			const started = performance.now();
			parseArticle({ file: 'news.txt', bytes });
			return performance.now() - started;
		});
		return { kb: bytes.length / 1024, ms: Math.min(...runs) };
	});
}

function printParseTimes(count: number): void {
	const times = parseTimes(count);
	const perKb = times.map((time) => ({ ...time, rate: time.ms / time.kb })).toSorted((a, b) => a.rate - b.rate);
	const median = perKb[Math.floor(perKb.length / 2)];
	const worst = perKb.at(-1);
	const slowest = times.toSorted((a, b) => a.ms - b.ms).at(-1);
	if (!median || !worst || !slowest) return;
	const total = times.reduce((sum, time) => sum + time.kb, 0);
	console.log(
		`Parse time over ${count} generated news articles (tests/helpers/news-articles.ts, seeded; ${(total / 1024).toFixed(1)} MB; best of 3 each)`,
	);
	console.log('| | ms per KB | article | ms |');
	console.log('|---|---:|---:|---:|');
	console.log(`| median | ${median.rate.toFixed(2)} | ${median.kb.toFixed(1)} KB | ${median.ms.toFixed(2)} |`);
	console.log(`| worst per KB | ${worst.rate.toFixed(2)} | ${worst.kb.toFixed(1)} KB | ${worst.ms.toFixed(2)} |`);
	console.log(`| slowest article | ${(slowest.ms / slowest.kb).toFixed(2)} | ${slowest.kb.toFixed(1)} KB | ${slowest.ms.toFixed(2)} |`);
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			child: { type: 'string' },
			out: { type: 'string' },
			sizes: { type: 'string' },
			generated: { type: 'string' },
			hostile: { type: 'boolean' },
			site: { type: 'string' },
		},
	});
	if (values.child && values.out) return await child(values.child, values.out);
	if (values.hostile) return printHostile();
	if (values.site) return benchSite(values.site.split(',').map(Number));
	printParseTimes(Number(values.generated ?? 2000));
	const sizes = values.sizes ? values.sizes.split(',').map(Number) : SIZES;
	console.log('\nRecords step on synthetic clusters (~500 words an article, planted shared quotes)');
	console.log('| articles | words | time (s) | peak memory (MB) | shared quotes | recall | false merges |');
	console.log('|---:|---:|---:|---:|---:|---:|---:|');
	const runs = sizes.map((size) => {
		const run = measure(size);
		console.log(
			`| ${run.articles} | ${run.words} | ${run.seconds.toFixed(2)} | ${run.peakMb.toFixed(0)} | ${run.shared} | ${run.recall.toFixed(3)} | ${run.falseMerges} |`,
		);
		return run;
	});
	const [, middle, last] = runs;
	if (middle && last)
		console.log(`time growth ${middle.articles} -> ${last.articles} articles: ${(last.seconds / middle.seconds).toFixed(1)}x`);
	printHostile();
	benchSite();
}

if (import.meta.main) {
	main().catch((error: unknown) => {
		console.error(`chorus bench: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	});
}
