/**
 * The articles as sources: a short code for each (A, B, C … in reading order) so the story,
 * the coverage matrix and the quote pages can name an outlet compactly, even when the outlet
 * is unknown.
 */
import type { Article } from '../lib/schema.ts';
import { sortArticles } from '../lib/records.ts';
import { stripBidiControls } from '../lib/text/escape.ts';
import { articleHref } from './urls.ts';

/** One article as a source, ready to render. */
export interface SourceView {
	id: string;
	/** A, B, C … in reading order. */
	code: string;
	headline: string;
	headlineDerived: boolean;
	/** The outlet's name, or "outlet unknown". */
	outlet: string;
	byline: string | null;
	date: string | null;
	wordCount: number;
	href: string;
}

/**
 * The code of the source at a 0-based position: A … Z, then AA, AB …
 *
 * @example
 * sourceCode(0) // 'A'
 * sourceCode(27) // 'AB'
 */
export function sourceCode(index: number): string {
	const letter = String.fromCharCode(65 + (index % 26));
	return index < 26 ? letter : sourceCode(Math.floor(index / 26) - 1) + letter;
}

/**
 * The outlet's name as a column or marker label.
 *
 * @example
 * outletName({ outlet: null }) // 'outlet unknown'
 */
export function outletName(article: Pick<Article, 'outlet'>): string {
	return article.outlet?.name ?? 'outlet unknown';
}

/**
 * Every article as a source, in reading order (by file name). Headline and outlet are labels
 * set among the site's own words (table headers, tooltips, source markers), so their bidi
 * controls are dropped: an override in a headline must not reverse what follows it.
 */
export function toSources(articles: readonly Article[], base: string): SourceView[] {
	return sortArticles(articles).map((article, index) => ({
		id: article.id,
		code: sourceCode(index),
		headline: stripBidiControls(article.headline),
		headlineDerived: article.headlineDerived,
		outlet: stripBidiControls(outletName(article)),
		byline: article.byline,
		date: article.date,
		wordCount: article.wordCount,
		href: articleHref(base, article.id),
	}));
}

/** Sources by article id. */
export function indexSources(sources: readonly SourceView[]): Map<string, SourceView> {
	return new Map(sources.map((source) => [source.id, source]));
}
