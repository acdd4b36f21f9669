/**
 * Ranking over decoded postings: BM25 per query word (the best of the vocabulary words it
 * matched, weighted by how closely), required phrases and exclusions checked on word
 * positions, then bonuses for the query's words standing together (in order, or near).
 */
import { findDoc, type Postings } from './codec.ts';
import { QUALITY } from './expand.ts';

/** The postings of a vocabulary word a query word matched, and how much a match on it counts. */
export interface WeightedPostings {
	postings: Postings;
	quality: number;
}

/** What to rank: every list already fetched and decoded. */
export interface RankInput {
	docCount: number;
	/** Per document, `outlet * 2 + quote` (see SearchHeadSchema.meta). */
	meta: readonly number[];
	/** One entry per fuzzy query word, in typed order. */
	terms: WeightedPostings[][];
	/** How many of the fuzzy words a document must hold. */
	needed: number;
	/** Where the query's names are written exactly as typed. */
	spellings: Postings[];
	/** Required phrases: per word of a phrase, the lists of the words it may be. */
	phrases: Postings[][][];
	/** Excluded words or phrases, as phrases. */
	excludes: Postings[][][];
	/** 1 + the outlet's index to keep only that outlet, 0 for all. */
	outlet: number;
	quotesOnly: boolean;
}

/** One ranked document. */
export interface RankedHit {
	index: number;
	score: number;
	/** How many of the fuzzy query words it holds. */
	matched: number;
	/** How many of the names it holds as typed. */
	exact: number;
}

/** Documents whose phrase and proximity bonus is computed (the rest keep their BM25 order). */
export const RERANKED = 200;

/** BM25's inverse document frequency. */
export function idf(docCount: number, frequency: number): number {
	return Math.log(1 + (docCount - frequency + 0.5) / (frequency + 0.5));
}

/**
 * Rank: BM25 over the fuzzy words, kept when enough of them, every phrase and no exclusion are
 * there; the best `RERANKED` get a bonus for the words as a phrase (×2.5) or close together.
 * Order: more query words held, more names spelled as typed, higher score.
 *
 * @example
 * rankDocuments(input).hits[0]?.index // the best document
 */
export function rankDocuments(input: RankInput): { hits: RankedHit[]; total: number } {
	const { score, matched, best, seen, touched } = scratchFor(input.docCount);
	let touchedCount = 0;
	for (const term of input.terms) {
		let seenCount = 0;
		for (const { postings, quality } of term) {
			const weight = (quality * idf(input.docCount, postings.docs.length)) / 8;
			const { docs, weights } = postings;
			for (let slot = 0; slot < docs.length; slot++) {
				const doc = docs[slot]!;
				const value = weight * weights[slot]!;
				if (best[doc] === 0) seen[seenCount++] = doc;
				if (value > best[doc]!) best[doc] = value;
			}
		}
		for (let at = 0; at < seenCount; at++) {
			const doc = seen[at]!;
			if (matched[doc] === 0) touched[touchedCount++] = doc;
			score[doc]! += best[doc]!;
			matched[doc]!++;
			best[doc] = 0;
		}
	}
	const required = input.phrases.map((phrase) => phraseDocs(phrase));
	const excluded = input.excludes.map((phrase) => phraseDocs(phrase));
	let pool = touched.subarray(0, touchedCount);
	if (input.terms.length === 0) {
		pool = Int32Array.from(required[0] ?? []);
		for (const phrase of input.phrases) for (const doc of pool) score[doc]! += phraseScore(phrase, doc, input.docCount);
	}
	// Candidates are written over `seen`, which is free again.
	let total = 0;
	for (const doc of pool) {
		if (matched[doc]! < input.needed) continue;
		const meta = input.meta[doc] ?? 0;
		if (input.quotesOnly && meta % 2 === 0) continue;
		if (input.outlet !== 0 && meta >> 1 !== input.outlet) continue;
		if (!required.every((docs) => docs.has(doc)) || excluded.some((docs) => docs.has(doc))) continue;
		seen[total++] = doc;
	}
	const order = (a: number, b: number) => matched[b]! - matched[a]! || score[b]! - score[a]! || a - b;
	const hits = firstOf(seen.subarray(0, total), RERANKED, order).map((doc): RankedHit => {
		const bonus = input.terms.length > 1 ? togetherness(input.terms, doc) : 0;
		const exact = input.spellings.filter((postings) => findDoc(postings, doc) >= 0).length;
		return { index: doc, score: score[doc]! * (1 + bonus), matched: matched[doc]!, exact };
	});
	hits.sort((a, b) => b.matched - a.matched || b.exact - a.exact || b.score - a.score || a.index - b.index);
	for (const doc of pool) {
		score[doc] = 0;
		matched[doc] = 0;
	}
	return { hits, total };
}

/** Per-document arrays, zeroed, reused from query to query (only the touched entries are reset): a query allocates next to nothing. */
let scratch: { score: Float64Array; matched: Uint8Array; best: Float64Array; seen: Int32Array; touched: Int32Array } | undefined;

