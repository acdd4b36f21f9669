/**
 * One file's bytes -> one validated Article record, or a one-line problem.
 * The pipeline is a unified processor: plain text -> mdast paragraphs -> furniture set
 * aside -> hard wraps joined -> sentences; quotes and links are read off the result.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { slugFromFileName } from '../ids.ts';
import { ArticleSchema, type Article, type Link, type Outlet, type Paragraph, type RemovedLine } from '../schema.ts';
import { decodeText } from './decode.ts';
import { removeFurniture } from './furniture.ts';
import { findLinks } from './links.ts';
import { joinParagraphs } from './paragraphs.ts';
import { plainTextParse } from './plain-text.ts';
import { quotesOf } from './quote-records.ts';
import { attachSentences } from './sentences.ts';
import { linesOf, paragraphsOf, textOf } from './tree.ts';

/** Articles larger than this are refused: no news article is this long, and pages must stay light. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * The one-line problem of a file over the size limit.
 *
 * @example
 * tooLargeProblem(5_000_000) // 'file is 5.0 MB; articles over 1 MB are not read'
 */
export function tooLargeProblem(bytes: number): string {
	return `file is ${(bytes / 1e6).toFixed(1)} MB; articles over ${MAX_ARTICLE_BYTES / 1e6} MB are not read`;
}

/**
 * The one-line problem of a file whose parse overran its time budget.
 *
 * @example
 * slowProblem(5_000) // 'took longer than 5 s to parse; skipped'
 */
export function slowProblem(budgetMs: number): string {
	return `took longer than ${budgetMs / 1000} s to parse; skipped`;
}

/** An Article, or the reason the file cannot be one. */
export type ParseResult = { ok: true; article: Article } | { ok: false; problem: string };

const processor = unified().use(plainTextParse).use(removeFurniture).use(joinParagraphs).use(attachSentences).freeze();

/**
 * Parse one plain-text article.
 *
 * @example
 * parseArticle({ file: 'a.txt', bytes: new TextEncoder().encode('Title\n\nBody text.') })
 * // { ok: true, article: { id: 'a', headline: 'Title', paragraphs: [{ text: 'Body text.', … }], … } }
 */
export function parseArticle(input: { file: string; bytes: Uint8Array }): ParseResult {
	if (input.bytes.length > MAX_ARTICLE_BYTES) return { ok: false, problem: tooLargeProblem(input.bytes.length) };
	const decoded = decodeText(input.bytes);
	if (!decoded.ok) return decoded;
	if (decoded.text.length === 0) return { ok: false, problem: 'file is empty' };
	if (decoded.text.trim().length === 0) return { ok: false, problem: 'file holds only whitespace' };
	return articleFromText({ file: input.file, id: slugFromFileName(input.file), text: decoded.text });
}

/** What an input format already knows about an article before its text is read: it outranks what the text says. */
export interface KnownMetadata {
	headline?: string | undefined;
	outlet?: string | undefined;
	byline?: string | undefined;
	date?: string | undefined;
	url?: string | undefined;
	language?: string | undefined;
}

/** One article's text as an input format hands it over, with what the format knows and what it set aside. */
export interface ArticleText {
	file: string;
	id: string;
	text: string;
	known?: KnownMetadata;
	removed?: RemovedLine[];
}

/**
 * Run an article's text through the plain-text pipeline (furniture, paragraphs, sentences,
 * quotes) into a validated record. Metadata the format knows wins over what the text says;
 * a known headline also keeps the first paragraph from being read as one.
 *
 * @example
 * articleFromText({ file: 'a.jsonl', id: 'a-1', text: 'Body text.', known: { headline: 'Title' } })
 * // { ok: true, article: { id: 'a-1', headline: 'Title', paragraphs: [{ text: 'Body text.', … }], … } }
 */
