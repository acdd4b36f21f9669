/**
 * Search over a loaded payload: a word pre-filter picks candidate documents from the inverted
 * index, Fuse (extended search, prebuilt index) checks and scores only those, and the results
 * are re-ranked so that exact phrase matches come first.
 *
 * Fuse alone scans every document with Bitap on every keystroke, which is linear in the corpus;
 * the pre-filter makes the scan proportional to the documents that can match.
 */
import Fuse from 'fuse.js';
import type { SearchDoc } from './docs.ts';
import { toVariantMap, type VariantMap } from './fold.ts';
import { allowedErrors, bitCount, letterMask, termMatches } from './match.ts';
import { FUSE_OPTIONS, fromGaps, type IndexJson, type SearchPayload } from './payload.ts';
import { hasTerms, parseQuery, toFuseQuery, wordsNeeded, type ParsedQuery } from './query.ts';

/** What to keep besides the query. */
export interface SearchFilters {
	/** Only documents of this outlet ('' or undefined: all). */
	outlet?: string | undefined;
	/** Only quotations. */
	quotesOnly?: boolean | undefined;
}

/** One result. */
export interface SearchHit {
	doc: SearchDoc;
	/** Index of the document in the payload. */
	index: number;
	/** 0 when the document holds the typed words as one phrase, 1 otherwise. */
	tier: number;
	/** Share of the fuzzy words the document holds (1 when there are none). */
	coverage: number;
	/** Fuse's score: 0 is a perfect match. */
	score: number;
}

/** The answer to a query. */
export interface SearchOutcome {
	query: ParsedQuery;
	/** The best results, scored by Fuse and re-ranked; at most `MAX_SCORED`. */
	hits: SearchHit[];
	/** How many documents match in all (by the word-level pre-filter). */
	total: number;
}

/**
 * Documents Fuse scores per query at most: the best candidates by the pre-filter's own ranking.
 * A page of results (50), few enough that Bitap stays within a frame at 50k paragraphs.
 */
export const MAX_SCORED = 50;

/** A search engine over one payload. */
export class SearchEngine {
	readonly docs: SearchDoc[];
	readonly variants: VariantMap;
	readonly vocabulary: string[];
	readonly outlets: string[];
	readonly spellings: Readonly<Record<string, string>>;
	private readonly postings: Int32Array[];
	/** A 32-bit letter set per vocabulary word: most words are ruled out before the edit distance. */
	private readonly masks: Uint32Array;
	private readonly index: SearchPayload['index'];
	private readonly fuse: Fuse<SearchDoc>;
	private readonly termCache = new Map<string, { all: number[]; close: number[] }>();
	private readonly stamps: Int32Array;
	private readonly counts: Uint16Array;
	private readonly close: Uint16Array;
	private stamp = 0;

	/** Load a payload: `Fuse.parseIndex`, no indexing. */
	constructor(payload: SearchPayload) {
		const records = payload.index.records;
		this.docs = payload.docs.map((doc, index) => ({ ...doc, folded: foldedOf(records[index]) }));
		this.index = payload.index;
		this.variants = toVariantMap(payload.variants);
		this.vocabulary = payload.vocabulary;
		this.spellings = payload.spellings;
		this.postings = payload.postings.map(fromGaps);
		this.masks = Uint32Array.from(this.vocabulary, letterMask);
		this.outlets = [...new Set(this.docs.flatMap((doc) => (doc.outlet ? [doc.outlet] : [])))].sort((a, b) => a.localeCompare(b, 'en'));
		this.fuse = new Fuse(this.docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDoc>(payload.index));
		this.stamps = new Int32Array(this.docs.length);
		this.counts = new Uint16Array(this.docs.length);
		this.close = new Uint16Array(this.docs.length);
	}

	/**
	 * Search.
	 *
	 * @example
	 * engine.search('"night ferry" !bridges', { quotesOnly: true }).hits[0]?.doc.quoteId
	 */
	search(input: string, filters: SearchFilters = {}): SearchOutcome {
		const query = parseQuery(input, this.variants);
		if (!hasTerms(query)) return { query, hits: [], total: 0 };
		const candidates = this.candidates(query, filters);
		if (candidates.length === 0) return { query, hits: [], total: 0 };
		const phrase = ` ${query.words.join(' ')}`;
		const tier = (doc: SearchDoc) => (query.words.length > 0 && doc.folded.includes(phrase) ? 0 : 1);
		const scored = this.best(candidates, tier);
		// Fuse scans `index.records`; a sub-index of the chosen records (parsed, not rebuilt) limits the scan.
		const { keys, records } = this.index;
		this.fuse.setCollection(this.docs, Fuse.parseIndex<SearchDoc>({ keys, records: scored.map((index) => records[index]!) }));
		const needed = query.words.length;
		const hits = this.fuse.search(toFuseQuery(query)).map(({ item, refIndex, score }) => ({
			doc: item,
			index: refIndex,
			tier: tier(item),
			coverage: needed === 0 ? 1 : this.counts[refIndex]! / needed,
			score: score ?? 1,
		}));
		hits.sort((a, b) => a.tier - b.tier || b.coverage - a.coverage || a.score - b.score || a.index - b.index);
		return { query, hits, total: Math.max(candidates.length, hits.length) };
	}

