/**
 * Articles as data sets and news APIs export them: `.jsonl` (one JSON object per line) and
 * `.json` (an array of objects, or one object). Each record becomes its own article, with an
 * id from the file name and its line (JSONL) or position (JSON). A record that is not valid
 * is skipped with a problem naming its line; the others are read.
 */
import { z } from 'astro/zod';
import { articleFromText, type ParseResult } from '../parse/article.ts';
import { decodeText } from '../parse/decode.ts';
import { httpUrl, isoDay } from './html-meta.ts';

const text = z.string().trim().min(1);

/**
 * One article in a JSON or JSON Lines file. `text` is the body as plain text (paragraphs
 * separated by a blank line), or `paragraphs` gives them one by one; other fields are ignored.
 */
export const JsonArticleSchema = z
	.object({
		title: text.describe('the headline'),
		text: text.optional().describe('the body as plain text; paragraphs separated by a blank line'),
		paragraphs: z.array(z.string()).min(1).optional().describe('the body, one paragraph per item'),
		url: z.string().optional().describe("the address of the outlet's own page; kept only when http(s)"),
		outlet: text.optional().describe('who published it'),
		byline: text.optional().describe('who wrote it'),
		published: z.string().optional().describe('publication date, ISO 8601 (`2017-12-11` or `2017-12-11T10:00:00Z`)'),
		language: text.optional().describe('a language tag such as `en`'),
	})
	.refine((record) => record.text !== undefined || record.paragraphs !== undefined, { message: 'needs "text" or "paragraphs"' });

/** One JSON article record, as read. */
export type JsonArticle = z.output<typeof JsonArticleSchema>;

/** The id of the n-th record of a file: the file's id and the record's number. */
function recordId(fileId: string, n: number): string {
	return `${fileId}-${n}`;
}

/**
 * Every record of a JSON Lines or JSON file, each an article or a one-line problem naming the
 * line it is on. Blank lines of a JSONL file are no records.
 *
 * @example
 * readJsonRecords('a.jsonl', 'a', '{"title":"T","text":"Body."}\nnot json\n')
 * // [{ ok: true, article: { id: 'a-1', … } }, { ok: false, problem: 'line 2: not valid JSON (…)' }]
 */
export function readJsonRecords(file: string, fileId: string, source: string, lines: boolean): ParseResult[] {
	const records = lines ? jsonLines(source) : jsonArray(source);
	if (records.length === 0) return [{ ok: false, problem: 'no records: the file holds no JSON object' }];
	return records.map(({ line, n, value, problem }) => {
		const where = lines ? `line ${line}` : `record ${n} (line ${line})`;
		if (problem !== undefined) return { ok: false, problem: `${where}: ${problem}` };
		const parsed = JsonArticleSchema.safeParse(value);
		if (!parsed.success) {
			const [issue] = parsed.error.issues;
			return { ok: false, problem: `${where}: not an article (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'})` };
		}
		const result = fromRecord(file, recordId(fileId, n), parsed.data);
		return result.ok ? result : { ok: false, problem: `${where}: ${result.problem}` };
	});
}

interface RawRecord {
	line: number;
	n: number;
	value?: unknown;
	problem?: string;
}

function jsonLines(source: string): RawRecord[] {
	const records: RawRecord[] = [];
	source.split('\n').forEach((raw, index) => {
		if (raw.trim() === '') return;
		const n = index + 1;
		try {
			records.push({ line: n, n, value: JSON.parse(raw) });
		} catch (error) {
			records.push({ line: n, n, problem: syntaxProblem(error) });
		}
	});
	return records;
}

/** JSON.parse's complaint in one line, without its own line and column (they count from the record, not the file). */
function syntaxProblem(error: unknown): string {
	const message = error instanceof Error ? error.message.replace(/\s*\(line \d+ column \d+\)/u, '') : 'syntax error';
	return `not valid JSON (${message.replace(/\s+/gu, ' ').trim()})`;
}

function jsonArray(source: string): RawRecord[] {
	let value: unknown;
	try {
		value = JSON.parse(source);
	} catch (error) {
		return [{ line: 1, n: 1, problem: syntaxProblem(error) }];
	}
	const items = Array.isArray(value) ? value : [value];
	const starts = recordLines(source, items.length);
	return items.map((item, index) => ({ line: starts[index] ?? 1, n: index + 1, value: item }));
}

/** The line each top-level object of a JSON array starts on (the first `{` at depth one), for messages. */
function recordLines(source: string, count: number): number[] {
	const lines: number[] = [];
	let depth = 0;
	let line = 1;
	let inString = false;
	for (let index = 0; index < source.length && lines.length < count; index++) {
		const char = source[index];
		if (char === '\n') line++;
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') {
			if (char === '{' && depth === 1) lines.push(line);
			depth++;
		} else if (char === '}' || char === ']') depth--;
	}
	return lines;
}

function fromRecord(file: string, id: string, record: JsonArticle): ParseResult {
	const body = record.paragraphs
		? record.paragraphs.map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim()).join('\n\n')
		: (record.text ?? '');
	return articleFromText({
		file,
		id,
		text: body.replace(/\r\n?/gu, '\n'),
		known: {
			headline: record.title.replace(/\s+/gu, ' '),
			outlet: record.outlet,
			byline: record.byline,
			date: isoDay(record.published),
			url: httpUrl(record.url),
			language: record.language,
		},
	});
}

/**
 * The bytes of a `.jsonl` or `.json` file -> its articles and problems.
 *
 * @example
 * readJsonFile({ file: 'a.jsonl', bytes }, 'a', true) // [{ ok: true, article: { id: 'a-1', … } }, …]
 */
export function readJsonFile(input: { file: string; bytes: Uint8Array }, fileId: string, lines: boolean): ParseResult[] {
	const decoded = decodeText(input.bytes);
	if (!decoded.ok) return [decoded];
	if (decoded.text.trim() === '') return [{ ok: false, problem: 'file is empty' }];
	return readJsonRecords(input.file, fileId, decoded.text, lines);
}
