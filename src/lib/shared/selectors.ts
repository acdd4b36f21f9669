/**
 * W3C Web Annotation selectors for quote occurrences (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the exact words with some context either side, so an annotation tool can anchor them on the
 * outlet's own page, where offsets into Chorus' paragraphs mean nothing.
 */
import type { Article, Occurrence, SharedQuote, TextQuoteSelector } from '../schema.ts';

/** Characters of context kept on either side of the words. */
const CONTEXT = 32;

/**
 * The selector of a span of a paragraph: the span, and up to 32 characters before and after it.
 *
 * @example
 * textQuoteSelector('The mayor said “stop” at noon.', 16, 20) // { type: 'TextQuoteSelector', exact: 'stop', prefix: 'The mayor said “', suffix: '” at noon.' }
 */
export function textQuoteSelector(paragraph: string, start: number, end: number): TextQuoteSelector {
	return {
		type: 'TextQuoteSelector',
		exact: paragraph.slice(start, end),
		prefix: paragraph.slice(Math.max(0, start - CONTEXT), start),
		suffix: paragraph.slice(end, end + CONTEXT),
	};
}

/** The shared quotes with a selector on each occurrence whose paragraph is known. */
export function withSelectors(sharedQuotes: readonly SharedQuote[], articles: readonly Article[]): SharedQuote[] {
	const byId = new Map(articles.map((article) => [article.id, article]));
	const select = (occurrence: Occurrence): Occurrence => {
		const paragraph = byId.get(occurrence.articleId)?.paragraphs[occurrence.paragraph]?.text;
		return paragraph === undefined || occurrence.end <= occurrence.start
			? occurrence
			: { ...occurrence, selector: textQuoteSelector(paragraph, occurrence.start, occurrence.end) };
	};
	return sharedQuotes.map((shared) => ({ ...shared, occurrences: shared.occurrences.map(select) }));
}