	/**
	 * Vocabulary indices of the words a fuzzy term matches, and of those that hold it exactly
	 * (cached: typing repeats terms).
	 */
	matchingWords(term: string): { all: number[]; close: number[] } {
		let found = this.termCache.get(term);
		if (!found) {
			found = { all: [], close: [] };
			const mask = letterMask(term);
			const errors = allowedErrors(term);
			for (let index = 0; index < this.vocabulary.length; index++) {
				// Each edit can account for at most one of the term's letters the word lacks.
				if (bitCount(mask & ~this.masks[index]!) > errors) continue;
				const word = this.vocabulary[index]!;
				if (word.includes(term)) {
					found.all.push(index);
					if (word.startsWith(term)) found.close.push(index);
				} else if (termMatches(term, word)) found.all.push(index);
			}
			if (this.termCache.size > 500) this.termCache.clear();
			this.termCache.set(term, found);
		}
		return found;
	}

	/** Every matching document: enough fuzzy words, every phrase, no exclusion, the filters. */
	private candidates(query: ParsedQuery, filters: SearchFilters): number[] {
		const { counts, close } = this;
		counts.fill(0);
		close.fill(0);
		for (const term of query.words) {
			const words = this.matchingWords(term);
			this.mark(words.all, counts);
			this.mark(words.close, close);
		}
		const needed = wordsNeeded(query.words.length);
		// Phrases and exclusions are checked on the folded text, as Fuse's include and inverse matchers do.
		const phrases = query.phrases.map((phrase) => ` ${phrase.join(' ')}`);
		const excludes = query.excludes.map((phrase) => ` ${phrase.join(' ')}`);
		// Without fuzzy words, the first word of the longest phrase narrows the scan.
		const seed = needed === 0 ? this.phraseSeed(query.phrases) : undefined;
		const keep: number[] = [];
		const consider = (index: number) => {
			const doc = this.docs[index]!;
			if (filters.quotesOnly && doc.kind !== 'quote') return;
			if (filters.outlet && doc.outlet !== filters.outlet) return;
			if (!phrases.every((phrase) => doc.folded.includes(phrase))) return;
			if (excludes.some((phrase) => doc.folded.includes(phrase))) return;
			keep.push(index);
		};
		if (seed) for (const index of seed) consider(index);
		else for (let index = 0; index < this.docs.length; index++) if (counts[index]! >= needed) consider(index);
		return keep;
	}

	/** The documents holding the first word of the longest phrase (a whole word, or a prefix for a one-word phrase). */
	private phraseSeed(phrases: readonly string[][]): Int32Array | undefined {
		const longest = phrases.toSorted((a, b) => b.length - a.length)[0];
		if (!longest) return undefined;
		const first = longest[0]!;
		const words = longest.length === 1 ? this.prefixWords(first) : this.exactWord(first);
		const seen = new Set<number>();
		for (const word of words) for (const doc of this.postings[word]!) seen.add(doc);
		return Int32Array.from(seen).sort();
	}

	/**
	 * The `MAX_SCORED` best candidates: phrase first, then most words, then most words held
	 * exactly. Candidates are first bucketed by word count, so only the top buckets are ranked.
	 */
	private best(candidates: readonly number[], tier: (doc: SearchDoc) => number): number[] {
		if (candidates.length <= MAX_SCORED) return [...candidates];
		const byCount: number[][] = [];
		for (const index of candidates) (byCount[this.counts[index]!] ??= []).push(index);
		const top: number[] = [];
		for (let count = byCount.length - 1; count >= 0 && top.length < MAX_SCORED; count--) top.push(...(byCount[count] ?? []));
		const key = (index: number) => (1 - tier(this.docs[index]!)) * 1_000_000 + this.counts[index]! * 1000 + this.close[index]!;
		const keyed = top.map((index) => ({ index, key: key(index) }));
		keyed.sort((a, b) => b.key - a.key || a.index - b.index);
		return keyed
			.slice(0, MAX_SCORED)
			.map(({ index }) => index)
			.sort((a, b) => a - b);
	}

	/** Forget cached term expansions (the benchmark measures every query cold). */
	forget(): void {
		this.termCache.clear();
	}

	/** Add one to `counts` for each document holding any of `words` (once per call). */
	private mark(words: readonly number[], counts: Uint16Array): void {
		const stamp = ++this.stamp;
		for (const word of words) {
			for (const doc of this.postings[word]!) {
				if (this.stamps[doc] === stamp) continue;
				this.stamps[doc] = stamp;
				counts[doc]!++;
			}
		}
	}

	private exactWord(word: string): number[] {
		const index = lowerBound(this.vocabulary, word);
		return this.vocabulary[index] === word ? [index] : [];
	}

	private prefixWords(prefix: string): number[] {
		const found: number[] = [];
		for (let index = lowerBound(this.vocabulary, prefix); this.vocabulary[index]?.startsWith(prefix); index++) found.push(index);
		return found;
	}
}

/** The folded text a Fuse index record holds for the one key. */
function foldedOf(record: IndexJson['records'][number] | undefined): string {
	const entry = record?.$?.[0];
	return entry && !Array.isArray(entry) ? entry.v : ' ';
}

/** The first index whose word is not less than `word` in a sorted array. */
function lowerBound(sorted: readonly string[], word: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < word) low = middle + 1;
		else high = middle;
	}
	return low;
}
