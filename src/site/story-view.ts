/**
 * What /story/ shows: the merged story from buildStory with, for every sentence, compact
 * source markers linking to the exact paragraph of each article, shared quotes with the
 * articles that carry them, the sentence's other wordings with their differing words marked,
 * and, said plainly, where its sources disagree on a number, a date, a name or who spoke.
 */
import type { Cluster, SharedQuote } from '../lib/schema.ts';
import { buildStory, type Difference, type SentenceSource, type StoryParagraph, type StorySentence } from '../lib/story.ts';
import { paragraphAnchor } from './article-view.ts';
import { disputedSpeakers } from '../lib/shared/shared-quotes.ts';
import { isQuoteSegment, type Segment } from '../lib/segments.ts';
import type { QuoteNote } from './notes.ts';
import { legendKeys, type LegendKey } from './legend.ts';
import { indexSources, toSources, type SourceView } from './sources.ts';
import { anchorHref, quoteHref } from './urls.ts';
import { toTextRuns, toWordRuns, type WordRun } from './word-diff.ts';

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

/** Another wording of a story sentence: its words with the differing ones marked, and its sources. */
export interface WordingView {
	runs: WordRun[];
	markers: SourceMarker[];
}

/** One outlet's reading where outlets disagree, with the codes of the sources that give it. */
export interface ReadingView {
	text: string;
	codes: string[];
}

/** A place where the sources of one sentence disagree: on a number, a date, a name or who spoke. */
export interface DisagreementView {
	label: string;
	readings: ReadingView[];
}

/** One sentence ready to render. */
export interface StorySentenceView {
	id: string;
	segments: Segment[];
	markers: SourceMarker[];
	/** Shared quotes in the sentence, keyed by the quote id used in its segments. */
	shared: Record<string, SharedMark>;
	/** The other wordings of the sentence, most widely carried first. */
	wordings: WordingView[];
	/** Where its sources disagree, said plainly. */
	disagreements: DisagreementView[];
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

/** One story paragraph. */
export interface StoryParagraphView {
	sentences: StorySentenceView[];
}

/** The whole /story/ page. */
export interface StoryView {
	sources: SourceView[];
	paragraphs: StoryParagraphView[];
	/** The marks the story uses, for its legend. */
	legend: LegendKey[];
}

const DIFFERENCE_LABEL: Record<Difference['kind'], string> = {
	number: 'Outlets give different numbers',
	date: 'Outlets give different dates',
	name: 'Outlets give different names',
};

/** What turning a story sentence into its view needs: the cluster's sources and shared quotes. */
interface ViewContext {
	base: string;
	byId: Map<string, SourceView>;
	sharedById: Map<string, SharedQuote>;
	codesOf: (ids: readonly string[]) => string[];
}

/** Build the /story/ page from the cluster (once per build; pass the story when it is already built). */
export function toStoryView(
	cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes' | 'nameVariants'>,
	base: string,
	story: readonly StoryParagraph[] = buildStory(cluster),
): StoryView {
	const sources = toSources(cluster.articles, base);
	const byId = indexSources(sources);
	const context: ViewContext = {
		base,
		byId,
		sharedById: new Map(cluster.sharedQuotes.map((shared) => [shared.id, shared])),
		codesOf: (ids) => ids.flatMap((id) => byId.get(id)?.code ?? []).toSorted(),
	};
	const paragraphs = story.map((paragraph: StoryParagraph) => ({
		sentences: paragraph.sentences.map((sentence) => toSentenceView(sentence, context)),
	}));
	return { sources, paragraphs, legend: storyLegend(paragraphs) };
}

/** The marks the story shows: quotes one outlet or several carry, quotes inside quotes, differing words. */
function storyLegend(paragraphs: readonly StoryParagraphView[]): LegendKey[] {
	const present: Partial<Record<LegendKey, boolean>> = {};
	const visit = (segments: readonly Segment[], shared: Record<string, SharedMark>, depth: number) => {
		for (const segment of segments) {
			if (!isQuoteSegment(segment)) continue;
			if (depth > 0) present.nested = true;
			else if (shared[segment.quoteId]) present.shared = true;
			else present.single = true;
			visit(segment.children, shared, depth + 1);
		}
	};
	for (const sentence of paragraphs.flatMap((paragraph) => paragraph.sentences)) {
		visit(sentence.segments, sentence.shared, 0);
		if (sentence.wordings.length > 0) present.diff = true;
	}
	return legendKeys(present);
}

function toSentenceView(sentence: StorySentence, context: ViewContext): StorySentenceView {
	const { base, sharedById, codesOf } = context;
	const shared: Record<string, SharedMark> = {};
	const speakers = new Map<string, DisagreementView>();
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
		const people = disagreement(record, codesOf);
		if (people) {
			const readings = people.map((person) => ({ text: person.speaker, codes: person.codes }));
			speakers.set(sharedId, { label: 'Outlets name different speakers', readings });
		}
	}
	const differences = sentence.differences.map((difference) => ({
		label: DIFFERENCE_LABEL[difference.kind],
		readings: difference.readings.map((reading) => ({ text: reading.text, codes: codesOf(reading.articles) })),
	}));
	return {
		id: sentence.id,
		segments: sentence.segments,
		markers: markersOf(sentence.sources, context),
		shared,
		wordings: sentence.wordings.map((wording) => ({
			runs: toTextRuns(wording.text, wording.words),
			markers: markersOf(wording.sources, context),
		})),
		disagreements: [...speakers.values(), ...differences],
	};
}

/** Source keys for a sentence's copies, in code order, each linking to its paragraph. */
function markersOf(list: readonly SentenceSource[], { byId }: ViewContext): SourceMarker[] {
	return list
		.flatMap((source) => {
			const view = byId.get(source.articleId);
			if (!view) return [];
			const label = `${view.code}: ${view.outlet}, “${view.headline}”, paragraph ${source.paragraph + 1}`;
			return [{ code: view.code, label, href: anchorHref(view.href, paragraphAnchor(source.paragraph)) }];
		})
		.toSorted((a, b) => (a.code < b.code ? -1 : 1));
}

/** One speaker the outlets name for a shared quote, with the codes of the outlets that name them. */
export interface AttributionView {
	speaker: string;
	codes: string[];
}

/**
 * The speakers outlets name for a shared quote, when they name different people; null when they agree.
 *
 * @example
 * disagreement({ attributions: [{ speaker: 'Anna Kowalski', articles: ['a'] }] }, codesOf) // null
 */
export function disagreement(
	shared: Pick<SharedQuote, 'attributions'>,
	codesOf: (ids: readonly string[]) => string[],
): AttributionView[] | null {
	return (
		disputedSpeakers(shared.attributions)?.map((person) => ({ speaker: person.speaker ?? '', codes: codesOf(person.articles) })) ?? null
	);
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
