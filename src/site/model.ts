/**
 * The site model: everything the pages show, built once per build from the records. Route
 * files read it (like Starlight's utils/routing exports its paths) and never scan the records
 * themselves: every lookup is a map by id, and each part is computed at most once, when a page
 * first asks for it.
 */
import type { Cluster } from '../lib/schema.ts';
import { buildStory, type StoryParagraph } from '../lib/story.ts';
import { articlePageProps, type ArticlePageProps } from './article-page.ts';
import { buildOverview, HOME_LIMITS, type Overview } from './overview.ts';
import { quotePages, type QuotePage } from './quote-pages.ts';
import { indexSources, toSources, type SourceView } from './sources.ts';
import { paginateStory, type StoryPage } from './story-pages.ts';
import { toStoryView } from './story-view.ts';
import { anchorHref, articlePath, coveragePath, quotePath, sourcesPath, storyPath, withBase } from './urls.ts';
import { coverageList, type CoverageEntry } from './coverage-list.ts';

/** Sources listed per page of /sources/. */
export const SOURCES_PER_PAGE = 100;
/** Rows listed per page of /coverage/. */
export const COVERAGE_PER_PAGE = 60;

/** One page of a list split into pages, with its number (from 1) and the count of pages. */
export interface ListPage<T> {
	number: number;
	pages: number;
	items: T[];
}

/** Everything the site shows, built once. */
export interface SiteModel {
	cluster: Cluster;
	base: string;
	sources: SourceView[];
	sourcesById: Map<string, SourceView>;
	/** The merged story of the core. */
	readonly story: StoryParagraph[];
	/** The story split into pages of whole paragraphs. */
	readonly storyPages: StoryPage[];
	/** A story sentence's link: the page that holds it and its anchor. */
	storySentenceHref(sentenceId: string): string;
	readonly overview: Overview;
	readonly articlePages: ArticlePageProps[];
	readonly quotePages: QuotePage[];
	/** The full source list in pages; empty when the home page lists every source. */
	readonly sourcePages: ListPage<SourceView>[];
	/** The full coverage list in pages; empty when the home page shows every row. */
	readonly coveragePages: ListPage<CoverageEntry>[];
	/** Paths of every canonical page (alias quote pages left out), for the sitemap. */
	sitePaths(extra?: readonly string[]): string[];
}

/**
 * Split a list into pages of at most `size` items; an empty list gives one empty page.
 *
 * @example
 * paginate(['a', 'b', 'c'], 2) // [{ number: 1, pages: 2, items: ['a', 'b'] }, { number: 2, pages: 2, items: ['c'] }]
 */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
	const pages = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: pages }, (_unused, index) => ({
		number: index + 1,
		pages,
		items: items.slice(index * size, (index + 1) * size),
	}));
}

/** A value computed on first use, then kept. */
function lazy<T>(compute: () => T): () => T {
	let value: { v: T } | undefined;
	return () => (value ??= { v: compute() }).v;
}

/** Build the site model of a cluster; nothing heavy runs until a page asks for it. */
export function buildSiteModel(cluster: Cluster, base: string): SiteModel {
	const sources = toSources(cluster.articles, base);
	const sourcesById = indexSources(sources);
	const story = lazy(() => buildStory(cluster));
	const storyPages = lazy(() => paginateStory(toStoryView(cluster, base, story()), base));
	const pageOfSentence = lazy(() => {
		const pages = new Map<string, number>();
		for (const page of storyPages()) for (const id of page.sentenceIds) pages.set(id, page.number);
		return pages;
	});
	const storySentenceHref = (id: string) => anchorHref(withBase(base, storyPath(pageOfSentence().get(id) ?? 1)), id);
	const overview = lazy(() => buildOverview(cluster, base, undefined, story(), storySentenceHref));
	const articlePages = lazy(() => articlePageProps(cluster, base, sourcesById));
	const quotes = lazy(() => quotePages(cluster, base, sourcesById));
	// The full lists exist only when the home page cannot show everything.
	const sourcePages = lazy(() => (sources.length > HOME_LIMITS.sources ? paginate(sources, SOURCES_PER_PAGE) : []));
	const coveragePages = lazy(() =>
		cluster.sharedQuotes.length + cluster.passages.length > HOME_LIMITS.coverageRows
			? paginate(coverageList(cluster, base, sourcesById, storySentenceHref), COVERAGE_PER_PAGE)
			: [],
	);
	return {
		cluster,
		base,
		sources,
		sourcesById,
		get story() {
			return story();
		},
		get storyPages() {
			return storyPages();
		},
		storySentenceHref,
		get overview() {
			return overview();
		},
		get articlePages() {
			return articlePages();
		},
		get quotePages() {
			return quotes();
		},
		get sourcePages() {
			return sourcePages();
		},
		get coveragePages() {
			return coveragePages();
		},
		sitePaths: (extra = []) => [
			'',
			...storyPages().map((page) => storyPath(page.number)),
			...extra,
			...sourcePages().map((page) => sourcesPath(page.number)),
			...coveragePages().map((page) => coveragePath(page.number)),
			...cluster.articles.map((article) => articlePath(article.id)),
			...quotes()
				.filter((page) => page.id === page.canonicalId)
				.map((page) => quotePath(page.id)),
		],
	};
}
