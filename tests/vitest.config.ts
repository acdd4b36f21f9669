/**
 * Vitest for Chorus. Three projects:
 * - lib:  unit tests of src/lib (tests/lib), of the site layer src/site (tests/site-layer) and of
 *         the scripts' helpers scripts/lib (tests/scripts), files run in parallel;
 * - site: tests/site and tests/e2e, one file at a time (they run astro builds and a browser)
 *         after tests/site/global-setup.ts has built the seed site into dist/ once;
 * - hostile: tests/hostile, the scripts (server, records step) fed hostile requests and folders
 *         they build themselves in temporary folders (symlinks and FIFOs are made at test time).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'lib',
					include: ['tests/lib/**/*.test.ts', 'tests/site-layer/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: { name: 'hostile', include: ['tests/hostile/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/site/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// Browser polls wait for debounced input and a first fetch; on a loaded 2-core CI
					// machine vitest's default of one second is too tight.
					expect: { poll: { timeout: 10_000, interval: 50 } },
				},
			},
		],
	},
});
