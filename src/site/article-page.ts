/**
 * The props of every article page, computed once per build from the whole cluster.
 */
import type { Article, Cluster, Link } from '../lib/schema.ts';
import { safeLinks, sharedBadges, toParagraphViews, type ParagraphView, type SharedBadge } from './article-view.ts';
import { articleLegend, type LegendKey } from './legend.ts';
import { indexSources, toSources, type SourceView } from './sources.ts';

/** What one article page renders. */
export type ArticlePageProps = {
	article: Article;
	paragraphs: ParagraphView[];
	/** Shared-quote badges by quote id. */
	badges: Record<string, SharedBadge>;
	links: Link[];
	/** The marks the page uses, for its legend. */
	legend: LegendKey[];
};

/**
 * One entry per article, in reading order. Shared quotes and passages are filed by article
 * first, so each page looks only at its own: linear in the records, not articles × records.
 */
export function articlePageProps(
	cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes'>,
	base: string,
	sources: ReadonlyMap<string, SourceView> = indexSources(toSources(cluster.articles, base)),
): ArticlePageProps[] {
	const sharedOf = byArticle(cluster.sharedQuotes);
	const passagesOf = byArticle(cluster.passages);
	const label = (id: string) => {
		const source = sources.get(id);
		return source ? `${source.outlet}, “${source.headline}”` : id;
	};
	return cluster.articles.map((article) => {
		const badges = sharedBadges(article, sharedOf.get(article.id) ?? [], base);
		const shared = new Set(Object.keys(badges));
		const paragraphs = toParagraphViews(article, passagesOf.get(article.id) ?? [], label, shared);
		return { article, paragraphs, badges, links: safeLinks(article.links), legend: articleLegend(article, paragraphs, shared) };
	});
}

/** Records filed under every article that one of their occurrences stands in, each once per article, in record order. */
function byArticle<T extends { occurrences: readonly { articleId: string }[] }>(records: readonly T[]): Map<string, T[]> {
	const filed = new Map<string, T[]>();
	for (const record of records) {
		for (const articleId of new Set(record.occurrences.map((occurrence) => occurrence.articleId))) {
			const list = filed.get(articleId);
			if (list) list.push(record);
			else filed.set(articleId, [record]);
		}
	}
	return filed;
}
