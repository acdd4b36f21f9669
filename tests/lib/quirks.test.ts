/**
 * One article's quirk fails no one: an upper-case scheme, a very long file name or a very long
 * word give a valid article with bounded ids, and a record that fails validation across
 * articles is dropped with a one-line problem instead of ending the run.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { clusterFromOutcomes, keepValid } from '../../src/lib/cluster.ts';
import { idForText, slugFromFileName } from '../../src/lib/ids.ts';
import { parseArticle } from '../../src/lib/parse/article.ts';
import { findLinks } from '../../src/lib/parse/links.ts';
import { ArticleSchema } from '../../src/lib/schema.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const body = (extra: string) =>
	`Floods close the river road\n\nThe river road was closed on Monday after heavy rain, officials said. ${extra}\n\n“We will reopen it when the water falls,” said Ana Example, a council engineer.\n`;

/** Linux allows 255 bytes per path component; a page is `<id>/index.html` under a folder. */
const MAX_ID = 100;

describe('links', () => {
	test.each(['HTTP://EXAMPLE.COM/a', 'Https://example.com/b', 'hTtP://example.com/c'])(
		'an upper-case scheme is still a link: %s',
		(url) => {
			const [link] = findLinks(`see ${url} now`);
			expect(link?.url).toMatch(/^https?:\/\//);
			const result = parseArticle({ file: 'a.txt', bytes: encode(body(`See ${url} for more.`)) });
			expect(result.ok).toBe(true);
		},
	);
});

describe('ids are bounded', () => {
	test('a 251-character file name gives a short id, and names differing at the end stay apart', () => {
		const long = `${'river-road-closure-'.repeat(13)}`.slice(0, 247);
		const first = slugFromFileName(`${long}.txt`);
		const second = slugFromFileName(`${long.slice(0, -1)}x.txt`);
		expect(first.length).toBeLessThanOrEqual(MAX_ID);
		expect(first).not.toBe(second);
		expect(first).toMatch(/^[a-z0-9-]+$/);
	});

	test('every quote id of an article with a 251-character name is bounded', () => {
		const result = parseArticle({ file: `${'a'.repeat(247)}.txt`, bytes: encode(body('')) });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.id.length).toBeLessThanOrEqual(MAX_ID);
		for (const quote of result.article.quotes) expect(quote.id.length).toBeLessThanOrEqual(MAX_ID + 20);
	});

	test('a text of very long words gives a bounded id', () => {
		const id = idForText(`${'x'.repeat(5000)} ${'y'.repeat(5000)}`);
		expect(id.length).toBeLessThanOrEqual(MAX_ID);
		expect(id).not.toBe(idForText(`${'x'.repeat(5000)} ${'y'.repeat(4999)}z`));
	});
});

describe('keepValid', () => {
	test('keeps valid records and names each invalid one in one line', () => {
		const problems: string[] = [];
		const kept = keepValid(z.object({ text: z.string().min(1) }), [{ text: 'a' }, { text: '' }], 'shared quote', (line) =>
			problems.push(line),
		);
		expect(kept).toEqual([{ text: 'a' }]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).not.toContain('\n');
	});

	test('clusterFromOutcomes never throws on records that fail across articles', () => {
		const parsed = ['a.txt', 'b.txt'].map((file) => parseArticle({ file, bytes: encode(body('')) }));
		const outcomes = parsed.map((result, index) => ({ file: `${'ab'[index]}.txt`, result }));
		expect(() => clusterFromOutcomes(outcomes)).not.toThrow();
		expect(parsed.every((result) => !result.ok || ArticleSchema.safeParse(result.article).success)).toBe(true);
	});
});

describe('a quote repeated within one article', () => {
	test('each repeat keeps its place and speaker and points to the first quote of its words', () => {
		const text = `Floods close the pier\n\n“Stop the works,” said Ana Example, a council engineer. The crowd chanted “stop the works” and “stop the works!” at noon.\n`;
		const result = parseArticle({ file: 'a.txt', bytes: encode(text) });
		if (!result.ok) throw new Error(result.problem);
		const [first, ...repeats] = result.article.quotes;
		expect(first?.repeatOf).toBeNull();
		expect(first?.speaker?.name).toBe('Ana Example');
		expect(repeats).toHaveLength(2);
		const paragraph = result.article.paragraphs[0]!.text;
		for (const repeat of repeats) {
			expect(repeat.repeatOf).toBe(first?.id);
			expect(repeat.id).not.toBe(first?.id);
			expect(paragraph.slice(repeat.start, repeat.end)).toBe(repeat.text);
		}
		expect(new Set(repeats.map((repeat) => repeat.start)).size).toBe(2);
		expect(ArticleSchema.safeParse(result.article).success).toBe(true);
	});
});
