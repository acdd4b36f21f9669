/**
 * The eval table may not get worse: every figure of every cluster stays at or above the floor
 * set from it (tests/eval-floors.json). Raise a floor when a change lifts a figure for good.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { CORPORA, evaluate, evalTargets, pooled, type EvalRow } from '../../../scripts/eval.ts';
import type { Ratio } from '../../../src/lib/eval/score.ts';

type Metric = 'furniture' | 'body' | 'quoteRecall' | 'quotePrecision' | 'speakers' | 'pairPrecision' | 'pairRecall' | 'passages' | 'names';
const floors = JSON.parse(readFileSync('tests/eval-floors.json', 'utf8')) as Record<string, Partial<Record<Metric, number>>>;
const haveCorpora = existsSync(CORPORA);

function share(ratio: Ratio): number {
	return ratio.total === 0 ? 1 : ratio.hits / ratio.total;
}

describe('npm run eval', () => {
	const rows = new Map<string, EvalRow>();
	beforeAll(async () => {
		const scored = await Promise.all(evalTargets().map((target) => evaluate(target)));
		for (const row of [...scored, pooled(scored)]) rows.set(row.name, row);
	}, 120_000);

	test('scores the seeds against their gold', () => {
		expect(rows.get('seeds')?.quoteRecall.total).toBeGreaterThan(0);
	});

	test.skipIf(!haveCorpora)(`scores every development cluster (needs ${CORPORA}, absent in this checkout)`, () => {
		for (const name of Object.keys(floors)) if (name !== 'all' || haveCorpora) expect(rows.has(name), name).toBe(true);
	});

	test.each(Object.entries(floors).filter(([name]) => name === 'seeds' || haveCorpora))(
		'%s stays at or above its floors',
		(name, floor) => {
			const row = rows.get(name);
			if (!row) throw new Error(`${name}: not scored`);
			for (const [metric, minimum] of Object.entries(floor) as [Metric, number][]) {
				expect(share(row[metric]), `${name} ${metric}`).toBeGreaterThanOrEqual(minimum);
			}
		},
	);
});
