/**
 * Quote records for one article: spans from the quotes module, with stable ids,
 * normalised text and speakers.
 */
import { hashText } from '../text/hash.ts';
import { extractArticleQuotes } from '../quotes/continued.ts';
import { normalizeQuote } from '../quotes/normalize.ts';
import { attributeSpeakers } from '../quotes/speaker.ts';
import { attributeEchoes } from '../quotes/echoes.ts';
import type { Paragraph, Quote } from '../schema.ts';

/** Paragraphs longer than this are not news prose; their quotes keep no speaker (attribution would take too long). */
const MAX_ATTRIBUTED_PARAGRAPH = 5_000;

/**
 * Every quotation in an article's paragraphs, in reading order, a quote continued over
 * paragraphs with lost marks included (quotes/continued.ts).
 * A quote's id is the article id plus a hash of its normalised text, so it survives
 * edits elsewhere in the article, rebuilds, and new articles in the folder. The same words
 * quoted again get `-2`, `-3`… and `repeatOf` the first one's id: every occurrence keeps its
 * own place and speaker, while pages and shared quotes count the words once.
 *
 * @example
 * quotesOf('a', [{ text: '“We won,” Anna Kowalski said.', lines: [3], sentences: [{ start: 0, end: 29 }] }])
 * // [{ id: 'a-…', text: 'We won,', speaker: { text: 'Anna Kowalski', name: 'Anna Kowalski' }, repeatOf: null, … }]
 */
export function quotesOf(articleId: string, paragraphs: readonly Paragraph[]): Quote[] {
	const spans = extractArticleQuotes(paragraphs.map((paragraph) => paragraph.text));
	const located = paragraphs.flatMap((paragraph, index) =>
		(spans[index] ?? []).map((span) => ({ ...span, paragraph: index, text: paragraph.text.slice(span.start, span.end) })),
	);
	const speakers = attributeWithinReason(paragraphs, located);
	const seen = new Map<string, number>();
	const records = located.map((quote, index) => {
		const normalized = normalizeQuote(quote.text);
		const base = `${articleId}-${hashText(normalized || quote.text)}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return {
			id: count === 1 ? base : `${base}-${count}`,
			// Later quotes of the same words keep their own place and speaker, and point to the first.
			repeatOf: count === 1 ? null : base,
			articleId,
			paragraph: quote.paragraph,
			start: quote.start,
			end: quote.end,
			text: quote.text,
			open: quote.open,
			close: quote.close,
			depth: quote.depth,
			normalized,
			speaker: speakers[index] ?? null,
		};
	});
	const echoed = attributeEchoes(records);
	return records.map((record, index) => ({ ...record, speaker: echoed[index] ?? null }));
}

/** Speakers for the quotes of ordinary paragraphs; null for quotes in an overlong one. */
function attributeWithinReason(
	paragraphs: readonly Paragraph[],
	quotes: readonly { paragraph: number; start: number; end: number; depth: number }[],
) {
	const overlong = (index: number) => (paragraphs[index]?.text.length ?? 0) > MAX_ATTRIBUTED_PARAGRAPH;
	const kept = paragraphs.map((paragraph, index) => (overlong(index) ? { text: '', sentences: [] } : paragraph));
	const attributable = quotes.filter((quote) => !overlong(quote.paragraph));
	const speakers = attributeSpeakers(kept, attributable);
	const byQuote = new Map(attributable.map((quote, index) => [quote, speakers[index] ?? null]));
	return quotes.map((quote) => byQuote.get(quote) ?? null);
}
