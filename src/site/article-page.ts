/**
 * The props of every article page, computed once per build from the whole cluster.
 */
import type { Article, Cluster, Link } from '../lib/schema.ts';
import { safeLinks, sharedBadges, toParagraphViews, type ParagraphView, type SharedBadge } from './article-view.ts';
import { articleLegend, type LegendKey } from './legend.ts';
import { indexSources, toSources } from './sources.ts';

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

/** One entry per article, in reading order. */
export function articlePageProps(cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes'>, base: string): ArticlePageProps[] {
	const sources = indexSources(toSources(cluster.articles, base));
	const label = (id: string) => {
		const source = sources.get(id);
		return source ? `${source.outlet}, “${source.headline}”` : id;
	};
	return cluster.articles.map((article) => {
		const badges = sharedBadges(article, cluster.sharedQuotes, base);
		const shared = new Set(Object.keys(badges));
		const paragraphs = toParagraphViews(article, cluster.passages, label, shared);
		return { article, paragraphs, badges, links: safeLinks(article.links), legend: articleLegend(article, paragraphs, shared) };
	});
}
