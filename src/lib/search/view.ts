/**
 * What one result shows, as plain data for the page script to turn into DOM nodes.
 */
import { searchLinks, type SearchLinks } from './docs.ts';
import type { SearchHit } from './engine.ts';
import type { VariantMap } from './fold.ts';
import { snippet, type Segment } from './highlight.ts';
import type { ParsedQuery } from './query.ts';

/** One result, ready to render. */
export interface ResultView extends SearchLinks {
	id: string;
	outlet: string;
	headline: string;
	/** `Quote · Anna Kowalski` or `Paragraph 3`. */
	label: string;
	segments: Segment[];
}

/**
 * The view of a hit under a base path.
 *
 * @example
 * resultView(hit, query, variants, '/').label // 'Quote · Anna Kowalski'
 */
export function resultView(hit: SearchHit, query: ParsedQuery, variants: VariantMap, base: string): ResultView {
	const { doc } = hit;
	const label = doc.kind === 'quote' ? ['Quote', doc.speaker].filter(Boolean).join(' · ') : `Paragraph ${doc.paragraph + 1}`;
	return {
		id: `result-${hit.index}`,
		outlet: doc.outlet ?? 'outlet unknown',
		headline: doc.headline,
		label,
		segments: snippet(doc.text, query, variants),
		...searchLinks(base, doc),
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
