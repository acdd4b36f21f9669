/**
 * The whole-site benchmark (`npm run bench` runs it after the records tables; alone:
 * `node scripts/bench-site.ts --sizes 100,1000`): for synthetic clusters of 100, 1,000 and
 * 5,000 articles, time the records step, `astro check` and `astro build` into a temporary
 * folder, each in its own process with its peak memory (GNU time's maximum resident set), then
 * count the pages, the size of the built site and the heaviest page of each type (gzip, with
 * its CSS and JS, as `npm run budget` weighs it). Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticCluster } from './lib/bench/synthetic.ts';
import { formatBudget } from './lib/budget.ts';
import { measureSite } from './budget.ts';

const SIZES = [100, 1000, 5000];
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

/** One timed step: seconds and peak resident memory in MB. */
interface Step {
	seconds: number;
	peakMb: number;
}

/** Run a node command under GNU time; throws with its output when it fails. */
function timed(args: string[], env: NodeJS.ProcessEnv): Step {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0)
		throw new Error(`${args.join(' ')} failed:\n${(result.stdout ?? '').slice(-2000)}\n${(result.stderr ?? '').slice(-2000)}`);
	const kb = Number(/(\d+)\s*$/u.exec(result.stderr ?? '')?.[1] ?? 0);
	return { seconds, peakMb: kb / 1024 };
}

/** Every file under a folder: how many HTML pages, and the bytes of all files. */
function countDist(dir: string): { pages: number; bytes: number } {
	let pages = 0;
	let bytes = 0;
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stats = statSync(join(dir, file));
		if (!stats.isFile()) continue;
		bytes += stats.size;
		if (file.endsWith('.html')) pages++;
	}
	return { pages, bytes };
}

/** Build the site of one synthetic cluster and print what it cost. */
function benchSize(size: number): { size: number; total: number; peakMb: number } {
	const work = mkdtempSync(join(tmpdir(), `chorus-site-${size}-`));
	try {
		const seeds = join(work, 'seeds');
		const records = join(work, 'records.json');
		const out = join(work, 'dist');
		spawnSync('mkdir', ['-p', seeds]);
		for (const article of syntheticCluster(size)) writeFileSync(join(seeds, article.file), article.text);
		const env = { ...process.env, CHORUS_RECORDS: records, CHORUS_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
		const steps: [string, Step][] = [
			['records', timed(['scripts/build-records.ts', '--seeds', seeds, '--out', records], env)],
			['check', timed([astro, 'check'], env)],
			['build', timed([astro, 'build'], env)],
		];
		const total = steps.reduce((sum, [, step]) => sum + step.seconds, 0);
		const peakMb = Math.max(...steps.map(([, step]) => step.peakMb));
		const { pages, bytes } = countDist(out);
		const recordsMb = readFileSync(records).length / 2 ** 20;
		console.log(`\n${size.toLocaleString('en')} articles (records ${recordsMb.toFixed(1)} MB)`);
		console.log('| step | time (s) | peak memory (MB) |');
		console.log('|---|---:|---:|');
		for (const [name, step] of steps) console.log(`| ${name} | ${step.seconds.toFixed(1)} | ${step.peakMb.toFixed(0)} |`);
		console.log(`| all | ${total.toFixed(1)} | ${peakMb.toFixed(0)} |`);
		console.log(`pages ${pages.toLocaleString('en')}, dist/ ${(bytes / 2 ** 20).toFixed(1)} MB; heaviest page of each type (gzip):`);
		console.log(formatBudget(measureSite(out, '/')));
		return { size, total, peakMb };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** Bench every size and print the growth in time between the last two. */
export function benchSite(sizes: readonly number[] = SIZES): void {
	console.log('\nWhole site from synthetic clusters: records, astro check, astro build');
	const runs = sizes.map(benchSize);
	const [previous, last] = runs.slice(-2);
	if (previous && last && previous !== last)
		console.log(
			`\ntime growth ${previous.size.toLocaleString('en')} -> ${last.size.toLocaleString('en')} articles: ${(last.total / previous.total).toFixed(1)}x`,
		);
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
	benchSite(values.sizes ? values.sizes.split(',').map(Number) : SIZES);
}
