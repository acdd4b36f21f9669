/**
 * Paragraph text -> quotation spans. Each quote character is read in its context and
 * opens a quote, closes one, or is left alone as an apostrophe; a stack lets quotes nest.
 * The stack model follows retextjs/retext-quotes `lib/index.js`; the per-mark rules are in marks.ts.
 */
import { CLOSERS, SINGLES, closesQuote, opensQuote } from './marks.ts';
import { QUOTE_MARKS } from '../text/quote-marks.ts';

/** One quotation: offsets of its inner text (marks excluded), the marks as written, its nesting. */
export interface QuoteSpan {
	start: number;
	end: number;
	open: string;
	close: string;
	depth: number;
}

/** A quote that has opened and waits for its closing mark. */
interface Pending {
	open: string;
	start: number;
	single: boolean;
	/** Whether an unclosed quote still counts (running to the paragraph end) or was a stray mark. */
	keepUnclosed: boolean;
}

interface Scan {
	text: string;
	stack: Pending[];
	found: QuoteSpan[];
	lastOpen: number;
}

const MARK = new RegExp(`[${QUOTE_MARKS}]`, 'gu');
/**
 * Most quotes open at once. Prose nests two or three deep; past this, marks are strays, and the
 * oldest pending one is dropped so each mark is checked against a few openers, not all of them,
 * and no character lies in more than this many quotes (their texts stay linear in the input).
 */
const MAX_PENDING = 6;
/** A single quote before two digits may be an elided year (`‘99`): kept only if it closes. */
const TWO_DIGITS = /^\d\d/u;

/**
 * Find the quotations in one paragraph, outer and nested, sorted by start.
 * Apostrophes (`Freedonia’s`, `don't`, `’80s`, `Jones'`) are not quotes; a quote that never
 * closes runs to the end of the text with `close: ''`. Never throws; empty quotes are skipped.
 *
 * @example
 * extractQuotes('He said “it’s ‘done’,” twice.')
 * // [{ start: 9, end: 21, open: '“', close: '”', depth: 0 },  -> 'it’s ‘done’,'
 * //  { start: 15, end: 19, open: '‘', close: '’', depth: 1 }] -> 'done'
 */
export function extractQuotes(text: string): QuoteSpan[] {
	const scan: Scan = { text, stack: [], found: [], lastOpen: -2 };
	for (const match of text.matchAll(MARK)) step(scan, match[0], match.index);
	for (const pending of scan.stack) {
		if (pending.keepUnclosed) record(scan, pending, text.length, '');
	}
	return withDepth(scan.found);
}

function step(scan: Scan, mark: string, at: number): void {
	const index = closable(scan, mark, at);
	if (index !== -1) {
		const pending = scan.stack[index];
		// A single quote left open inside the one closing here ends with it: the writer let one mark
		// stand for two (`I said, ‘Now it is over,” he said`).
		for (const inner of scan.stack.slice(index + 1)) if (inner.single && inner.keepUnclosed) record(scan, inner, at, '');
		scan.stack.length = index;
		if (pending) record(scan, pending, at, mark);
		return;
	}
	if (!opensQuote(scan.text, at, at - 1 === scan.lastOpen)) return;
	const rest = scan.text.slice(at + 1, at + 8);
	const single = SINGLES.includes(mark);
	// A straight single, or a `’` opening, is an apostrophe unless it closes; so is a single before two digits.
	const keepUnclosed = mark !== "'" && mark !== '’' && !(single && TWO_DIGITS.test(rest));
	if (scan.stack.length === MAX_PENDING) scan.stack.shift();
	scan.stack.push({ open: mark, start: at + 1, single, keepUnclosed });
	scan.lastOpen = at;
}

/** Index in the stack of the quote this mark closes, or -1. */
function closable(scan: Scan, mark: string, at: number): number {
	const { stack, text } = scan;
	if (SINGLES.includes(mark)) {
		// A single mark closes only the innermost quote: `"Jones' car"` keeps its apostrophe.
		const top = stack.at(-1);
		const fits = top?.single === true && CLOSERS[top.open]?.includes(mark) === true && closesQuote(text, at, top.open);
		return fits ? stack.length - 1 : -1;
	}
	for (let index = stack.length - 1; index >= 0; index--) {
		const pending = stack[index];
		if (!pending || pending.single || !CLOSERS[pending.open]?.includes(mark)) continue;
		return closesQuote(text, at, pending.open) ? index : -1;
	}
	return -1;
}

/** Keep a quote with its inner text trimmed of spaces (`« Bonjour »`); skip blank ones. */
function record(scan: Scan, pending: Pending, end: number, close: string): void {
	const inner = scan.text.slice(pending.start, end);
	const start = pending.start + (inner.length - inner.trimStart().length);
	const trimmedEnd = end - (inner.length - inner.trimEnd().length);
	if (trimmedEnd <= start) return;
	scan.found.push({ start, end: trimmedEnd, open: pending.open, close, depth: 0 });
}

/**
 * Depth = how many other quotes contain this one; robust to quotes dropped on the way.
 * The spans come from a stack, so any two are nested or apart, never crossing: sorted by start,
 * the quotes containing one are exactly those still open on a stack of ends when it starts.
 */
function withDepth(found: QuoteSpan[]): QuoteSpan[] {
	const sorted = [...found].sort((left, right) => left.start - right.start || right.end - left.end);
	const open: number[] = [];
	return sorted.map((span) => {
		while (open.length > 0 && (open.at(-1) ?? 0) < span.end) open.pop();
		const depth = open.length;
		open.push(span.end);
		return { ...span, depth };
	});
}
