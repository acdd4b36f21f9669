/**
 * The marks the site colours or underlines, each with one meaning on every page, and which of
 * them a page shows (its legend lists exactly those; see Legend.astro).
 */
import type { Article } from '../lib/schema.ts';
import type { ParagraphView } from './article-view.ts';

/** One kind of mark: a quote one outlet carries, one several carry, a quote inside a quote, a sentence others carry, a differing word. */
export type LegendKey = 'single' | 'shared' | 'nested' | 'passage' | 'diff';

/** What each mark means, in the order a legend lists them. */
export const LEGEND_WORDING: Readonly<Record<LegendKey, string>> = {
	single: 'quote only one outlet carries',
	shared: 'quote other outlets carry too',
	nested: 'quote inside a quote',
	passage: 'sentence other outlets carry too',
	diff: 'word that differs between wordings',
};

/**
 * The marks an article page shows, in legend order.
 *
 * @example
 * articleLegend(article, paragraphs, new Set()) // ['single'] for an article with quotes no one else carries
 */
export function articleLegend(
	article: Pick<Article, 'quotes'>,
	paragraphs: readonly ParagraphView[],
	shared: ReadonlySet<string>,
): LegendKey[] {
	const present: Record<LegendKey, boolean> = {
		single: article.quotes.some((quote) => !shared.has(quote.id)),
		shared: article.quotes.some((quote) => shared.has(quote.id)),
		nested: article.quotes.some((quote) => quote.depth > 0),
		passage: paragraphs.some((paragraph) => paragraph.runs.some((run) => run.passage !== null)),
		diff: false,
	};
	return legendKeys(present);
}

/**
 * The keys that are present, in legend order.
 *
 * @example
 * legendKeys({ shared: true, diff: true }) // ['shared', 'diff']
 */
export function legendKeys(present: Partial<Record<LegendKey, boolean>>): LegendKey[] {
	return (Object.keys(LEGEND_WORDING) as LegendKey[]).filter((key) => present[key] === true);
}
