import { afterAll, describe, expect, test } from 'vitest';
import { createParsePool } from '../../../scripts/parse-pool.ts';

/**
 * Hostile shapes of text that once made a pass quadratic (or worse) in its length. At these
 * sizes each took from ten seconds to minutes; in linear time each takes well under a second.
 * Parsed in a worker, so a regression fails at the budget instead of stalling the run.
 */
const BOUND_MS = 5_000;

const paragraphs = (count: number, text: string) => `A Headline\n\n${Array.from({ length: count }, () => text).join('\n\n')}`;

describe('parseArticle in bounded time', () => {
	const pool = createParsePool({ size: 2, budgetMs: 2 * BOUND_MS });
	afterAll(() => pool.close());

	test.each([
		['a quote ending in a long run of punctuation', `A Headline\n\nHe said “a${'!'.repeat(200_000)}b`],
		['a link ending in a long run of dots', `A Headline\n\nBody text.\n\nSee https://example.com/${'.'.repeat(200_000)}x here.`],
		['a copyright line with a long run of dots', `A Headline\n\nBody text.\n\nCopyright ${'.'.repeat(200_000)}x`],
		['thousands of opening marks that never close', `A Headline\n\n${'«a '.repeat(70_000)}`],
		['thousands of opening marks and closing marks of another kind', `A Headline\n\n${'«a '.repeat(30_000)}${'x” '.repeat(30_000)}`],
		['a paragraph of full stops without words', `A Headline\n\nBody.\n\n${'. '.repeat(100_000)}x`],
		['quotes after chains of participles', paragraphs(5, 'adding “a” '.repeat(440))],
		['pronoun quotes among many unmarked names', paragraphs(80, 'Tomas Verhoef met Ilse Brennick. “We won,” he said. '.repeat(115))],
		[
			'role quotes among many titled names',
			paragraphs(80, 'Tomas Verhoef met Ilse Brennick. “We won,” the big president said. '.repeat(85)),
		],
	])('reads %s', async (_name, text) => {
		const { results, ms } = await pool.parse({ file: 'hostile.txt', bytes: new TextEncoder().encode(text) });
		expect(results.map((result) => (result.ok ? 'parsed' : result.problem))).toEqual(['parsed']);
		expect(ms).toBeLessThan(BOUND_MS);
	});
});
