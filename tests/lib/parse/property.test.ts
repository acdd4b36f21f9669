import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../../src/lib/parse/article.ts';
import { ArticleSchema } from '../../../src/lib/schema.ts';
import { expectAccountsForText } from '../../helpers/seeds.ts';

/** Fragments of real article furniture, so random texts hit the interesting rules. */
const fragments = [
	'',
	'',
	'Middle EastWar',
	'Putin orders partial withdrawal',
	'Elias Hubbard',
	'December 15, 2017',
	'https://example.com/a',
	'www.example.org',
	'Image: a caption',
	'Leave a Reply',
	'Related article: Something',
	'With reporting by AFP.',
	'“I order the defence minister,” Putin said.',
	"He said \"it is 'done' now",
	'the state-run RIA',
	'Novosti news agency as saying.',
	"’80s and Jones' and Russia’s",
	'# heading <script>alert(1)</script> [x](javascript:alert(1))',
	' \u00a0 ',
	'\t',
];

const articleText = fc
	.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), {
		maxLength: 30,
	})
	.chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));

describe('parseArticle (property)', () => {
	test('never throws, and kept plus removed lines account for every non-blank line', () => {
		fc.assert(
			fc.property(articleText, (text) => {
				const result = parseArticle({ file: 'random.txt', bytes: new TextEncoder().encode(text) });
				if (!result.ok) {
					expect(result.problem).not.toContain('\n');
					return;
				}
				expectAccountsForText(result.article, text);
			}),
			{ numRuns: 400 },
		);
	});
});

describe('parseArticle on large inputs', () => {
	test.each([
		['300,000 one-letter lines', 'a\n'.repeat(300_000)],
		['one 880 KB line of words', 'Alpha beta '.repeat(80_000)],
		['20,000 short quotes in one paragraph', 'He said "a b" '.repeat(20_000)],
	])(
		'reads %s into a valid record',
		(_name, text) => {
			const result = parseArticle({ file: 'large.txt', bytes: new TextEncoder().encode(text) });
			expect(result.ok).toBe(true);
			if (result.ok) expect(ArticleSchema.parse(result.article).paragraphs.length).toBeGreaterThan(0);
		},
		60_000,
	);
});