function scratchFor(docCount: number): NonNullable<typeof scratch> {
	if (scratch?.score.length !== docCount) {
		scratch = {
			score: new Float64Array(docCount),
			matched: new Uint8Array(docCount),
			best: new Float64Array(docCount),
			seen: new Int32Array(docCount),
			touched: new Int32Array(docCount),
		};
	}
	return scratch;
}

/**
 * The first `count` items in `order`, in that order, without sorting them all: a heap keeps
 * the best `count` seen so far (the worst of them on top).
 *
 * @example
 * firstOf(Int32Array.from([5, 1, 4, 2]), 2, (a, b) => a - b) // [1, 2]
 */
export function firstOf(items: Int32Array, count: number, order: (a: number, b: number) => number): number[] {
	const heap: number[] = [];
	const sink = (from: number) => {
		for (let at = from; ;) {
			const left = 2 * at + 1;
			if (left >= heap.length) return;
			const worse = left + 1 < heap.length && order(heap[left + 1]!, heap[left]!) > 0 ? left + 1 : left;
			if (order(heap[worse]!, heap[at]!) <= 0) return;
			[heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
			at = worse;
		}
	};
	for (const item of items) {
		if (heap.length < count) {
			heap.push(item);
			for (let at = heap.length - 1; at > 0;) {
				const parent = (at - 1) >> 1;
				if (order(heap[at]!, heap[parent]!) <= 0) break;
				[heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
				at = parent;
			}
		} else if (count > 0 && order(item, heap[0]!) < 0) {
			heap[0] = item;
			sink(0);
		}
	}
	return heap.sort(order);
}

/** The positions of a document in any of several lists, ascending. */
export function positionsIn(lists: readonly Postings[], doc: number): number[] {
	const found: number[] = [];
	for (const postings of lists) {
		const slot = findDoc(postings, doc);
		if (slot >= 0) for (let at = postings.starts[slot]!; at < postings.starts[slot + 1]!; at++) found.push(postings.positions[at]!);
	}
	return lists.length > 1 ? found.sort((a, b) => a - b) : found;
}

/** The documents where the words of a phrase stand in a row. */
export function phraseDocs(phrase: readonly Postings[][]): Set<number> {
	const found = new Set<number>();
	const [first, ...rest] = phrase;
	for (const postings of first ?? []) {
		for (const doc of postings.docs) {
			if (found.has(doc)) continue;
			const later = rest.map((lists) => new Set(positionsIn(lists, doc)));
			if (later.some((set) => set.size === 0)) continue;
			if (positionsIn(first!, doc).some((start) => later.every((set, offset) => set.has(start + offset + 1)))) found.add(doc);
		}
	}
	return found;
}

/** BM25 of a document for a phrase's words (when the query has no fuzzy words). */
function phraseScore(phrase: readonly Postings[][], doc: number, docCount: number): number {
	let total = 0;
	for (const lists of phrase) {
		for (const postings of lists) {
			const slot = findDoc(postings, doc);
			if (slot >= 0) total = total + (idf(docCount, postings.docs.length) * postings.weights[slot]!) / 8 / lists.length;
		}
	}
	return total;
}

/**
 * The bonus for the query's words standing together: 1.5 when they form the phrase as typed,
 * else up to 0.5 for the narrowest window that holds them all (0.5 when side by side).
 *
 * @example
 * togetherness(terms, doc) // 1.5 when the document holds "night ferry" for the query night ferry
 */
export function togetherness(terms: readonly WeightedPostings[][], doc: number): number {
	const at = (term: readonly WeightedPostings[], least: number) =>
		positionsIn(
			term.filter((entry) => entry.quality >= least).map((entry) => entry.postings),
			doc,
		);
	const positions = terms.map((term) => at(term, 0));
	const present = positions.filter((list) => list.length > 0);
	if (present.length < 2) return 0;
	// The phrase as typed: each word itself or a longer word it begins, not a word a few edits away.
	const typed = terms.map((term) => at(term, QUALITY.prefix));
	const later = typed.slice(1).map((list) => new Set(list));
	if (typed[0]!.some((start) => later.every((set, offset) => set.has(start + offset + 1)))) return 1.5;
	return (0.5 * (present.length - 1)) / Math.max(present.length - 1, narrowestWindow(present));
}

/** The fewest positions a window must span to hold one position of every list (each list ascending). */
function narrowestWindow(lists: readonly number[][]): number {
	const events = lists.flatMap((list, which) => list.map((position) => ({ position, which }))).sort((a, b) => a.position - b.position);
	const counts = new Array<number>(lists.length).fill(0);
	let covered = 0;
	let best = Infinity;
	let left = 0;
	for (const event of events) {
		if (counts[event.which]!++ === 0) covered++;
		while (covered === lists.length) {
			const start = events[left]!;
			best = Math.min(best, event.position - start.position);
			if (--counts[start.which]! === 0) covered--;
			left++;
		}
	}
	return best;
}
