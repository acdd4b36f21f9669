/**
 * Every /quotes/<id>/ page: one per distinct quote of an article (its repeats listed on it, see
 * repeats.ts), one per shared quote, and one per alias id of a shared quote (the same content,
 * with the main id as canonical). Pure: the route file maps these to getStaticPaths.
 */
import type { Article, Cluster, Paragraph, QuoteLink, SharedQuote } from '../lib/schema.ts';
import { speakerLabel } from './article-view.ts';
import { toSegments, type Segment } from '../lib/segments.ts';
import { indexSources, toSources, type SourceView } from './sources.ts';
import { disagreement, toVariantFigure, type AttributionView, type VariantFigure } from './story-view.ts';
import { legendKeys, type LegendKey } from './legend.ts';
import { pagedQuoteIds, repeatsByFirst, repeatSpots, type RepeatSpots } from './repeats.ts';
import { anchorHref, isHttpUrl, quoteHref, textFragmentHref } from './urls.ts';

/** One article that carries the quote. */
export interface QuoteCarrier {
	source: SourceView;
	/** The sentence (or sentences) around the quote, with the quote marked. */
	context: Segment[];
	/** The exact spot on the article page: /articles/<id>/#<quoteId>. */
	spotHref: string;
	/** A text-fragment link to the wording itself. */
	fragmentHref: string;
	/** The same wording on the outlet's own page, when the article's http(s) address is known. */
	originalHref: string | null;
	/** The wording as this article has it. */
	text: string;
	/** How this wording was joined to the others: `translation of another wording (82% of its words matched)`. */
	joined: string | null;
	/** Who this article says spoke it, exactly as its own page says. */
	attributed: string;
	/** The article's own http(s) address, when the input gave one. */
	articleUrl: string | null;
	/** The other places this article quotes the same words; null when it quotes them once. */
	repeats: RepeatSpots | null;
}

/** Everything one quote page shows. */
export interface QuotePage {
	/** The id in this page's URL. */
	id: string;
	/** The id of the page this one duplicates (itself unless an alias). */
	canonicalId: string;
	kind: 'shared' | 'single';
	text: string;
	speaker: string;
	carriers: QuoteCarrier[];
	/** The wordings side by side, when there is more than one. */
	variants: VariantFigure | null;
	/** For an article quote: the shared quote it belongs to, if any. */
	shared: { id: string; href: string; count: number } | null;
	/** For a short quote that fits several statements about equally: links to them; it was joined to none. */
	fits: { href: string; text: string }[];
	/** When the outlets name different speakers: each one with its outlets; null when they agree. */
	attributions: AttributionView[] | null;
	/** The marks the page uses, for its legend. */
	legend: LegendKey[];
}

/** How a link reads on a quote page. */
const LINK_WORDING: Record<QuoteLink['kind'], string> = {
	exact: 'the same words as',
	variant: 'another wording of',
	translation: 'another translation of',
	overlap: 'cut differently from, and overlapping,',
	fragment: 'a fragment of',
};

