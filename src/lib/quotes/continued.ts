/**
 * Quotations that run over paragraphs, and closing marks whose opening was lost. The news
 * convention for a quote of several paragraphs leaves each paragraph but the last unclosed and
 * reopens the next with a mark; text copied from a page often loses the reopening marks, so
 * the last paragraph ends with a closing mark that nothing opened, and those in between have
 * no mark at all. A closing mark after `Name: …` lost its opening after the colon.
 */
import { extractQuotes, type QuoteSpan } from './extract.ts';

/** Most paragraphs one quotation is followed across. */
const MAX_RUN = 8;
/** A closing double mark: a curly one, or a straight one after ink. */
const CLOSER = /(?<=\S)[”"»]/gu;

/**
 * The quotations of each paragraph of an article: extractQuotes per paragraph, then quotes
 * continued into later paragraphs whose marks were lost.
 *
 * @example
 * extractArticleQuotes(['“We lost.', 'We will be back next year,” she said.'])[1]
 * // [{ start: 0, end: 30, open: '', close: '”', depth: 0 }]   -> 'We will be back next year,'
 */
export function extractArticleQuotes(texts: readonly string[]): QuoteSpan[][] {
	const spans = texts.map((text) => extractQuotes(text));
	for (let index = 0; index < texts.length; index++) {
		const text = texts[index] ?? '';
		const found = spans[index] ?? [];
		if (runsOn(text, found)) index = continueQuote(texts, spans, index) - 1;
		else if (found.length === 0 || (found[0]?.start ?? 0) > 0) {
			const opened = afterColon(text, found);
			if (opened) spans[index] = [opened, ...found];
		}
	}
	return spans;
}

/**
 * Follow a quote left open at the end of paragraph `from` into the paragraphs after it: those
 * whose quotes all close are quoted whole, up to one that closes a quote it never opened.
 * Returns the index to go on from.
 */
function continueQuote(texts: readonly string[], spans: QuoteSpan[][], from: number): number {
	for (let index = from + 1; index < Math.min(texts.length, from + 1 + MAX_RUN); index++) {
		const text = texts[index] ?? '';
		const found = spans[index] ?? [];
		const closer = lostOpening(text, found);
		if (closer !== -1) {
			for (let between = from + 1; between < index; between++) spans[between] = wholeQuote(texts[between] ?? '', spans[between] ?? []);
			const end = text.slice(0, closer).trimEnd().length;
			const start = text.length - text.trimStart().length;
			if (end > start) spans[index] = [{ start, end, open: '', close: text[closer] ?? '', depth: 0 }, ...found];
			return index + 1;
		}
		// A paragraph reopened with a mark, or with a quote of its own left open, is no lost continuation.
		const reopened = found.some((span) => span.depth === 0 && text.slice(0, span.start).trim().length <= 1);
		if (reopened || found.some((span) => span.depth === 0 && span.close === '')) return index;
	}
	return from + 1;
}

/** Whether the paragraph's last top-level quote is never closed and runs to its end. */
function runsOn(text: string, spans: readonly QuoteSpan[]): boolean {
	const last = spans.filter((span) => span.depth === 0).at(-1);
	return last !== undefined && last.close === '' && last.end >= text.trimEnd().length;
}

/** Offset of a closing mark before any quote of the paragraph opens, or -1. */
function lostOpening(text: string, spans: readonly QuoteSpan[]): number {
	CLOSER.lastIndex = 0;
	const closer = CLOSER.exec(text);
	if (!closer) return -1;
	const first = spans[0];
	return first === undefined || first.start > closer.index + 1 ? closer.index : -1;
}

/** A paragraph quoted whole, its own quotes one level deeper. */
function wholeQuote(text: string, spans: readonly QuoteSpan[]): QuoteSpan[] {
	const start = text.length - text.trimStart().length;
	const end = text.trimEnd().length;
	if (end <= start) return [...spans];
	return [{ start, end, open: '', close: '', depth: 0 }, ...spans.map((span) => ({ ...span, depth: span.depth + 1 }))];
}

/**
 * `Anna Kowalski: We will not stop.”`: a closing mark that nothing opened, after a colon in
 * the same sentence; the quote starts after the colon.
 */
function afterColon(text: string, spans: readonly QuoteSpan[]): QuoteSpan | null {
	const closer = lostOpening(text, spans);
	if (closer === -1) return null;
	const colon = text.lastIndexOf(':', closer);
	if (colon === -1 || /[.!?]\s/u.test(text.slice(colon, closer))) return null;
	const start = colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length);
	const end = text.slice(0, closer).trimEnd().length;
	return end - start >= 8 ? { start, end, open: '', close: text[closer] ?? '', depth: 0 } : null;
}
