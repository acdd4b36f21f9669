/**
 * `npm test`: records from seeds/, `astro check`, Prettier's check, then every vitest suite (tests/lib, tests/site,
 * tests/e2e). Every step runs even when an earlier one failed, so one run shows every problem.
 * The last line is always `N passed, N failed` (vitest's test counts, plus one failure per
 * failed step); the exit code is non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const records = 'src/generated/records.json';
const chromium = '/usr/bin/chromium';
// The CLIs run on this same Node (22, from the `node` devDependency), also when this file is
// started directly with `node scripts/test.ts` rather than through npm.
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const vitest = join('node_modules', 'vitest', 'vitest.mjs');

/** The counts vitest's json reporter writes. */
interface VitestSummary {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests?: number;
	numTodoTests?: number;
	success?: boolean;
}

/** Run one step with inherited output; true when it exits 0. */
function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
	console.log(`\n> ${title}: ${[command === process.execPath ? 'node' : command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.error) console.error(`test: ${title} could not start: ${result.error.message}`);
	return result.status === 0;
}

/** Read vitest's json report; null when vitest crashed before writing one. */
function readSummary(file: string): VitestSummary | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as VitestSummary;
	} catch {
		return null;
	}
}

function main(): number {
	// The browser test needs Debian's Chromium; say so at once rather than skip it.
	if (!existsSync(chromium)) {
		console.error('Chromium is missing: apt-get install -y chromium');
		return 1;
	}
	let failedSteps = 0;
	if (!step('records', 'npm', ['run', '--silent', 'records', '--', '--out', records])) failedSteps++;
	if (!step('type check', process.execPath, [astro, 'check'])) failedSteps++;
	if (!step('format check', 'npm', ['run', '--silent', 'lint'])) failedSteps++;

	// Kept after the run (tests/output/ is gitignored), so the path vitest prints stays valid.
	mkdirSync('tests/output', { recursive: true });
	const report = join('tests', 'output', 'vitest.json');
	rmSync(report, { force: true }); // a report left by an earlier run must not count for this one
	const vitestOk = step(
		'vitest',
		process.execPath,
		[vitest, 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
		// The records just written are what global-setup builds the site from.
		{ ...process.env, CHORUS_RECORDS: existsSync(records) ? records : '' },
	);
	const summary = readSummary(report);

	const passed = summary?.numPassedTests ?? 0;
	// A vitest run that fails outside any test (a suite that cannot load, no report) still fails.
	const outsideTests = !vitestOk && (summary === null || summary.numFailedTests === 0) ? 1 : 0;
	const failed = (summary?.numFailedTests ?? 0) + outsideTests + failedSteps;
	const skipped = (summary?.numPendingTests ?? 0) + (summary?.numTodoTests ?? 0);
	console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
	return failed === 0 && vitestOk ? 0 : 1;
}

process.exitCode = main();
