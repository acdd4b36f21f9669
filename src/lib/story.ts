/**
 * The merged story: every article's sentences woven into one text. A sentence that several
 * articles carry (a reused passage) appears once with all its sources; a sentence only one
 * article has is placed after the sentence it follows in that article.
 */
import type { Article, Cluster, Passage, Quote, SharedQuote } from './schema.ts';
import { toSegments, type Segment } from './site/segments.ts';

/** Where one sentence stands in one article. */
export interface SentenceSource {
	articleId: string;
	paragraph: number;
	start: number;
	end: number;
}

/** One sentence of the story, with every article that carries it. */
export interface StorySentence {
	/** Stable anchor: the passage id, or the first source's article, paragraph and offset. */
	id: string;
	passageId: string | null;
	/** The first source's text, cut around quotes (quote ids are that article's quote ids). */
	segments: Segment[];
	sources: SentenceSource[];
	/** Shared quotes in this sentence that other articles carry, keyed by quote id. */
	shared: Record<string, string>;
}

/** A paragraph of the story. */
export interface StoryParagraph {
	sentences: StorySentence[];
}

interface Node {
	sentence: StorySentence;
	/** The first sentence of a paragraph in the article that placed it. */
	opensParagraph: boolean;
}

/**
 * Weave the cluster's articles into one story. The article that shares the most passages
 * is the spine; each other article, most connected first, adds its sentences: a passage
 * already in the story gains a source, anything else goes right after this article's
 * previous sentence in the story (or, before its first shared one, just before that).
 */
export function buildStory(cluster: Pick<Cluster, 'articles' | 'passages' | 'sharedQuotes'>): StoryParagraph[] {
	const passageAt = indexPassages(cluster.passages);
	const sharedOf = indexSharedQuotes(cluster.sharedQuotes);
	const nodes: Node[] = [];
	const placed = new Map<string, Node>();
	const links = passageCounts(cluster.passages);
	const order = cluster.articles.toSorted(
		(a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0) || sentenceCount(b) - sentenceCount(a) || (a.id < b.id ? -1 : 1),
	);
	for (const article of order) {
		let cursor = -1;
		const pending: Node[] = [];
		for (const node of articleNodes(article, passageAt, sharedOf)) {
			const existing = node.sentence.passageId ? placed.get(node.sentence.passageId) : undefined;
			if (!existing) {
				if (node.sentence.passageId) placed.set(node.sentence.passageId, node);
				pending.push(node);
				continue;
			}
			existing.sentence.sources.push(...node.sentence.sources);
			Object.assign(existing.sentence.shared, node.sentence.shared);
			const at = nodes.indexOf(existing);
			nodes.splice(cursor < 0 ? at : cursor + 1, 0, ...pending);
			cursor = nodes.indexOf(existing);
			pending.length = 0;
		}
		nodes.splice(cursor < 0 ? nodes.length : cursor + 1, 0, ...pending);
	}
	return toParagraphs(nodes);
}

function articleNodes(article: Article, passageAt: Map<string, Passage>, sharedOf: Map<string, SharedQuote>): Node[] {
	return article.paragraphs.flatMap((paragraph, index) => {
		const quotes = article.quotes.filter((quote) => quote.paragraph === index);
		return paragraph.sentences.map(({ start, end }, position) => {
			const passage = passageAt.get(`${article.id}:${index}:${start}`);
			const inside = quotes.filter((quote) => quote.start < end && quote.end > start);
			return {
				opensParagraph: position === 0,
				sentence: {
					id: passage?.id ?? `${article.id}-${index}-${start}`,
					passageId: passage?.id ?? null,
					segments: toSegments(
						paragraph.text.slice(start, end),
						inside.map((quote) => clip(quote, start, end)),
					),
					sources: [{ articleId: article.id, paragraph: index, start, end }],
					shared: Object.fromEntries(inside.flatMap((quote) => sharedEntry(quote, sharedOf))),
				},
			};
		});
	});
}

/** A quote's span moved into sentence offsets and cut to the sentence. */
function clip(quote: Quote, start: number, end: number): Quote {
	return { ...quote, start: Math.max(quote.start, start) - start, end: Math.min(quote.end, end) - start };
}

function sharedEntry(quote: Quote, sharedOf: Map<string, SharedQuote>): [string, string][] {
	const shared = sharedOf.get(quote.id);
	return shared ? [[quote.id, shared.id]] : [];
}

function indexPassages(passages: readonly Passage[]): Map<string, Passage> {
	const index = new Map<string, Passage>();
	for (const passage of passages) {
		for (const occurrence of passage.occurrences) index.set(`${occurrence.articleId}:${occurrence.paragraph}:${occurrence.start}`, passage);
	}
	return index;
}

function indexSharedQuotes(sharedQuotes: readonly SharedQuote[]): Map<string, SharedQuote> {
	const index = new Map<string, SharedQuote>();
	for (const shared of sharedQuotes) {
		for (const occurrence of shared.occurrences) if (occurrence.quoteId) index.set(occurrence.quoteId, shared);
	}
	return index;
}

function passageCounts(passages: readonly Passage[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const occurrence of passages.flatMap((passage) => passage.occurrences)) {
		counts.set(occurrence.articleId, (counts.get(occurrence.articleId) ?? 0) + 1);
	}
	return counts;
}

function sentenceCount(article: Article): number {
	return article.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
}

/** A paragraph opens where the placing article opened one, or where the placing article changes. */
function toParagraphs(nodes: readonly Node[]): StoryParagraph[] {
	const paragraphs: StoryParagraph[] = [];
	nodes.forEach((node, index) => {
		const previous = nodes[index - 1];
		const switched = previous?.sentence.sources[0]?.articleId !== node.sentence.sources[0]?.articleId;
		if (!previous || node.opensParagraph || switched) paragraphs.push({ sentences: [] });
		paragraphs.at(-1)?.sentences.push(node.sentence);
	});
	return paragraphs;
}