export function articleFromText({ file: name, id, text, known = {}, removed = [] }: ArticleText): ParseResult {
	const file = new VFile({ path: name, value: text });
	if (known.headline) file.data.headline = known.headline;
	const tree: Root = processor.runSync(processor.parse(file), file);
	const paragraphs = toParagraphs(tree);
	if (paragraphs.length === 0) return { ok: false, problem: 'no article text: every line looks like page furniture' };

	const links = findLinks(text);
	const headline = file.data.headline;
	const record = ArticleSchema.safeParse({
		id,
		file: name,
		headline: headline ?? headlineFromLead(paragraphs[0]?.text ?? ''),
		headlineDerived: headline === undefined,
		outlet: known.outlet ? { name: known.outlet, evidence: 'metadata' } : (file.data.outlet ?? outletFromLinks(links)),
		byline: known.byline ?? file.data.byline ?? null,
		date: known.date ?? file.data.date ?? null,
		...(known.url ? { url: known.url } : {}),
		...(known.language ? { language: known.language } : {}),
		section: file.data.sectionLabels ?? [],
		paragraphs,
		quotes: quotesOf(id, paragraphs),
		links,
		removed: [...removed, ...(file.data.removed ?? [])].toSorted((a, b) => a.line - b.line),
		wordCount: paragraphs.reduce((sum, paragraph) => sum + paragraph.text.split(' ').length, 0),
	});
	if (record.success) return { ok: true, article: record.data };
	const [issue] = record.error.issues;
	return { ok: false, problem: `could not make a valid record (${issue?.path.join('.')}: ${issue?.message})` };
}

/**
 * parseArticle, with an unexpected failure turned into the file's one-line problem rather than
 * thrown: one bad file must not stop the build.
 *
 * @example
 * parseArticleSafely({ file: 'a.txt', bytes: new Uint8Array() }) // { ok: false, problem: 'file is empty' }
 */
export function parseArticleSafely(input: { file: string; bytes: Uint8Array }): ParseResult {
	try {
		return parseArticle(input);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, problem: `could not be parsed (${message.replace(/\s+/gu, ' ').trim()})` };
	}
}

function toParagraphs(tree: Root): Paragraph[] {
	return paragraphsOf(tree).map((node) => ({
		text: textOf(node),
		lines: linesOf(node).map((line) => line.line),
		sentences: node.data?.sentences ?? [],
	}));
}

/** Words a derived headline should not end on: it would read as cut mid-phrase. */
const DANGLING =
	/^(?:a|an|the|and|or|but|of|to|in|on|at|by|for|from|with|as|during|after|before|into|over|that|which|who|where|while|his|her|its|their)$/i;

/**
 * A headline for an article that has none: the lead's first sentence, or its first sixteen
 * words without a dangling word at the end.
 *
 * @example
 * headlineFromLead('Mayor Anna Kowalski ordered the city ferries to stop running across the bay during a storm warning on Tuesday night.')
 * // 'Mayor Anna Kowalski ordered the city ferries to stop running across the bay during a storm…'
 */
export function headlineFromLead(lead: string): string {
	const sentence = lead.split(/(?<=[.!?])\s/)[0] ?? lead;
	const words = sentence.split(' ');
	if (words.length <= 18) return sentence.replace(/[.]$/, '') || sentence;
	const kept = words.slice(0, 16);
	while (kept.length > 8 && DANGLING.test(kept.at(-1)?.replace(/[,;:]$/, '') ?? '')) kept.pop();
	return `${kept.join(' ').replace(/[,;:]$/, '')}…`;
}

/** The host most of an article's links point to, as the outlet it most likely comes from. */
function outletFromLinks(links: Link[]): Outlet | null {
	const counts = new Map<string, number>();
	for (const link of links) counts.set(link.host, (counts.get(link.host) ?? 0) + 1);
	const [host] = [...counts].reduce<[string, number] | [undefined, 0]>(
		(best, entry) => (entry[1] > best[1] ? entry : best),
		[undefined, 0],
	);
	return host ? { name: host, evidence: 'url' } : null;
}
