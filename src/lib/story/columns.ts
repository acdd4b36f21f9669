/**
 * Sentences of different articles that say the same thing, joined into columns, as a
 * multiple-sequence alignment joins tokens: at most one sentence of each article per column,
 * so two sentences of one article never become one and a column never chains through a third.
 * Evidence, strongest first: a reused passage, a shared quote that makes up most of both
 * sentences (two translations of one utterance), then most content words in common.
 */
import type { Passage } from '../schema.ts';
import { DisjointSets } from '../text/disjoint-sets.ts';
import type { SentenceUnit } from './units.ts';

/** A sentence is its quote when at least this share of its words lies inside the quote. */
const QUOTE_SHARE = 0.5;
/** Two sentences with no other evidence join at this Dice coefficient of their content stems… */
const MIN_DICE = 0.6;
/** …and this many stems in common, so that two short sentences do not join on a name and a verb. */
const MIN_COMMON = 4;
/** Each sentence proposes candidates through this many of its rarest stems. */
const RARE_STEMS = 6;
/** A stem in more sentences than this proposes nothing: too common to be evidence. */
const MAX_POSTING = 400;
/** A group of sentences sharing one quote or passage larger than this is joined as a star, not pairwise. */
const MAX_PAIRWISE = 24;

interface Edge {
	a: number;
	b: number;
	score: number;
}

/**
 * Join the cluster's sentences into columns. Returns every column as the unit indices it holds,
 * in increasing order (singletons included), columns ordered by their first unit.
 *
 * @example
 * alignSentences(units, passages) // [[0, 7], [1], [2, 9, 14], …]
 */
export function alignSentences(units: readonly SentenceUnit[], passages: readonly Passage[]): number[][] {
	const edges = [...passageEdges(units, passages), ...quoteEdges(units), ...wordEdges(units)].toSorted(
		(x, y) => y.score - x.score || x.a - y.a || x.b - y.b,
	);
	const sets = new DisjointSets(units.length);
	// The articles each column holds, kept on its root: a join must not put one article in twice.
	const articles = new Map<number, Set<number>>(units.map((unit) => [unit.index, new Set([unit.article])]));
	for (const { a, b } of edges) {
		const rootA = sets.find(a);
		const rootB = sets.find(b);
		if (rootA === rootB) continue;
		const setA = articles.get(rootA) ?? new Set<number>();
		const setB = articles.get(rootB) ?? new Set<number>();
		const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
		if ([...small].some((article) => large.has(article))) continue;
		for (const article of small) large.add(article);
		sets.union(a, b);
		articles.set(sets.find(a), large);
	}
	return sets.groups();
}

/** Dice coefficient of two sentences' content stems. */
export function dice(a: SentenceUnit, b: SentenceUnit): number {
	if (a.stems.length + b.stems.length === 0) return 0;
	return (2 * common(a, b)) / (a.stems.length + b.stems.length);
}

function common(a: SentenceUnit, b: SentenceUnit): number {
	const [small, large] = a.stems.length <= b.stems.length ? [a.stems, new Set(b.stems)] : [b.stems, new Set(a.stems)];
	return small.filter((stem) => large.has(stem)).length;
}

/** Pairs (or a star, for a large group) of the units of one group in different articles. */
function groupEdges(group: readonly SentenceUnit[], score: (a: SentenceUnit, b: SentenceUnit) => number): Edge[] {
	const edges: Edge[] = [];
	const centres = group.length > MAX_PAIRWISE ? group.slice(0, 1) : group;
	centres.forEach((a, at) => {
		for (const b of group.slice(group.length > MAX_PAIRWISE ? 1 : at + 1)) {
			if (a.article !== b.article) edges.push({ a: a.index, b: b.index, score: score(a, b) });
		}
	});
	return edges;
}

/** Sentences of one passage: the strongest evidence, closer wordings first. */
function passageEdges(units: readonly SentenceUnit[], passages: readonly Passage[]): Edge[] {
	const at = new Map(units.map((unit) => [`${unit.articleId}:${unit.paragraph}:${unit.start}`, unit]));
	return passages.flatMap((passage) => {
		const group = passage.occurrences.flatMap(
			(occurrence) => at.get(`${occurrence.articleId}:${occurrence.paragraph}:${occurrence.start}`) ?? [],
		);
		return groupEdges(group, (a, b) => 2 + dice(a, b));
	});
}

/** Sentences that are mostly one shared quote: two wordings of one utterance and its attribution. */
function quoteEdges(units: readonly SentenceUnit[]): Edge[] {
	const bySharedQuote = new Map<string, SentenceUnit[]>();
	for (const unit of units) {
		for (const [id, share] of unit.shared) {
			if (share < QUOTE_SHARE) continue;
			const group = bySharedQuote.get(id);
			if (group) group.push(unit);
			else bySharedQuote.set(id, [unit]);
		}
	}
	return [...bySharedQuote.values()].flatMap((group) => groupEdges(group, (a, b) => 1 + dice(a, b)));
}

/** Sentences that share most of their content words, found through their rarest stems. */
function wordEdges(units: readonly SentenceUnit[]): Edge[] {
	const frequency = new Map<string, number>();
	for (const unit of units) for (const stem of unit.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
	const rare = (unit: SentenceUnit) =>
		unit.stems
			.filter((stem) => {
				const count = frequency.get(stem) ?? 0;
				return count >= 2 && count <= MAX_POSTING;
			})
			.toSorted((x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : 1))
			.slice(0, RARE_STEMS);
	const postings = new Map<string, number[]>();
	const edges: Edge[] = [];
	for (const unit of units) {
		if (unit.stems.length < MIN_COMMON) continue;
		const hits = new Map<number, number>();
		const stems = rare(unit);
		for (const stem of stems) {
			for (const other of postings.get(stem) ?? []) hits.set(other, (hits.get(other) ?? 0) + 1);
		}
		for (const [other, count] of hits) {
			const candidate = units[other];
			if (count < 2 || !candidate || candidate.article === unit.article) continue;
			if (common(unit, candidate) >= MIN_COMMON && dice(unit, candidate) >= MIN_DICE) {
				edges.push({ a: candidate.index, b: unit.index, score: dice(unit, candidate) });
			}
		}
		for (const stem of stems) {
			const posting = postings.get(stem);
			if (posting) posting.push(unit.index);
			else postings.set(stem, [unit.index]);
		}
	}
	return edges;
}
