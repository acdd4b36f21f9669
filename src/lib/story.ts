/**
 * The merged story: every article's sentences woven into one text, each sentence once.
 * Sentences that say the same thing in several articles (a reused passage, a quote in two
 * translations, a near-copy) are aligned into one column (story/columns.ts); the columns are
 * merged into one order that keeps each article's own order as far as the others allow
 * (story/order.ts); a column shows the wording most outlets carry and keeps every other
 * wording with its sources and the facts where they disagree (story/differences.ts).
 */
import { alignWords } from './shared/align.ts';
import type { AlignedWord, Cluster, Quote } from './schema.ts';
import { toSegments, type Segment } from './segments.ts';
import { alignSentences } from './story/columns.ts';
import { findDifferences, type Difference } from './story/differences.ts';
import { orderColumns } from './story/order.ts';
import { sharedQuoteOf, toUnits, type SentenceUnit } from './story/units.ts';
import { canonicalSpelling } from './names/variants.ts';
import { byCodePoint } from './text/order.ts';
import { tokenize } from './text/tokens.ts';

export type { Difference, Reading } from './story/differences.ts';

/** Where one sentence stands in one article. */
export interface SentenceSource {
	articleId: string;
	paragraph: number;
	start: number;
	end: number;
}

/** Another wording of a story sentence, word by word against the one shown, with its sources. */
export interface StoryWording {
	text: string;
	/** This wording's words; `same` is false where the shown wording differs. */
	words: AlignedWord[];
	sources: SentenceSource[];
}

/** One sentence of the story, with every article that carries it. */
export interface StorySentence {
	/** Stable anchor: the passage id, or the shown wording's article, paragraph and offset. */
	id: string;
	passageId: string | null;
	/** The shown wording, cut around its quotes (quote ids are that article's quote ids). */
	segments: Segment[];
	/** Every article's copy of the sentence, the shown wording's first. */
	sources: SentenceSource[];
	/** The other wordings, most widely carried first. */
	wordings: StoryWording[];
	/** Shared quotes in the shown wording, keyed by quote id. */
	shared: Record<string, string>;
	/** Numbers, dates or names the wordings give differently. */
	differences: Difference[];
}

/** A paragraph of the story. */
export interface StoryParagraph {
	sentences: StorySentence[];
}

/** Wordings longer than this many words are shown whole, without a word-by-word comparison. */
const MAX_ALIGNED_WORDS = 400;

/**
 * Weave the cluster's articles into one story.
 *
 * @example
 * buildStory(cluster)[0]?.sentences[0]?.sources.length // how many outlets carry the lead
 */
export function buildStory(cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes' | 'nameVariants'>): StoryParagraph[] {
	const sharedOf = sharedQuoteOf(cluster.sharedQuotes);
	const units = toUnits(cluster.articles, sharedOf);
	const columns = alignSentences(units, cluster.passages);
	const order = orderColumns(units, columns);
	const passageAt = new Map<string, string>();
	for (const passage of cluster.passages) {
		for (const occurrence of passage.occurrences)
			passageAt.set(`${occurrence.articleId}:${occurrence.paragraph}:${occurrence.start}`, passage.id);
	}
	const canonical = canonicalSpelling(cluster.nameVariants);
	const members = columns.map((column) => column.flatMap((index) => units[index] ?? []));
	const sentences = order.map((column) => toSentence(members[column] ?? [], sharedOf, passageAt, canonical));
	return toParagraphs(order, members, sentences, units);
}

