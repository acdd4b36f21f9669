/**
 * Input formats: which adapter reads a file, chosen by its extension. Every adapter turns one
 * file into articles of the same record shape (a JSON Lines file may hold many), or into
 * one-line problems.
 */
import { slugFromFileName } from '../ids.ts';
import { MAX_ARTICLE_BYTES, parseArticle, tooLargeProblem, type ParseResult } from '../parse/article.ts';
import { readHtmlFile } from './html.ts';
import { readJsonFile } from './json.ts';

/** The formats Chorus reads. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = { txt: 'text', html: 'html', htm: 'html', json: 'json', jsonl: 'jsonl' };

/**
 * The format of a file, from its extension (any case), or undefined when Chorus does not read it.
 *
 * @example
 * formatOf('story.HTM') // 'html'
 * formatOf('notes.md') // undefined
 */
export function formatOf(file: string): InputFormat | undefined {
	const extension = /\.([^.]+)$/u.exec(file)?.[1]?.toLowerCase();
	return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** The one-line problem of a file in no format Chorus reads. */
export const UNKNOWN_FORMAT = 'not an article file; Chorus reads .txt, .html/.htm, .jsonl and .json';

/**
 * Read one file with the adapter its extension names: one result per article (or per bad
 * record, with its line), at least one.
 *
 * @example
 * readArticles({ file: 'a.txt', bytes: new TextEncoder().encode('Title\n\nBody text.') }) // [{ ok: true, article: { id: 'a', … } }]
 */
export function readArticles(input: { file: string; bytes: Uint8Array }): ParseResult[] {
	const format = formatOf(input.file);
	if (format === undefined) return [{ ok: false, problem: UNKNOWN_FORMAT }];
	if (input.bytes.length > MAX_ARTICLE_BYTES) return [{ ok: false, problem: tooLargeProblem(input.bytes.length) }];
	const id = slugFromFileName(input.file);
	if (format === 'html') return [readHtmlFile(input, id)];
	if (format === 'json' || format === 'jsonl') return readJsonFile(input, id, format === 'jsonl');
	return [parseArticle(input)];
}

/**
 * readArticles, with an unexpected failure turned into the file's one-line problem: one bad
 * file must not stop the build.
 *
 * @example
 * readArticlesSafely({ file: 'a.txt', bytes: new Uint8Array() }) // [{ ok: false, problem: 'file is empty' }]
 */
export function readArticlesSafely(input: { file: string; bytes: Uint8Array }): ParseResult[] {
	try {
		return readArticles(input);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return [{ ok: false, problem: `could not be parsed (${message.replace(/\s+/gu, ' ').trim()})` }];
	}
}
