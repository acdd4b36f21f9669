/**
 * Where a quote's note (the "also in 2 other outlets" badge) stands: after the closing
 * quotation mark and after the sentence, never between the quoted words and their closing mark
 * and never inside another quote, so the quoted sentence reads whole before anything Chorus adds.
 */
import type { Sentence } from '../lib/schema.ts';
import { isNoteSegment, isQuoteSegment, type QuoteSpan, type Segment } from '../lib/segments.ts';

/** A small link a page sets right after a quote mark, e.g. to the shared quote's page. */
export interface QuoteNote {
	href: string;
	/** Visible text, e.g. "also in 2 other outlets". */
	text: string;
	/** Longer tooltip. */
	title: string;
}

/** A quote whose note stands at an offset of the text. */
export interface NotePoint {
	quoteId: string;
	at: number;
}

/** Closing quotation marks, closing brackets and sentence punctuation right after a quote or sentence. */
const TRAILING = /^(?:[\p{Pf}\p{Pe}"'»›]|[.,;:!?…])*/u;

/**
 * The offset after which each noted quote's note stands: the first sentence end at or after the
 * quote's end, pushed past any quote that offset would fall inside and past closing marks and
 * punctuation. Without sentences, right after the closing mark. Linear-logarithmic: thousands of
 * quotes in one paragraph cost milliseconds.
 *
 * @example
 * notePoints('“We won,” she said. Then…', [{ id: 'q', start: 1, end: 8, speaker: null }], new Set(['q']), [{ start: 0, end: 19 }])
 * // [{ quoteId: 'q', at: 19 }] (after "said.", not between "won," and ”)
 */
export function notePoints(
	text: string,
	quotes: readonly QuoteSpan[],
	noted: ReadonlySet<string>,
	sentences: readonly Sentence[] = [],
): NotePoint[] {
	const spans = mergedSpans(quotes);
	const spanEnds = spans.map((span) => span.end);
	const ends = sentences.map((sentence) => sentence.end).toSorted((a, b) => a - b);
	return quotes
		.filter((quote) => noted.has(quote.id) && quote.end > quote.start)
		.map((quote) => {
			let at = ends[firstAtLeast(ends, quote.end)] ?? quote.end;
			const around = spans[firstAtLeast(spanEnds, at + 1)];
			if (around && around.start < at) at = around.end;
			at += TRAILING.exec(text.slice(at, at + 16))?.[0].length ?? 0;
			return { quoteId: quote.id, at: Math.min(at, text.length) };
		});
}

/** Quote spans joined where they overlap, in order: a note must stand outside all of them. */
function mergedSpans(quotes: readonly QuoteSpan[]): { start: number; end: number }[] {
	const merged: { start: number; end: number }[] = [];
	for (const quote of quotes.toSorted((a, b) => a.start - b.start)) {
		const last = merged.at(-1);
		if (last && quote.start < last.end) last.end = Math.max(last.end, quote.end);
		else merged.push({ start: quote.start, end: quote.end });
	}
	return merged;
}

/** Index of the first sorted value that is at least `value` (the length when none is). */
function firstAtLeast(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Set note places into top-level segments (offsets into their joined text). A point inside a
 * quote goes right after it; a point where a quote starts, before it. Joined text is unchanged: note places hold none.
 *
 * @example
 * placeNotes([{ text: 'a b' }], [{ quoteId: 'q', at: 1 }]) // [{ text: 'a' }, { text: '', notesFor: ['q'] }, { text: ' b' }]
 */
export function placeNotes(segments: readonly Segment[], points: readonly NotePoint[]): Segment[] {
	if (points.length === 0) return [...segments];
	const sorted = points.toSorted((a, b) => a.at - b.at);
	const placed: Segment[] = [];
	let next = 0;
	const flush = (upTo: number) => {
		const ids: string[] = [];
		while (next < sorted.length && sorted[next]!.at <= upTo) ids.push(sorted[next++]!.quoteId);
		if (ids.length > 0) placed.push({ text: '', notesFor: ids });
	};
	let cursor = 0;
	for (const segment of segments) {
		const end = cursor + segment.text.length;
		if (isQuoteSegment(segment) || isNoteSegment(segment)) {
			flush(cursor);
			placed.push(segment);
		} else {
			let from = cursor;
			while (next < sorted.length && sorted[next]!.at < end) {
				const at = Math.max(sorted[next]!.at, from);
				if (at > from) placed.push({ text: segment.text.slice(from - cursor, at - cursor) });
				from = at;
				flush(at);
			}
			if (from < end) placed.push({ text: segment.text.slice(from - cursor) });
		}
		flush(end);
		cursor = end;
	}
	flush(Number.POSITIVE_INFINITY);
	return placed;
}

/**
 * Segments with a place at the end for the notes of noted quotes that have none yet: a story
 * sentence rendered alone gets its quotes' notes after the sentence.
 *
 * @example
 * withTrailingNotes([{ text: '“' }, quoteSegment('q'), { text: '” she said.' }], (id) => id === 'q')
 * // […, { text: '', notesFor: ['q'] }]
 */
export function withTrailingNotes(segments: readonly Segment[], noted: (quoteId: string) => boolean): Segment[] {
	const placed = new Set(segments.filter(isNoteSegment).flatMap((segment) => segment.notesFor));
	const missing = new Set<string>();
	const visit = (list: readonly Segment[]) => {
		for (const segment of list) {
			if (!isQuoteSegment(segment)) continue;
			if (noted(segment.quoteId) && !placed.has(segment.quoteId)) missing.add(segment.quoteId);
			visit(segment.children);
		}
	};
	visit(segments);
	return missing.size === 0 ? [...segments] : [...segments, { text: '', notesFor: [...missing] }];
}
