/**
 * An article's quotations read as statements: the quotes one speaker's continuous words were
 * printed in (a sentence split around `he said`), each
 * cut into pieces at sentence ends and ellipses, with words quoted inside it left out.
 */
import type { Article, Paragraph, Quote } from '../schema.ts';
import { compareWords, type Word } from './words.ts';

/** A sentence (or a part cut at an ellipsis) of a quotation. */
export interface Piece {
	words: Word[];
	negated: boolean;
}

/** One statement of one article: one quote, or several that continue one another. */
export interface Statement {
	articleId: string;
	quotes: Quote[];
	pieces: Piece[];
	/** Words in all pieces. */
	size: number;
	/** Surname of the speaker, lower case; null when unknown. */
	speaker: string | null;
	/** Whether the article names the speaker (not only `he`, `the spokesman`). */
	named: boolean;
}

/** Words that turn a statement into its opposite. */
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'without']);
/** Pronouns and determiners that show an attribution does not name anyone. */
const UNNAMED = /^(?:he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|its|one)\b/iu;
/** An ellipsis, which cuts a quote into the parts an outlet kept. */
const ELLIPSIS = /\.{3,}|…|\. \. \./gu;
/** At most this many words between two quotes that continue one sentence: `“…,” the minister said, “…”`. */
const MAX_ATTRIBUTION_WORDS = 10;

/**
 * The statements of an article, in reading order.
 *
 * @example
 * // “We will stay,” she said, “until the work is done.” -> one statement of two quotes, one piece
 */
export function toStatements(article: Article): Statement[] {
	const quotes = article.quotes.toSorted((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	const statements: Quote[][] = [];
	// The statement that the last quote at each depth belongs to: quotes nested in between do not break a chain.
	const lastAtDepth = new Map<number, { quote: Quote; statement: Quote[] }>();
	for (const quote of quotes) {
		const last = lastAtDepth.get(quote.depth);
		let statement: Quote[];
		if (last && continues(last.quote, quote, article.paragraphs)) {
			statement = last.statement;
			statement.push(quote);
		} else {
			statement = [quote];
			statements.push(statement);
		}
		lastAtDepth.set(quote.depth, { quote, statement });
	}
	return statements.map((group) => toStatement(article, group));
}

function toStatement(article: Article, quotes: Quote[]): Statement {
	const pieces = quotes.flatMap((quote) => piecesOf(quote, article));
	const attributed = quotes.find((quote) => quote.speaker)?.speaker ?? null;
	return {
		articleId: article.id,
		quotes,
		pieces,
		size: pieces.reduce((total, piece) => total + piece.words.length, 0),
		speaker: attributed ? (attributed.name.split(' ').at(-1)?.toLowerCase() ?? null) : null,
		named: attributed !== null && !UNNAMED.test(attributed.text),
	};
}

/**
 * Whether `next` goes on with the sentence of `quote`: one sentence split around a short
 * attribution (`“We will stay,” she said, “until it is done.”`): the first part ends on a comma,
 * the second starts in lower case, and only an attribution ending on a comma or colon stands
 * between. A quote running over paragraphs is not joined: the convention (no closing mark, an
 * opening mark again) cannot be told from a mark an outlet simply forgot.
 */
function continues(quote: Quote, next: Quote, paragraphs: readonly Paragraph[]): boolean {
	if (next.depth !== quote.depth || next.paragraph !== quote.paragraph) return false;
	if (!/,\s*$/u.test(quote.text) || !/^\s*\p{Ll}/u.test(next.text)) return false;
	const between = (paragraphs[quote.paragraph]?.text ?? '').slice(quote.end + quote.close.length, next.start - next.open.length);
	return !/[.!?]/u.test(between) && /[,:]\s*$/u.test(between) && between.split(/\s+/u).filter(Boolean).length <= MAX_ATTRIBUTION_WORDS;
}

/** A quote cut at its paragraph's sentence ends and at ellipses; quotes nested in it are left out. */
function piecesOf(quote: Quote, article: Article): Piece[] {
	const paragraph = article.paragraphs[quote.paragraph];
	if (!paragraph) return [];
	const cuts = new Set<number>();
	for (const sentence of paragraph.sentences) if (sentence.end > quote.start && sentence.end < quote.end) cuts.add(sentence.end);
	for (const match of quote.text.matchAll(ELLIPSIS)) {
		cuts.add(quote.start + match.index);
		cuts.add(quote.start + match.index + match[0].length);
	}
	const nested = article.quotes
		.filter(
			(inner) => inner.paragraph === quote.paragraph && inner.depth > quote.depth && inner.start >= quote.start && inner.end <= quote.end,
		)
		.map((inner) => ({ start: inner.start - inner.open.length, end: inner.end + inner.close.length }));
	for (const span of nested) {
		cuts.add(span.start);
		cuts.add(span.end);
	}
	const points = [quote.start, ...[...cuts].toSorted((a, b) => a - b), quote.end];
	const pieces: Piece[] = [];
	for (let index = 0; index + 1 < points.length; index++) {
		const start = points[index] ?? 0;
		const end = points[index + 1] ?? start;
		if (nested.some((span) => start >= span.start && end <= span.end)) continue;
		const words = compareWords(paragraph.text.slice(start, end));
		if (words.length > 0) pieces.push({ words, negated: words.some((word) => NEGATIONS.has(word.key)) });
	}
	return pieces;
}
