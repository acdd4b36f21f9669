/** Test helpers: read the seed articles and parse them once. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/lib/parse/article.ts';
import type { Article } from '../../src/lib/schema.ts';

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
