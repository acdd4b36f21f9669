/**
 * A folder's files -> the cluster record. Pure: the caller reads the files.
 */
import { hashText } from './text/hash.ts';
import { canonicalSpelling, findNameVariants } from './names/variants.ts';
import { formatOf, readArticlesSafely, UNKNOWN_FORMAT } from './formats/index.ts';
import type { ParseResult } from './parse/article.ts';
import { findPassages } from './reuse/passages.ts';
import type { SenseLookup } from './shared/compare.ts';
import { findQuoteGroups } from './shared/shared-quotes.ts';
import { withSelectors } from './shared/selectors.ts';
import { unifySpeakers } from './shared/speakers.ts';
import { z } from 'astro/zod';
import {
	AmbiguousFragmentSchema,
	NameVariantGroupSchema,
	PassageSchema,
	SharedQuoteSchema,
	type Article,
	type Cluster,
	type SkippedFile,
} from './schema.ts';
import { byCodePoint } from './text/order.ts';

/** One file as read from the articles folder. */
export interface InputFile {
	file: string;
	bytes: Uint8Array;
}

/**
 * Read every file in a format Chorus reads (.txt, .html/.htm, .jsonl, .json) into its
 * articles; every other file, and every file or record that cannot be an article, is listed in
 * `skipped` with a one-line problem. Then find what the articles share. Output does not
 * depend on the order the files are given in.
 */
export function buildCluster(files: readonly InputFile[], senses?: SenseLookup): Cluster {
	const outcomes = screenFiles(files).flatMap(({ input, problem }) =>
		(problem === null ? readArticlesSafely(input) : [{ ok: false, problem } as const]).map((result) => ({ file: input.file, result })),
	);
	return clusterFromOutcomes(outcomes, senses);
}

/** A file after screening: the problem that refuses it, or null when it is to be parsed. */
export interface ScreenedFile {
	input: InputFile;
	problem: string | null;
}

/**
 * Sort files by name and refuse, without parsing, each one that cannot be an article: in no
 * format Chorus reads, or the same bytes as a file before it.
 */
export function screenFiles(files: readonly InputFile[]): ScreenedFile[] {
	const contentOwner = new Map<string, string>();
	return files.toSorted((a, b) => byCodePoint(a.file, b.file)).map((input) => ({ input, problem: problemOf(input, contentOwner) ?? null }));
}

/** What became of one file, or of one record of a file that holds several: its article, or the one-line problem that keeps it out. */
export interface FileOutcome {
	file: string;
	result: ParseResult;
}

/**
 * The cluster from files already parsed (here, or in worker threads by the records script):
 * failures are skipped with their problem, an id taken twice stays with the first file by
 * name, then what the articles share. Output does not depend on the order of the outcomes.
 */
export function clusterFromOutcomes(outcomes: readonly FileOutcome[], senses?: SenseLookup, report: Report = () => {}): Cluster {
	const articles: Article[] = [];
	const skipped: SkippedFile[] = [];
	const idOwner = new Map<string, string>();
	for (const { file, result } of outcomes.toSorted((a, b) => byCodePoint(a.file, b.file))) {
		if (!result.ok) {
			skipped.push({ file, problem: result.problem });
			continue;
		}
		const owner = idOwner.get(result.article.id);
		if (owner) {
			skipped.push({ file, problem: `its id "${result.article.id}" is taken by ${owner}; rename one of them` });
			continue;
		}
		idOwner.set(result.article.id, file);
		articles.push(result.article);
	}
	return acrossArticles(articles, skipped, senses, report);
}

/** Where a problem found across articles is told, one line at a time. */
export type Report = (line: string) => void;

/**
 * The items that match the schema; each one that does not is reported in one line (its index
 * and first issue) and left out, so a record no single article could be blamed for never ends
 * the run with a validation dump.
 *
 * @example
 * keepValid(z.string().min(1), ['a', ''], 'passage', console.warn) // ['a'], after warning once
 */
export function keepValid<T extends z.ZodType>(schema: T, items: readonly unknown[], kind: string, report: Report): z.output<T>[] {
	const kept: z.output<T>[] = [];
	items.forEach((item, index) => {
		const result = schema.safeParse(item);
		if (result.success) kept.push(result.data);
		else {
			const [issue] = result.error.issues;
			report(`${kind} ${index + 1} left out: not a valid record (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'})`);
		}
	});
	return kept;
}

/** What the articles share: quotes, passages, name spellings. */
function acrossArticles(parsed: Article[], skipped: SkippedFile[], senses: SenseLookup | undefined, report: Report): Cluster {
	// A caption is the outlet's own text about the event, only not body: its spellings count.
	const names = parsed.flatMap((article) =>
		[
			article.headline,
			...article.paragraphs.map((paragraph) => paragraph.text),
			...article.removed.filter((line) => line.reason === 'caption').map((line) => line.text),
		].map((text) => ({ articleId: article.id, text })),
	);
	const nameVariants = findNameVariants(names);
	const articles = unifySpeakers(parsed, canonicalSpelling(nameVariants));
	const quotes = findQuoteGroups(articles, senses);
	// Articles were validated one by one as they were parsed; validating the whole cluster
	// again would hold a second copy of every record in memory at once.
	return {
		version: 1,
		articles,
		skipped,
		sharedQuotes: keepValid(SharedQuoteSchema, withSelectors(quotes.sharedQuotes, articles), 'shared quote', report),
		passages: keepValid(PassageSchema, findPassages(articles), 'passage', report),
		nameVariants: keepValid(NameVariantGroupSchema, nameVariants, 'name variant group', report),
		fragments: keepValid(AmbiguousFragmentSchema, quotes.fragments, 'ambiguous fragment', report),
	};
}

function problemOf(input: InputFile, contentOwner: Map<string, string>): string | undefined {
	if (formatOf(input.file) === undefined) return UNKNOWN_FORMAT;
	const digest = `${input.bytes.length}:${hashText(new TextDecoder('latin1').decode(input.bytes))}`;
	const twin = contentOwner.get(digest);
	if (twin) return `identical to ${twin}; read once`;
	contentOwner.set(digest, input.file);
	return undefined;
}
