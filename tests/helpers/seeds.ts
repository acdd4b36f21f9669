/** Test helpers: read the seed articles and parse them once. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/lib/parse/article.ts';
import { ArticleSchema, type Article } from '../../src/lib/schema.ts';
import { expect } from 'vitest';

export const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The seed files as the build reads them. */
export function seedFiles(): { file: string; bytes: Uint8Array }[] {
	return readdirSync(seedsDir)
		.toSorted()
		.map((file) => ({ file, bytes: readFileSync(seedsDir + file) }));
}

/** Parse the seed whose file name starts with `prefix` (e.g. '002'). */
export function seedArticle(prefix: string): Article {
	const input = seedFiles().find((candidate) => candidate.file.startsWith(prefix));
	if (!input) throw new Error(`no seed ${prefix}`);
	const result = parseArticle(input);
	if (!result.ok) throw new Error(result.problem);
	return result.article;
}

/** The non-blank line numbers of a text. */
export function nonBlankLines(text: string): number[] {
	return text.split(/\r\n|\r|\n/).flatMap((line, index) => (/^[\s\u200b]*$/.test(line) ? [] : [index + 1]));
}

/**
 * The parser's invariants on one article: it matches ArticleSchema, its kept and removed lines
 * are exactly the source's non-blank lines, and every quote's text is its span of its paragraph.
 */
export function expectAccountsForText(article: Article, text: string): void {
	ArticleSchema.parse(article);
	const kept = article.paragraphs.flatMap((paragraph) => paragraph.lines);
	const removed = article.removed.map((line) => line.line);
	expect([...kept, ...removed].toSorted((a, b) => a - b)).toEqual(nonBlankLines(text));
	for (const quote of article.quotes) {
		expect(article.paragraphs[quote.paragraph]?.text.slice(quote.start, quote.end)).toBe(quote.text);
	}
}
