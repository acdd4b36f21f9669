/**
 * What /story/ shows: the merged story from buildStory with, for every sentence, compact
 * source markers linking to the exact paragraph of each article, shared quotes with the
 * articles that carry them, and the translations of a shared quote side by side under the
 * paragraph that first carries it.
 */
import type { Cluster, SharedQuote } from '../schema.ts';
import { buildStory, type StoryParagraph } from '../story.ts';
import { paragraphAnchor } from './article-view.ts';
import type { QuoteNote, Segment } from './segments.ts';
import { indexSources, toSources, type SourceView } from './sources.ts';
import { anchorHref, quoteHref } from './urls.ts';
import { toWordRuns, type WordRun } from './word-diff.ts';

/** A link from a story sentence to the paragraph of one article that carries it. */
export interface SourceMarker {
	code: string;
	/** Says which article, for the accessible name and tooltip. */
	label: string;
	href: string;
}

/** A shared quote inside a story sentence: its page and the codes of its carriers. */
export interface SharedMark extends QuoteNote {
	sharedId: string;
	codes: string[];
}

/** One sentence ready to render. */
export interface StorySentenceView {
	id: string;
	segments: Segment[];
	markers: SourceMarker[];
	/** Shared quotes in the sentence, keyed by the quote id used in its segments. */
	shared: Record<string, SharedMark>;
}

/** One wording of a shared quote, with its differing words marked. */
export interface VariantView {
	codes: string[];
	runs: WordRun[];
}

/** The wordings of one shared quote, side by side. */
export interface VariantFigure {
	sharedId: string;
	href: string;
	speaker: string | null;
	variants: VariantView[];
}

/** One story paragraph and the variant figures that follow it. */
export interface StoryParagraphView {
	sentences: StorySentenceView[];
	figures: VariantFigure[];
}

/** The whole /story/ page. */
export interface StoryView {
	sources: SourceView[];
	paragraphs: StoryParagraphView[];
}

/** Build the /story/ page from the cluster (once per build). */
export function toStoryView(cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes'>, base: string): StoryView {
	const sources = toSources(cluster.articles, base);
	const byId = indexSources(sources);
	const sharedById = new Map(cluster.sharedQuotes.map((shared) => [shared.id, shared]));
	const codesOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id)?.code ?? []).toSorted();
	const shown = new Set<string>();
	const paragraphs = buildStory(cluster).map((paragraph: StoryParagraph) => {
		const figures: VariantFigure[] = [];
		const sentences = paragraph.sentences.map((sentence) => {
			const shared: Record<string, SharedMark> = {};
			for (const [quoteId, sharedId] of Object.entries(sentence.shared)) {
				const record = sharedById.get(sharedId);
				if (!record) continue;
				const codes = codesOf(record.articles);
				shared[quoteId] = {
					sharedId,
					codes,
					href: quoteHref(base, sharedId),
					text: `quoted by ${codes.join(' ')}`,
					title: `Shared quote, carried by ${codes.length} sources: see every wording`,
				};
				if (record.variants.length > 1 && !shown.has(sharedId)) {
					shown.add(sharedId);
					figures.push(toVariantFigure(record, base, codesOf));
				}
			}
			const markers = sentence.sources.flatMap((source) => {
				const view = byId.get(source.articleId);
				if (!view) return [];
				const label = `${view.code}: ${view.outlet}, “${view.headline}”, paragraph ${source.paragraph + 1}`;
				return [{ code: view.code, label, href: anchorHref(view.href, paragraphAnchor(source.paragraph)) }];
			});
			return { id: sentence.id, segments: sentence.segments, markers: markers.toSorted((a, b) => (a.code < b.code ? -1 : 1)), shared };
		});
		return { sentences, figures };
	});
	return { sources, paragraphs };
}

/** The wordings of a shared quote, each with the codes of the articles that carry it. */
export function toVariantFigure(shared: SharedQuote, base: string, codesOf: (ids: readonly string[]) => string[]): VariantFigure {
	return {
		sharedId: shared.id,
		href: quoteHref(base, shared.id),
		speaker: shared.speaker,
		variants: shared.variants.map((variant) => ({ codes: codesOf(variant.articles), runs: toWordRuns(variant.words) })),
	};
}