/** A column as a sentence: the wording most articles carry shown, the others kept. */
function toSentence(
	units: readonly SentenceUnit[],
	sharedOf: ReadonlyMap<string, string>,
	passageAt: ReadonlyMap<string, string>,
	canonical: (name: string) => string,
): StorySentence {
	const [shown, ...others] = wordingGroups(units);
	const first = shown![0]!;
	const passageId = units.map((unit) => passageAt.get(`${unit.articleId}:${unit.paragraph}:${unit.start}`)).find((id) => id) ?? null;
	const articlesOf = (group: readonly SentenceUnit[]) => group.map((unit) => unit.articleId);
	return {
		id: passageId ?? `${first.articleId}-${first.paragraph}-${first.start}`,
		passageId,
		segments: toSegments(
			first.text,
			first.quotes.map((quote) => clip(quote, first.start, first.end)),
		),
		sources: [shown!, ...others].flatMap((group) => group.map(toSource)),
		wordings: others.map((group) => ({
			text: group[0]!.text,
			words: align(group[0]!.text, first.text),
			sources: group.map(toSource),
		})),
		shared: Object.fromEntries(
			first.quotes.flatMap((quote) => {
				const sharedId = sharedOf.get(quote.id);
				return sharedId ? [[quote.id, sharedId]] : [];
			}),
		),
		differences: findDifferences(
			{ text: first.text, articles: articlesOf(shown!) },
			others.map((group) => ({ text: group[0]!.text, articles: articlesOf(group) })),
			canonical,
		),
	};
}

/** The column's units grouped by wording: most articles first, then the fullest, then by article. */
function wordingGroups(units: readonly SentenceUnit[]): SentenceUnit[][] {
	const groups = new Map<string, SentenceUnit[]>();
	for (const unit of units) {
		const group = groups.get(unit.key);
		if (group) group.push(unit);
		else groups.set(unit.key, [unit]);
	}
	return [...groups.values()].toSorted(
		(a, b) => b.length - a.length || b[0]!.stems.length - a[0]!.stems.length || byCodePoint(a[0]!.articleId, b[0]!.articleId),
	);
}

/** A wording word by word against the shown one; a very long pair is not diffed (a Myers diff is quadratic at worst). */
function align(text: string, reference: string): AlignedWord[] {
	const tooLong = tokenize(text).length > MAX_ALIGNED_WORDS || tokenize(reference).length > MAX_ALIGNED_WORDS;
	const words = tooLong ? [] : alignWords(text, reference);
	return words.length === 0 ? [{ text, same: false }] : words;
}

function toSource(unit: SentenceUnit): SentenceSource {
	return { articleId: unit.articleId, paragraph: unit.paragraph, start: unit.start, end: unit.end };
}

/** A quote's span moved into sentence offsets and cut to the sentence. */
function clip(quote: Quote, start: number, end: number): Quote {
	return { ...quote, start: Math.max(quote.start, start) - start, end: Math.min(quote.end, end) - start };
}

/**
 * Paragraph breaks. Where some articles carry two story sentences one after the other, the story
 * breaks between them as most of those articles do; where no article does, the story has moved
 * from one outlet's sequence to another's, and a new paragraph begins.
 */
function toParagraphs(
	order: readonly number[],
	members: readonly SentenceUnit[][],
	sentences: readonly StorySentence[],
	units: readonly SentenceUnit[],
): StoryParagraph[] {
	const columnOf = new Map<number, number>();
	members.forEach((group, column) => group.forEach((unit) => columnOf.set(unit.index, column)));
	const paragraphs: StoryParagraph[] = [];
	sentences.forEach((sentence, index) => {
		const previous = order[index - 1];
		if (previous === undefined || breaksBetween(members[previous] ?? [], order[index]!, units, columnOf))
			paragraphs.push({ sentences: [] });
		paragraphs.at(-1)?.sentences.push(sentence);
	});
	return paragraphs;
}

function breaksBetween(
	previous: readonly SentenceUnit[],
	column: number,
	units: readonly SentenceUnit[],
	columnOf: ReadonlyMap<number, number>,
): boolean {
	let same = 0;
	let apart = 0;
	for (const unit of previous) {
		const next = units[unit.index + 1];
		if (!next || next.article !== unit.article || columnOf.get(next.index) !== column) continue;
		if (next.paragraph === unit.paragraph) same++;
		else apart++;
	}
	return same === 0 || apart > same;
}
