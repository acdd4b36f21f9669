/**
 * The one source of truth for every record Chorus writes.
 * Types are inferred from these schemas; nothing else declares a record shape.
 */
import { z } from 'astro/zod';

const offset = z.number().int().nonnegative();
const lineNumber = z.number().int().positive();

/** Why a non-blank input line is not part of the article body. */
export const RemovedReasonSchema = z.enum([
	'headline',
	'section-label',
	'byline',
	'date',
	'photo-credit',
	'caption',
	'related-headline',
	'url-block',
	'credit-line',
	'comment-form',
	'navigation',
	'footer',
]);

/** A source line that is not body text, kept with the reason it was set aside. */
export const RemovedLineSchema = z.object({
	line: lineNumber.describe('1-based line number in the source file'),
	text: z.string().describe('the line as written, surrounding whitespace trimmed'),
	reason: RemovedReasonSchema,
});

/** An http(s) link that appears anywhere in the source text. */
export const LinkSchema = z.object({
	url: z.string().regex(/^https?:\/\/\S+$/),
	host: z.string().describe('host name without a leading "www."'),
	line: lineNumber,
});

/** A sentence as a span of its paragraph's text. */
export const SentenceSchema = z.object({ start: offset, end: offset });

/** One body paragraph: hard wraps joined, whitespace normalised, quote marks as written. */
export const ParagraphSchema = z.object({
	text: z.string().min(1),
	lines: z.array(lineNumber).min(1).describe('source lines this paragraph was joined from'),
	sentences: z.array(SentenceSchema).min(1),
});

/** Who a quotation is attributed to. */
export const SpeakerSchema = z.object({
	text: z.string().describe('the attribution as the article words it, e.g. "the president"'),
	name: z.string().describe('the resolved name, e.g. "Vladimir Putin"; equals text when unresolved'),
});

/** One quotation inside one paragraph. */
export const QuoteSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/).describe('stable: article id + hash of the normalised text'),
	articleId: z.string(),
	paragraph: offset.describe('index into the article paragraphs'),
	start: offset.describe('offset of the quoted text (marks excluded) in the paragraph text'),
	end: offset,
	text: z.string().min(1).describe('exactly paragraph.text.slice(start, end)'),
	open: z.string().describe('the opening mark as written'),
	close: z.string().describe('the closing mark as written; empty when the quote is never closed'),
	depth: z.number().int().nonnegative().describe('0 for a top-level quote, 1 for a quote inside a quote'),
	normalized: z.string().describe('lower case, marks and dashes folded, trailing punctuation dropped'),
	speaker: SpeakerSchema.nullable(),
});

/** The outlet that published an article, and how Chorus knows. */
export const OutletSchema = z.object({
	name: z.string().min(1),
	evidence: z.enum(['text', 'url']),
});

/** One parsed article. */
export const ArticleSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/).describe('slug of the file name: stable across rebuilds'),
	file: z.string().describe('file name inside the seeds folder'),
	headline: z.string().min(1),
	headlineDerived: z.boolean().describe('true when the file has no headline and it was taken from the lead'),
	outlet: OutletSchema.nullable(),
	byline: z.string().nullable(),
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
	section: z.array(z.string()).describe('section labels, outermost first; empty when none'),
	paragraphs: z.array(ParagraphSchema),
	quotes: z.array(QuoteSchema),
	links: z.array(LinkSchema),
	removed: z.array(RemovedLineSchema),
	wordCount: z.number().int().nonnegative(),
});

/** A file the build read but could not turn into an article. */
export const SkippedFileSchema = z.object({
	file: z.string(),
	problem: z.string().describe('one line saying what is wrong'),
});

/** Everything Chorus knows about one folder of articles. */
export const ClusterSchema = z.object({
	version: z.literal(1),
	articles: z.array(ArticleSchema),
	skipped: z.array(SkippedFileSchema),
});

export type RemovedReason = z.output<typeof RemovedReasonSchema>;
export type RemovedLine = z.output<typeof RemovedLineSchema>;
export type Link = z.output<typeof LinkSchema>;
export type Sentence = z.output<typeof SentenceSchema>;
export type Paragraph = z.output<typeof ParagraphSchema>;
export type Speaker = z.output<typeof SpeakerSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Outlet = z.output<typeof OutletSchema>;
export type Article = z.output<typeof ArticleSchema>;
export type SkippedFile = z.output<typeof SkippedFileSchema>;
export type Cluster = z.output<typeof ClusterSchema>;
