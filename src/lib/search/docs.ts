/**
 * Search documents: one per paragraph of every article and one per quotation, each with
 * what a result shows (outlet, headline, speaker, text), where it links to, and the folded
 * text it is matched by.
 */
import type { Cluster } from '../schema.ts';
import { foldText, toVariantMap, variantPairs, type VariantMap } from './fold.ts';

/** One searchable unit. */
export interface SearchDoc {
	kind: 'paragraph' | 'quote';
	articleId: string;
	/** The outlet's name, or null when the article does not say. */
	outlet: string | null;
	headline: string;
	/** Who said it (resolved name), for quotes; null for paragraphs and unattributed quotes. */
	speaker: string | null;
	/** The text as the outlet wrote it. */
	text: string;
	/** `foldText(text)`: what queries are matched against. */
	folded: string;
	/** Index of the paragraph in the article (the `#p-<index>` anchor). */
	paragraph: number;
	/** The quote record's id (its `#<id>` anchor and `/quotes/<id>/` page); null for paragraphs. */
	quoteId: string | null;
	/** The shared quote this quote is an occurrence of, if any (`/quotes/<sharedId>/`). */
	sharedId: string | null;
}

/**
 * Every paragraph and quotation of a cluster as search documents, in reading order
 * (an article's paragraphs, then its quotes).
 *
 * @example
 * toSearchDocs(cluster)[0] // { kind: 'paragraph', articleId: '000-…', paragraph: 0, folded: ' the … ', … }
 */
export function toSearchDocs(cluster: Pick<Cluster, 'articles' | 'sharedQuotes' | 'nameVariants'>, variants?: VariantMap): SearchDoc[] {
	const map = variants ?? toVariantMap(variantPairs(cluster.nameVariants));
	const shared = new Map<string, string>();
	for (const sharedQuote of cluster.sharedQuotes) {
		for (const occurrence of sharedQuote.occurrences) if (occurrence.quoteId) shared.set(occurrence.quoteId, sharedQuote.id);
	}
	return cluster.articles.flatMap((article) => {
		const common = { articleId: article.id, outlet: article.outlet?.name ?? null, headline: article.headline };
		const paragraphs = article.paragraphs.map((paragraph, index): SearchDoc => ({
			kind: 'paragraph',
			...common,
			speaker: null,
			text: paragraph.text,
			folded: foldText(paragraph.text, map),
			paragraph: index,
			quoteId: null,
			sharedId: null,
		}));
		const quotes = article.quotes.map((quote): SearchDoc => ({
			kind: 'quote',
			...common,
			speaker: quote.speaker?.name ?? null,
			text: quote.text,
			folded: foldText(quote.text, map),
			paragraph: quote.paragraph,
			// Words an article quotes again share the first quote's page (and its shared quote):
			// a repeat has no page of its own, so its result links to the first.
			quoteId: quote.repeatOf ?? quote.id,
			sharedId: shared.get(quote.repeatOf ?? quote.id) ?? null,
		}));
		return [...paragraphs, ...quotes];
	});
}

/** Where a result links to: the paragraph or quote anchor, and for quotes their pages. */
export interface SearchLinks {
	anchor: string;
	quotePage: string | null;
	sharedPage: string | null;
}

/**
 * The links of a document under a base path.
 *
 * @example
 * searchLinks('/', { kind: 'paragraph', articleId: 'a', paragraph: 2, quoteId: null, sharedId: null })
 * // { anchor: '/articles/a/#p-2', quotePage: null, sharedPage: null }
 */
export function searchLinks(base: string, doc: Pick<SearchDoc, 'articleId' | 'paragraph' | 'quoteId' | 'sharedId'>): SearchLinks {
	const root = base.endsWith('/') ? base : `${base}/`;
	const article = `${root}articles/${encodeURIComponent(doc.articleId)}/`;
	return {
		anchor: doc.quoteId ? `${article}#${encodeURIComponent(doc.quoteId)}` : `${article}#p-${doc.paragraph}`,
		quotePage: doc.quoteId ? `${root}quotes/${encodeURIComponent(doc.quoteId)}/` : null,
		sharedPage: doc.sharedId ? `${root}quotes/${encodeURIComponent(doc.sharedId)}/` : null,
	};
}

/**
 * The outlets a search can be narrowed to, sorted by name.
 *
 * @example
 * outletsOf([{ outlet: { name: 'Example Radio', evidence: 'text' } }, { outlet: null }]) // ['Example Radio']
 */
export function outletsOf(articles: readonly Pick<Cluster['articles'][number], 'outlet'>[]): string[] {
	return [...new Set(articles.flatMap((article) => (article.outlet ? [article.outlet.name] : [])))].sort((a, b) =>
		a.localeCompare(b, 'en'),
	);
}
