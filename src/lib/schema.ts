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
	'cookie-notice',
	'advertisement',
	'comments',
	'outside-main-text',
	'separator',
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
	name: z.string().describe('the resolved name, e.g. "Anna Kowalski"; equals text when unresolved'),
});

/** One quotation inside one paragraph. */
export const QuoteSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.describe('stable: article id + hash of the normalised text'),
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
	repeatOf: z
		.string()
		.nullable()
		.default(null)
		.describe('id of the first quote of this article with the same normalised words; null for that first one'),
});

/** The outlet that published an article, and how Chorus knows. */
export const OutletSchema = z.object({
	name: z.string().min(1),
	evidence: z.enum(['text', 'url', 'metadata']).describe("metadata: a saved page's or a JSON record's own fields"),
});

/** One parsed article. */
export const ArticleSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.describe('slug of the file name: stable across rebuilds'),
	file: z.string().describe('file name inside the seeds folder'),
	headline: z.string().min(1),
	headlineDerived: z.boolean().describe('true when the file has no headline and it was taken from the lead'),
	outlet: OutletSchema.nullable(),
	byline: z.string().nullable(),
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable(),
	url: z
		.string()
		.regex(/^https?:\/\/\S+$/)
		.optional()
		.describe("the address of the outlet's own page (a saved page's canonical URL, a JSON record's url)"),
	language: z.string().optional().describe('the language the source declares, e.g. "en"'),
	section: z.array(z.string()).describe('section labels, outermost first; empty when none'),
	paragraphs: z.array(ParagraphSchema),
	quotes: z.array(QuoteSchema),
	links: z.array(LinkSchema),
	removed: z.array(RemovedLineSchema),
	wordCount: z.number().int().nonnegative(),
});

/** One spelling of a name, how often it occurs and in which articles. */
export const NameVariantSchema = z.object({
	text: z.string().min(1),
	count: z.number().int().positive(),
	articles: z.array(z.string()).min(1),
});

/** Spellings of one place or person across the articles, the most frequent first. */
export const NameVariantGroupSchema = z.object({
	canonical: z.string().min(1),
	variants: z.array(NameVariantSchema).min(2),
});

/** A W3C Web Annotation `TextQuoteSelector`: the words and a little of either side, to find them again on the outlet's page. */
export const TextQuoteSelectorSchema = z.object({
	type: z.literal('TextQuoteSelector'),
	exact: z.string().min(1),
	prefix: z.string().describe('up to 32 characters of the paragraph before the words'),
	suffix: z.string().describe('up to 32 characters of the paragraph after them'),
});

/** Where a shared quote or passage stands in one article. */
export const OccurrenceSchema = z.object({
	articleId: z.string(),
	quoteId: z.string().nullable().describe('the quote record, for quote occurrences; null for passages'),
	paragraph: offset,
	start: offset,
	end: offset,
	text: z.string().min(1).describe('exactly as the outlet wrote it'),
	selector: TextQuoteSelectorSchema.optional().describe('for quote occurrences'),
});

/** A word of a variant, and whether the canonical wording has it at that place. */
export const AlignedWordSchema = z.object({
	text: z.string().min(1),
	same: z.boolean(),
});

/** One wording of a shared quote, aligned word by word with the canonical wording. */
export const QuoteVariantSchema = z.object({
	text: z.string().min(1).describe('the wording as the first outlet carrying it wrote it'),
	normalized: z.string(),
	articles: z.array(z.string()).min(1),
	words: z.array(AlignedWordSchema).describe('this wording, word by word; same=false where it differs'),
});

/** Why one quote was joined to another: the same words, another wording or translation, a fragment, an overlap. */
export const QuoteLinkSchema = z.object({
	from: z.string().describe('id of the quote that joined'),
	to: z.string().describe('id of the quote it joined'),
	kind: z.enum(['exact', 'variant', 'translation', 'overlap', 'fragment']),
	score: z.number().min(0).max(1).describe('share of the shorter quote that matched'),
});

/** A short quote that fits several statements about equally: shown on its own, not merged into any. */
export const AmbiguousFragmentSchema = z.object({
	quoteId: z.string(),
	fits: z.array(z.string()).min(2).describe('one quote of each statement it fits'),
});

/** Who the articles that carry a shared quote say spoke it: one entry per speaker named. */
export const AttributionSchema = z.object({
	speaker: z.string().nullable().describe('the resolved name; null where the article names no speaker'),
	articles: z.array(z.string()).min(1),
});

/** One utterance that several articles quote: exactly, in other translations, or in fragments. */
export const SharedQuoteSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.describe('from the canonical wording, never from order or time'),
	aliases: z.array(z.string()).describe('ids that other builds may have given it: one per distinct wording'),
	canonical: z.string().min(1),
	speaker: z.string().nullable().describe('the speaker most of its articles name'),
	attributions: z
		.array(AttributionSchema)
		.min(1)
		.describe('every attribution with the articles that give it, most articles first; outlets disagree when two name a speaker'),
	articles: z.array(z.string()).min(2),
	occurrences: z.array(OccurrenceSchema).min(2),
	variants: z.array(QuoteVariantSchema).min(1),
	links: z.array(QuoteLinkSchema).describe('how the quotes were joined: a spanning tree of the group'),
});

/** A sentence that two or more articles carry verbatim or nearly. */
export const PassageSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.describe('from the wording most articles carry'),
	aliases: z.array(z.string()).describe('ids of its other wordings'),
	text: z.string().min(1).describe('the wording most articles carry'),
	articles: z.array(z.string()).min(2),
	occurrences: z.array(OccurrenceSchema).min(2),
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
	sharedQuotes: z.array(SharedQuoteSchema).describe('utterances two or more articles quote, most widely carried first'),
	passages: z.array(PassageSchema).describe('sentences two or more articles carry verbatim or nearly'),
	nameVariants: z.array(NameVariantGroupSchema).describe('spellings of one name across the articles'),
	fragments: z.array(AmbiguousFragmentSchema).describe('short quotes that fit several statements and were joined to none'),
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
export type NameVariant = z.output<typeof NameVariantSchema>;
export type NameVariantGroup = z.output<typeof NameVariantGroupSchema>;
export type Occurrence = z.output<typeof OccurrenceSchema>;
export type TextQuoteSelector = z.output<typeof TextQuoteSelectorSchema>;
export type AlignedWord = z.output<typeof AlignedWordSchema>;
export type QuoteVariant = z.output<typeof QuoteVariantSchema>;
export type Attribution = z.output<typeof AttributionSchema>;
export type SharedQuote = z.output<typeof SharedQuoteSchema>;
export type QuoteLink = z.output<typeof QuoteLinkSchema>;
export type AmbiguousFragment = z.output<typeof AmbiguousFragmentSchema>;
export type Passage = z.output<typeof PassageSchema>;
export type SkippedFile = z.output<typeof SkippedFileSchema>;
export type Cluster = z.output<typeof ClusterSchema>;