/** Every quote page of the cluster, main pages before aliases, each id once. */
export function quotePages(
	cluster: Pick<Cluster, 'articles' | 'sharedQuotes' | 'fragments'>,
	base: string,
	sources: ReadonlyMap<string, SourceView> = indexSources(toSources(cluster.articles, base)),
): QuotePage[] {
	const articles = new Map(cluster.articles.map((article) => [article.id, article]));
	const codesOf = (ids: readonly string[]) => ids.flatMap((id) => sources.get(id)?.code ?? []).toSorted();
	const sharedOfQuote = new Map<string, SharedQuote>();
	for (const shared of cluster.sharedQuotes) {
		for (const occurrence of shared.occurrences) if (occurrence.quoteId) sharedOfQuote.set(occurrence.quoteId, shared);
	}
	const quoteText = new Map(cluster.articles.flatMap((article) => article.quotes.map((quote) => [quote.id, quote.text])));
	const linkOf = new Map(cluster.sharedQuotes.flatMap((shared) => shared.links.map((link) => [link.from, link])));
	const joined = (quoteId: string | null): string | null => {
		const link = quoteId === null ? undefined : linkOf.get(quoteId);
		if (!link) return null;
		return `Joined as ${LINK_WORDING[link.kind]} “${(quoteText.get(link.to) ?? '').replace(/[\s,;:]+$/u, '')}” (${Math.round(link.score * 100)}% of the shorter wording matched).`;
	};
	const fitsOf = new Map(cluster.fragments.map((fragment) => [fragment.quoteId, fragment.fits]));
	const pagedOf = new Map(cluster.articles.map((article) => [article.id, pagedQuoteIds(article.quotes)]));
	const paged = new Set([...pagedOf.values()].flatMap((ids) => [...ids]));
	const repeats = repeatsByFirst(cluster.articles.flatMap((article) => article.quotes));
	const speakerOf = new Map(cluster.articles.flatMap((article) => article.quotes.map((quote) => [quote.id, speakerLabel(quote.speaker)])));
	const carrier = (
		article: Article,
		spot: { quoteId: string | null; paragraph: number; start: number; end: number },
		shared: boolean,
	): QuoteCarrier => {
		const source = sources.get(article.id)!;
		const again = spot.quoteId === null ? undefined : repeats.get(spot.quoteId);
		const paragraph = article.paragraphs[spot.paragraph];
		const text = paragraph?.text.slice(spot.start, spot.end) ?? '';
		const target = spot.quoteId ?? `p-${spot.paragraph}`;
		return {
			source,
			context: paragraph ? contextSegments(paragraph, spot, shared) : [],
			spotHref: anchorHref(source.href, target),
			fragmentHref: textFragmentHref(source.href, text),
			originalHref: article.url && isHttpUrl(article.url) ? textFragmentHref(article.url.replace(/#.*$/su, ''), text) : null,
			text,
			joined: joined(spot.quoteId),
			attributed: (spot.quoteId === null ? undefined : speakerOf.get(spot.quoteId)) ?? 'Speaker unknown',
			articleUrl: article.url && isHttpUrl(article.url) ? article.url : null,
			repeats: again ? repeatSpots(source.href, again) : null,
		};
	};

	const main: QuotePage[] = cluster.sharedQuotes.map((shared) => ({
		id: shared.id,
		canonicalId: shared.id,
		kind: 'shared',
		text: shared.canonical,
		speaker: shared.speaker ?? 'Speaker unknown',
		carriers: shared.occurrences.flatMap((occurrence) => {
			const article = articles.get(occurrence.articleId);
			return article ? [carrier(article, occurrence, true)] : [];
		}),
		variants: shared.variants.length > 1 ? toVariantFigure(shared, base, codesOf) : null,
		shared: null,
		fits: [],
		attributions: disagreement(shared, codesOf),
		legend: legendKeys({ shared: true, diff: shared.variants.length > 1 }),
	}));
	for (const article of cluster.articles) {
		const ids = pagedOf.get(article.id)!;
		for (const quote of article.quotes.filter((entry) => ids.has(entry.id))) {
			const shared = sharedOfQuote.get(quote.id);
			main.push({
				id: quote.id,
				canonicalId: quote.id,
				kind: 'single',
				text: quote.text,
				speaker: speakerLabel(quote.speaker),
				carriers: [carrier(article, { quoteId: quote.id, ...quote }, shared !== undefined)],
				variants: null,
				shared: shared ? { id: shared.id, href: quoteHref(base, shared.id), count: shared.articles.length } : null,
				fits: (fitsOf.get(quote.id) ?? [])
					.filter((id) => paged.has(id))
					.map((id) => ({ href: quoteHref(base, id), text: quoteText.get(id) ?? id })),
				attributions: null,
				legend: legendKeys({ shared: shared !== undefined, single: shared === undefined }),
			});
		}
	}
	// Maps, not find/findIndex per page: thousands of quotes must not cost millions of comparisons.
	const first = new Map<string, QuotePage>();
	for (const page of main) if (!first.has(page.id)) first.set(page.id, page);
	const taken = new Set(first.keys());
	const aliases = cluster.sharedQuotes.flatMap((shared) => {
		const page = first.get(shared.id)!;
		return shared.aliases.filter((alias) => !taken.has(alias) && taken.add(alias)).map((alias) => ({ ...page, id: alias }));
	});
	return [...first.values(), ...aliases];
}

/**
 * The sentences of a paragraph that a quote touches, with the quote marked (coloured as shared
 * when other outlets carry it too).
 *
 * @example
 * // paragraph 'He left. He said “go” now. Then he sat.', quote 'go' -> 'He said “go” now.'
 */
export function contextSegments(
	paragraph: Paragraph,
	spot: { start: number; end: number; quoteId: string | null },
	shared = false,
): Segment[] {
	const touched = paragraph.sentences.filter((sentence) => sentence.end > spot.start && sentence.start < spot.end);
	const from = Math.min(spot.start, ...touched.map((sentence) => sentence.start));
	const to = Math.max(spot.end, ...touched.map((sentence) => sentence.end));
	const quote = { id: spot.quoteId ?? 'passage', start: spot.start - from, end: spot.end - from, speaker: null, shared };
	return toSegments(paragraph.text.slice(from, to), [quote]);
}
