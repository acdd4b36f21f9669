/**
 * The words around one quote: the sentence(s) holding it, with every top-level quote masked
 * to one placeholder character so attribution patterns see `“…,” he said` as `\uE000 he said`.
 */

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

const QUOTE_MARK = /["'“”„‟«»‹›‘’‚‛]/u;
/**
 * A sentence that ends inside a name, where a splitter cut at an abbreviation.
 *
 *     …", said Lt.   |   Col.   |   Damien Pickart, the spokesman …
 *              ^^^ abbreviation: join the next sentence
 */
const ABBREVIATION_END = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Lt|Col|Gen|Maj|Capt|Sgt|Cmdr|Adm|Sen|Rep|Gov|Rev|St|Jr|Sr|Brig|\p{Lu})\.$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

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
 * Mask the quotes of a paragraph and cut out the sentence(s) around the target quote.
 * `extents` are the paragraph's top-level quotes, sorted and non-overlapping.
 *
 * @example
 * const text = '“We won,” he said. Then he left.';
 * quoteContext(text, [{ start: 0, end: 18 }, { start: 19, end: 32 }], [{ from: 0, to: 9 }], 0)
 * // { before: '', after: ' he said.', alone: false, leads: true }
 */
export function quoteContext(
	text: string,
	sentences: readonly { start: number; end: number }[],
	extents: readonly Extent[],
	target: number,
): QuoteContext {
	const extent = extents[target] ?? { from: 0, to: 0 };
	const [from, to] = sentenceRange(text, sentences, extents, extent);
	const before = mask(text, extents, from, extent.from, target);
	const after = mask(text, extents, extent.to, to, target);
	const prefix = mask(text, extents, 0, extent.from, target);
	return { before, after, alone: !HAS_WORD.test(before + after), leads: !HAS_WORD.test(prefix) };
}

/** The union of sentences overlapping the quote, widened over quotes it cuts and abbreviations. */
function sentenceRange(
	text: string,
	sentences: readonly { start: number; end: number }[],
	extents: readonly Extent[],
	extent: Extent,
): [number, number] {
	const overlapping = sentences.filter((sentence) => sentence.start < extent.to && sentence.end > extent.from);
	let from = overlapping.reduce((first, sentence) => Math.min(first, sentence.start), extent.from);
	let to = overlapping.reduce((last, sentence) => Math.max(last, sentence.end), extent.to);
	if (overlapping.length === 0) [from, to] = [0, text.length];
	for (const other of extents) {
		if (other.from < from && other.to > from) from = other.from;
		if (other.from < to && other.to > to) to = other.to;
	}
	for (let guard = 0; guard < sentences.length && continues(text, from, to); guard++) {
		const next = sentences.filter((sentence) => sentence.start >= to - 1 && sentence.end > to);
		if (next.length === 0) break;
		to = next.reduce((nearest, sentence) => Math.min(nearest, sentence.end), Infinity);
	}
	return [Math.max(0, from), Math.min(text.length, to)];
}

/** A splitter cut inside a sentence: at an abbreviation, or before a lower-case word (`“Go!” he said`). */
function continues(text: string, from: number, to: number): boolean {
	return ABBREVIATION_END.test(text.slice(from, to).trimEnd()) || /^\s*\p{Ll}/u.test(text.slice(to));
}

/** Text in [from, to) with each quote extent inside it replaced by one placeholder. */
function mask(text: string, extents: readonly Extent[], from: number, to: number, target: number): string {
	let out = '';
	let at = from;
	extents.forEach((extent, index) => {
		if (extent.from < at || extent.to > to) return;
		out += text.slice(at, extent.from) + (index === target ? TARGET : OTHER);
		at = extent.to;
	});
	return out + text.slice(at, Math.max(at, to));
}
