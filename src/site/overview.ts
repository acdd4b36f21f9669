/**
 * What the home page shows: the event at a glance, the sources, the most-shared quotes, a
 * coverage matrix (which article carries which shared quote and passage), what only one
 * article reports, and names spelled differently across the articles.
 */
import type { Cluster, NameVariantGroup } from '../lib/schema.ts';
import { summarizeEvent } from '../lib/event.ts';
import { buildStory, type StoryParagraph } from '../lib/story.ts';
import { formatDate } from './format.ts';
import { toSources, type SourceView } from './sources.ts';
import { anchorHref, articleHref, quoteHref, storyPath, withBase } from './urls.ts';

/** The event: what, where, when, and how the date was found. */
export interface EventView {
	what: string;
	whatHref: string | null;
	where: string[];
	/** e.g. "Tuesday 9 November 2021"; null when the articles do not allow it. */
	when: string | null;
	isoDate: string | null;
	evidence: string;
}

/** A most-shared quote. */
export interface TopQuote {
	id: string;
	href: string;
	text: string;
	speaker: string;
	count: number;
}

/** One row of the coverage matrix. */
export interface CoverageRow {
	kind: 'quote' | 'passage';
	label: string;
	href: string;
	/** One cell per source, in source order. */
	carried: boolean[];
}

/** Sentences only one article has. */
export interface OnlyHere {
	source: SourceView;
	count: number;
}

/** The home page. */
export interface Overview {
	event: EventView;
	sources: SourceView[];
	topQuotes: TopQuote[];
	coverage: CoverageRow[];
	onlyHere: OnlyHere[];
	names: NameVariantGroup[];
	/** How many sources and coverage rows there are in all (the lists above may show fewer). */
	totals: { sources: number; coverageRows: number };
}

/**
 * A date with its weekday, as the home page states when the event happened.
 *
 * @example
 * formatEventDate('2021-11-09') // 'Tuesday 9 November 2021'
 */
export function formatEventDate(isoDate: string): string {
	const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
	return `${weekday} ${formatDate(isoDate)}`;
}

/**
 * A map from every spelling of a name to its most frequent spelling.
 *
 * @example
 * canonicalNames([{ canonical: 'Halvenka', variants: [{ text: 'Khalvenka', … }] }])('Khalvenka') // 'Halvenka'
 */
export function canonicalNames(groups: readonly NameVariantGroup[]): (name: string) => string {
	const map = new Map(groups.flatMap((group) => group.variants.map((variant) => [variant.text, group.canonical] as const)));
	return (name) => map.get(name) ?? name;
}

/** How much of a growing list the home page shows; the rest is on paged lists. */
export const HOME_LIMITS = { topQuotes: 5, sources: 40, coverageRows: 15 } as const;

/**
 * Build the home page from the cluster (once per build). The lists that grow with the cluster
 * are cut to HOME_LIMITS: the first sources in reading order (the coverage matrix has a column
 * for each of them), and the most widely carried shared quotes and passages as its rows;
 * `totals` says how many there are in all. Pass the story when it is already built.
 */
export function buildOverview(
	cluster: Cluster,
	base: string,
	limit: number = HOME_LIMITS.topQuotes,
	story: readonly StoryParagraph[] = buildStory(cluster),
	storyHrefOf: (sentenceId: string) => string = (id) => anchorHref(withBase(base, storyPath()), id),
): Overview {
	const allSources = toSources(cluster.articles, base);
	const sources = allSources.slice(0, HOME_LIMITS.sources);
	const summary = summarizeEvent(cluster.articles, canonicalNames(cluster.nameVariants));
	const cells = (ids: readonly string[]) => sources.map((source) => ids.includes(source.id));
	const single = new Map<string, number>();
	for (const sentence of story.flatMap((paragraph) => paragraph.sentences)) {
		const only = sentence.sources.length === 1 ? sentence.sources[0]!.articleId : null;
		if (only) single.set(only, (single.get(only) ?? 0) + 1);
	}
	return {
		event: {
			what: summary.what,
			whatHref: summary.whatArticleId ? articleHref(base, summary.whatArticleId) : null,
			where: summary.where,
			when: summary.date ? formatEventDate(summary.date) : null,
			isoDate: summary.date,
			evidence: summary.dateEvidence,
		},
		sources,
		topQuotes: cluster.sharedQuotes.slice(0, limit).map((shared) => ({
			id: shared.id,
			href: quoteHref(base, shared.id),
			text: shared.canonical,
			speaker: shared.speaker ?? 'Speaker unknown',
			count: shared.articles.length,
		})),
		coverage: [
			...cluster.sharedQuotes.slice(0, HOME_LIMITS.coverageRows).map((shared) => ({
				kind: 'quote' as const,
				label: shared.canonical,
				href: quoteHref(base, shared.id),
				carried: cells(shared.articles),
			})),
			...cluster.passages.slice(0, Math.max(0, HOME_LIMITS.coverageRows - cluster.sharedQuotes.length)).map((passage) => ({
				kind: 'passage' as const,
				label: passage.text,
				href: storyHrefOf(passage.id),
				carried: cells(passage.articles),
			})),
		],
		totals: {
			sources: allSources.length,
			coverageRows: cluster.sharedQuotes.length + cluster.passages.length,
		},
		onlyHere: sources.map((source) => ({ source, count: single.get(source.id) ?? 0 })),
		names: cluster.nameVariants,
	};
}
