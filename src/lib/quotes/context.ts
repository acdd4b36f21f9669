/**
 * The words around one quote: the sentence(s) holding it, with every top-level quote masked
 * to one placeholder character so attribution patterns see `“…,” he said` as `\uE000 he said`.
 */
import { endsOnAbbreviation } from './breaks.ts';
import { firstIndex } from '../text/order.ts';
import { QUOTE_MARKS } from '../text/quote-marks.ts';

/** Placeholder for the quote being attributed. */
export const TARGET = '\uE000';
/** Placeholder for any other quote in the same sentence. */
export const OTHER = '\uE001';

/** A quote's surroundings in its sentence(s), quotes masked. */
export interface QuoteContext {
	before: string;
	after: string;
	/** Nothing but quotes in the sentence: no words of attribution at all. */
	alone: boolean;
	/** Nothing but quotes in the paragraph before this quote. */
	leads: boolean;
}

/** A quote's extent in its paragraph, marks included. */
export interface Extent {
	from: number;
	to: number;
}

/** A span of paragraph text. */
interface Span {
	start: number;
	end: number;
}

/**
 * Most characters of context read on either side of a quote. News attributions sit within a
 * sentence or two of their quote; a longer reach only makes every quote of an endless
 * paragraph rescan it, so the work per quote is bounded here.
 */
export const CONTEXT_REACH = 600;
const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`, 'u');
const QUOTE_MARK_END = new RegExp(`[${QUOTE_MARKS}]+$`, 'u');
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A lower-case word next, read from `lastIndex` on (sticky). */
const LOWER_CASE_NEXT = /\s*\p{Ll}/uy;

/**
 * A quote's extent with its marks: one quote character either side of the inner span.
 *
 * @example
 * quoteExtent('He said “no”.', { start: 9, end: 11 }) // { from: 8, to: 12 }
 */
export function quoteExtent(text: string, quote: { start: number; end: number }): Extent {
	const from = quote.start > 0 && QUOTE_MARK.test(text[quote.start - 1] ?? '') ? quote.start - 1 : quote.start;
	const to = QUOTE_MARK.test(text[quote.end] ?? '') ? quote.end + 1 : quote.end;
	return { from, to };
}

/**
 * Mask the quotes of a paragraph and cut out the sentence(s) around each of them, at most
 * CONTEXT_REACH characters either side. `extents` are the paragraph's top-level quotes, sorted
 * and non-overlapping. Work per quote is logarithmic in the paragraph plus the reach.
 *
 * @example
 * const text = '“We won,” he said. Then he left.';
 * quoteContexts(text, [{ start: 0, end: 18 }, { start: 19, end: 32 }], [{ from: 0, to: 9 }])
 * // [{ before: '', after: ' he said.', alone: false, leads: true }]
 */
export function quoteContexts(text: string, sentences: readonly Span[], extents: readonly Extent[]): QuoteContext[] {
	const sorted = sentences.toSorted((left, right) => left.start - right.start);
	let leads = true;
	return extents.map((extent, target) => {
		leads &&= !HAS_WORD.test(text.slice(extents[target - 1]?.to ?? 0, extent.from));
		const [from, to] = sentenceRange(text, sorted, extents, extent);
		const [start, end] = withinReach(text, extents, extent, [from, to]);
		// Words cut off by the reach read like another quote: no sentence start, no clause across it.
		const before = (start > from ? OTHER : '') + mask(text, extents, start, extent.from, target);
		const after = mask(text, extents, extent.to, end, target) + (end < to ? OTHER : '');
		return { before, after, alone: !HAS_WORD.test(before + after), leads };
	});
}

/** The union of sentences overlapping the quote, widened over quotes it cuts and abbreviations. */
function sentenceRange(text: string, sentences: readonly Span[], extents: readonly Extent[], extent: Extent): [number, number] {
	const first = firstIndex(sentences, (sentence) => sentence.end > extent.from);
	const last = firstIndex(sentences, (sentence) => sentence.start >= extent.to) - 1;
	let from = Math.min(sentences[first]?.start ?? extent.from, extent.from);
	let to = Math.max(sentences[last]?.end ?? extent.to, extent.to);
	if (first > last) [from, to] = [0, text.length];
	from = extents[straddling(extents, from)]?.from ?? from;
	to = extents[straddling(extents, to)]?.to ?? to;
	// Each step moves `to` to a later sentence end, and stops once past the reach.
	let next = firstIndex(sentences, (sentence) => sentence.start >= to - 1);
	while (to < extent.to + CONTEXT_REACH && (continues(text, from, to) || exclaims(text, extent, to))) {
		while ((sentences[next]?.end ?? Infinity) <= to) next++;
		const sentence = sentences[next];
		if (sentence === undefined) break;
		to = sentence.end;
	}
	return [Math.max(0, from), Math.min(text.length, to)];
}

/**
 * Narrow a range to CONTEXT_REACH characters either side of the quote, on word boundaries,
 * never keeping part of another quote.
 */
function withinReach(text: string, extents: readonly Extent[], extent: Extent, [from, to]: [number, number]): [number, number] {
	let start = from;
	let end = to;
	if (start < extent.from - CONTEXT_REACH) {
		start = extent.from - CONTEXT_REACH;
		while (start < extent.from && !/\s/u.test(text[start - 1] ?? ' ')) start++;
		start = extents[straddling(extents, start)]?.to ?? start;
	}
	if (end > extent.to + CONTEXT_REACH) {
		end = extent.to + CONTEXT_REACH;
		while (end > extent.to && !/\s/u.test(text[end] ?? ' ')) end--;
		end = extents[straddling(extents, end)]?.from ?? end;
	}
	return [start, end];
}

/** A splitter cut inside a sentence: at an abbreviation, or before a lower-case word (`“Go!” he said`). */
function continues(text: string, from: number, to: number): boolean {
	let end = to;
	while (end > from && /\s/u.test(text[end - 1] ?? '')) end--;
	// A splitter cut inside a name (`…, said Lt.` | `Col. Anna Kowalski`); only the last few characters are read.
	if (endsOnAbbreviation(text.slice(Math.max(from, end - 12), end))) return true;
	LOWER_CASE_NEXT.lastIndex = to;
	return LOWER_CASE_NEXT.test(text);
}

/**
 * Whether the range ends with the quote itself and the quote ends on `?` or `!`: its mark
 * ends the quoted sentence, not the writer's, which goes on with the attribution
 * (`“Who pays?” Anna Kowalski asked.`).
 */
function exclaims(text: string, extent: Extent, to: number): boolean {
	if (text.slice(extent.to, to).trim() !== '') return false;
	return /[?!]$/u.test(text.slice(Math.max(extent.from, extent.to - 3), extent.to).replace(QUOTE_MARK_END, ''));
}

/** Text in [from, to) with each quote extent inside it replaced by one placeholder. */
function mask(text: string, extents: readonly Extent[], from: number, to: number, target: number): string {
	let out = '';
	let at = from;
	for (let index = firstIndex(extents, (extent) => extent.from >= from); index < extents.length; index++) {
		const extent = extents[index];
		if (extent === undefined || extent.to > to) break;
		if (extent.from < at) continue;
		out += text.slice(at, extent.from) + (index === target ? TARGET : OTHER);
		at = extent.to;
	}
	return out + text.slice(at, Math.max(at, to));
}

/** Index of the extent that strictly contains `at` (starts before it and ends after it), or -1. */
function straddling(extents: readonly Extent[], at: number): number {
	const index = firstIndex(extents, (extent) => extent.to > at);
	const extent = extents[index];
	return extent !== undefined && extent.from < at ? index : -1;
}
