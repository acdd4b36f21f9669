/**
 * Paragraph text cut into plain runs and quoted runs, so a component can mark quotes
 * without ever building an HTML string ("Data, not HTML strings" in STYLE.md).
 */
import type { Quote, Speaker } from './schema.ts';

/** A run of text outside any quote. */
export interface TextSegment {
	text: string;
}

/**
 * A quoted run; `children` holds the same text cut again around quotes nested inside it.
 * `shared` is set when other outlets carry the quote too (its colour says so, see Legend.astro).
 */
export interface QuoteSegment {
	text: string;
	quoteId: string;
	speaker: Speaker | null;
	children: Segment[];
	shared?: true;
}

/** The place where the notes (badges) of some quotes stand: after the sentence that ends them (src/site/notes.ts). Holds no text. */
export interface NoteSegment {
	text: '';
	/** Ids of the quotes whose notes stand here, in reading order. */
	notesFor: string[];
}

/** One run of a paragraph: plain, quoted, or the place of some quotes' notes. */
export type Segment = TextSegment | QuoteSegment | NoteSegment;

/** The few fields of a quote that placing it needs; `shared` when other outlets carry it too. */
export type QuoteSpan = Pick<Quote, 'id' | 'start' | 'end' | 'speaker'> & { shared?: boolean };

/** Tell a quoted run from a plain one. */
export function isQuoteSegment(segment: Segment): segment is QuoteSegment {
	return 'quoteId' in segment;
}

/** Tell the place of some notes from a run of text. */
export function isNoteSegment(segment: Segment): segment is NoteSegment {
	return 'notesFor' in segment;
}

/**
 * How deep quotes are marked inside quotes. Real text nests two or three levels; a page renders
 * each level as a component call, so thousands of levels would overflow the renderer's stack.
 */
export const MAX_QUOTE_NESTING = 8;

/**
 * Cut `text` into segments around the given quote spans (offsets into `text`, marks excluded).
 * Concatenating every segment's text gives back `text` exactly. A quote inside another becomes
 * a child of it; a quote that crosses another's boundary cannot be nested and stays unmarked;
 * an empty span is ignored; quotes nested deeper than MAX_QUOTE_NESTING stay plain text of the
 * quote around them.
 *
 * @example
 * toSegments('He said "go" now.', [{ id: 'q1', start: 9, end: 11, speaker: null }])
 * // [{ text: 'He said "' }, { text: 'go', quoteId: 'q1', speaker: null, children: [{ text: 'go' }] }, { text: '" now.' }]
 * @throws when a span lies outside the text: the records are then inconsistent.
 */
export function toSegments(text: string, quotes: readonly QuoteSpan[]): Segment[] {
	for (const quote of quotes) {
		if (quote.start > quote.end || quote.end > text.length) {
			throw new RangeError(`quote ${quote.id} [${quote.start}, ${quote.end}) lies outside its paragraph (${text.length} characters)`);
		}
	}
	// Outer quotes first: by start, then the longer span.
	const ordered = quotes.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start || b.end - a.end);
	return segmentRange(text, 0, text.length, ordered, 1);
}

function segmentRange(text: string, from: number, to: number, quotes: readonly QuoteSpan[], depth: number): Segment[] {
	const segments: Segment[] = [];
	let cursor = from;
	let index = 0;
	while (index < quotes.length) {
		const outer = quotes[index]!;
		index++;
		if (outer.start < cursor) continue; // crosses a quote already placed
		const inner: QuoteSpan[] = [];
		while (index < quotes.length && quotes[index]!.start < outer.end) {
			inner.push(quotes[index]!);
			index++;
		}
		if (outer.start > cursor) segments.push({ text: text.slice(cursor, outer.start) });
		const nested = depth < MAX_QUOTE_NESTING ? inner.filter((q) => q.end <= outer.end) : [];
		segments.push({
			text: text.slice(outer.start, outer.end),
			quoteId: outer.id,
			speaker: outer.speaker,
			children: segmentRange(text, outer.start, outer.end, nested, depth + 1),
			...(outer.shared ? { shared: true as const } : {}),
		});
		cursor = outer.end;
	}
	if (cursor < to) segments.push({ text: text.slice(cursor, to) });
	return segments;
}
