/**
 * Build the seed site into dist/ once, before any site or browser test.
 * Records come from CHORUS_RECORDS when set (scripts/test.ts has just written them), else
 * `npm run records` writes them from seeds/ into tests/output/records.json first.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildRecords, buildSite, distDir, outputDir, repoRoot } from './helpers.ts';

declare module 'vitest' {
	interface ProvidedContext {
		/** The records file dist/ was built from. */
		recordsPath: string;
	}
}

export default function setup(project: TestProject): void {
	mkdirSync(outputDir, { recursive: true });
	let records = process.env['CHORUS_RECORDS'];
	if (!records) {
		records = join(outputDir, 'records.json');
		buildRecords(join(repoRoot, 'seeds'), records);
	}
	buildSite({ records, outDir: distDir });
	project.provide('recordsPath', resolve(repoRoot, records));
}
