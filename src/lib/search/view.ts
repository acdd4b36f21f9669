/**
 * What one result shows, as plain data for the page script to turn into DOM nodes.
 */
import { searchLinks } from './docs.ts';
import type { VariantMap } from './fold.ts';
import type { ResultGroup } from './group.ts';
import { snippet, type Segment } from './highlight.ts';
import type { ParsedQuery } from './query.ts';

/** One result, ready to render. */
export interface ResultView {
	id: string;
	outlet: string;
	headline: string;
	/** `Quote · Anna Kowalski`, `Quote · Anna Kowalski · paragraph 3` or `Paragraph 3`. */
	label: string;
	segments: Segment[];
	/** The main link: the quote's mark, or the paragraph. */
	anchor: string;
	/** The paragraph, when the result is a quote found in its paragraph too. */
	paragraphAnchor: string | null;
	quotePage: string | null;
	sharedPage: string | null;
}

/**
 * The view of a result under a base path: the quote's text and links first, the paragraph's
 * link kept beside them when the paragraph matched as well.
 *
 * @example
 * resultView(group, query, variants, '/').label // 'Quote · Anna Kowalski · paragraph 3'
 */
export function resultView(group: ResultGroup, query: ParsedQuery, variants: VariantMap, base: string): ResultView {
	const quote = group.quotes[0];
	const main = quote ?? group.paragraph!;
	const links = searchLinks(base, main);
	const number = `${main.paragraph + 1}`;
	const label = quote
		? [`Quote`, quote.speaker, group.paragraph ? `paragraph ${number}` : null].filter(Boolean).join(' · ')
		: `Paragraph ${number}`;
	return {
		id: `result-${group.index}`,
		outlet: main.outlet ?? 'outlet unknown',
		headline: main.headline,
		label,
		segments: snippet(main.text, query, variants),
		anchor: links.anchor,
		paragraphAnchor: quote && group.paragraph ? searchLinks(base, group.paragraph).anchor : null,
		quotePage: links.quotePage,
		sharedPage: links.sharedPage,
	};
}

/**
 * The sentence the live region announces.
 *
 * @example
 * resultCount(1, 1, 'halvenka') // '1 result for “halvenka”'
 * resultCount(120, 50, 'the') // '120 results for “the”; showing the first 50'
 */
export function resultCount(total: number, shown: number, query: string): string {
	const count = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”`;
	return shown < total ? `${count}; showing the first ${shown}` : count;
}
