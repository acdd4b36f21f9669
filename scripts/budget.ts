/**
 * `npm run budget`: gzip size of each page type's HTML + CSS + JS in the built site, as a
 * table; exits 1 when any page type is over 50 KB. Reads dist/ (CHORUS_OUT_DIR) under
 * BASE_PATH; `--dir DIR` and `--base PATH` override. The judging is in scripts/lib/budget.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { assetPaths, budgetRows, formatBudget, pageTypeOf, type BudgetRow, type PageWeight } from './lib/budget.ts';
import { normaliseBase } from '../src/site/urls.ts';

/** Measure every page of a built site and return the report rows. */
export function measureSite(dir: string, base: string): BudgetRow[] {
	const gzipped = new Map<string, number>();
	const size = (path: string) => {
		if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(join(dir, path))).length);
		return gzipped.get(path)!;
	};
	const weights: PageWeight[] = [];
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = relative(dir, join(dir, file)).split(sep).join('/');
		const type = pageTypeOf(path);
		if (type === null) continue;
		const assets = assetPaths(readFileSync(join(dir, path), 'utf8'), base);
		const sum = (paths: string[]) => paths.reduce((total, asset) => total + size(asset), 0);
		weights.push({ type, path, html: size(path), css: sum(assets.css), js: sum(assets.js) });
	}
	return budgetRows(weights);
}

function main(args: string[]): number {
	const option = (name: string) => {
		const at = args.indexOf(name);
		return at >= 0 ? args[at + 1] : undefined;
	};
	const dir = option('--dir') ?? process.env['CHORUS_OUT_DIR'] ?? 'dist';
	const base = normaliseBase(option('--base') ?? process.env['BASE_PATH']);
	let rows: BudgetRow[];
	try {
		rows = measureSite(dir, base);
	} catch (error) {
		console.error(`budget: cannot read ${dir}: ${(error as Error).message} (run \`npm run build\` first)`);
		return 1;
	}
	if (rows.length === 0) {
		console.error(`budget: no pages in ${dir} (run \`npm run build\` first)`);
		return 1;
	}
	console.log(formatBudget(rows));
	const over = rows.filter((row) => !row.ok);
	if (over.length > 0) console.error(`budget: over the limit: ${over.map((row) => row.type).join(', ')}`);
	return over.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
