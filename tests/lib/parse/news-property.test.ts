import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { createParsePool } from '../../../scripts/parse-pool.ts';
import { PARTICIPLES, SPEECH_VERBS } from '../../../src/lib/quotes/lexicon.ts';
import { QUOTE_STYLES, newsArticle, sampleArticles } from '../../helpers/news-articles.ts';
import { expectAccountsForText } from '../../helpers/seeds.ts';

/** FC_NUM_RUNS=10000 for the full run (see README); the default keeps `npm test` quick. */
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 500);
/**
 * Most time one generated article (0.1 to 4 KB) may take to parse, in the worker. Measured over
 * 10,000 on a shared 2-core machine: median 2 ms, 99th percentile 5 ms, worst 23 ms; the rest
 * is headroom for a loaded CI machine.
 */
const BOUND_MS = 200;

describe('parseArticle on generated news articles (property)', () => {
	// Parsed in a worker thread, as the build does: a parse that hangs is stopped after 2 s and
	// fails the property instead of stalling the test run.
	const pool = createParsePool({ size: 1, budgetMs: 2_000 });
	afterAll(() => pool.close());

	test(
		`parses each within ${BOUND_MS} ms, never throws, and kept plus removed lines cover every non-blank line`,
		async () => {
			await fc.assert(
				fc.asyncProperty(newsArticle, async (text) => {
					const { results, ms } = await pool.parse({ file: 'news.txt', bytes: new TextEncoder().encode(text) });
					const [result] = results;
					if (!result?.ok) throw new Error(`not parsed: ${result?.problem}`);
					expect(ms).toBeLessThan(BOUND_MS);
					expectAccountsForText(result.article, text);
				}),
				// No shrinking: each smaller candidate that hangs would cost the whole 2 s again.
				{ numRuns, endOnFailure: true },
			);
		},
		Math.max(60_000, numRuns * 100),
	);
});

describe('newsArticle (the generator)', () => {
	const corpus = sampleArticles(3_000).join('\n');
	const has = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'u').test(corpus);

	test('uses every speech verb and participle of the lexicon', () => {
		expect([...SPEECH_VERBS, ...PARTICIPLES].filter((word) => !has(word))).toEqual([]);
	});

	test.each(['has been told', 'was quoted as saying', 'will be cited as saying', 'had been asked', 'have been told', 'according to'])(
		'writes `%s`',
		(phrase) => {
			expect(has(phrase)).toBe(true);
		},
	);

	test('opens quotes in every style', () => {
		expect(QUOTE_STYLES.filter(([open]) => !corpus.includes(`${open}We `) && !corpus.includes(`${open}I `))).toEqual([]);
	});
});
