/**
 * The search payload served at `/data/search-index.json`: the documents, Fuse's prebuilt
 * index of their folded text, the name-variant pairs (so queries fold like the documents),
 * and an inverted index of folded words for the candidate pre-filter and for suggestions.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Cluster } from '../schema.ts';
import { toSearchDocs, type SearchDoc } from './docs.ts';
import { foldTokens, toVariantMap, variantPairs, type VariantPair } from './fold.ts';
import { foldWord } from '../text/tokens.ts';
import { THRESHOLD } from './match.ts';

/** Fuse's options: one key (the folded text), extended syntax, a match anywhere in the text. */
export const FUSE_OPTIONS = {
	keys: ['folded'],
	useExtendedSearch: true,
	ignoreLocation: true,
	threshold: THRESHOLD,
	includeScore: true,
} satisfies IFuseOptions<SearchDoc>;

/** A document as shipped: `folded` is left out, it is in the index records. */
export type PackedDoc = Omit<SearchDoc, 'folded'>;

/** Fuse's serialised index, as `FuseIndex#toJSON` writes it and `Fuse.parseIndex` reads it. */
export type IndexJson = Parameters<typeof Fuse.parseIndex>[0];

/** Everything the search page fetches, once. */
export interface SearchPayload {
	version: 1;
	docs: PackedDoc[];
	/** `Fuse.createIndex(FUSE_OPTIONS.keys, docs).toJSON()`. */
	index: IndexJson;
	variants: VariantPair[];
	/** Every folded word of the documents, sorted. */
	vocabulary: string[];
	/** For each vocabulary word, the documents that hold it, as gaps between ascending indices. */
	postings: number[][];
	/** How a reader spells the vocabulary words that folding respelled (`surprize` -> `surprise`), for suggestions. */
	spellings: Record<string, string>;
}

/**
 * Build the payload: Fuse's index, the vocabulary and its postings.
 *
 * @example
 * // a cluster that writes Halvenka and Khalvenka: the vocabulary has the canonical spelling
 * buildSearchPayload(toSearchDocs(cluster), variantPairs(cluster.nameVariants)).vocabulary.includes('halvenka') // true
 */
export function buildSearchPayload(docs: readonly SearchDoc[], variants: VariantPair[]): SearchPayload {
	const index: IndexJson = Fuse.createIndex(FUSE_OPTIONS.keys, [...docs]).toJSON();
	const words = new Map<string, number[]>();
	docs.forEach((doc, docIndex) => {
		for (const word of new Set(doc.folded.trim().split(' '))) {
			if (word === '') continue;
			const list = words.get(word);
			if (list) list.push(docIndex);
			else words.set(word, [docIndex]);
		}
	});
	const vocabulary = [...words.keys()].sort();
	const postings = vocabulary.map((word) => toGaps(words.get(word) ?? []));
	// A null-prototype object: a word like `constructor` or `__proto__` is a key like any other.
	const spellings: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const doc of docs) {
		for (const token of foldTokens(doc.text)) {
			const written = foldWord(doc.text.slice(token.start, token.end).replace(/[\u2010-\u2013\u2212]/g, '-'));
			const key = token.keys[0]!;
			if (written !== key && words.has(key)) spellings[key] ??= written;
		}
	}
	return { version: 1, docs: docs.map(({ folded: _folded, ...doc }) => doc), index, variants, vocabulary, postings, spellings };
}

/** Ascending numbers as gaps: [3, 5, 9] -> [3, 2, 4] (small numbers compress well). */
export function toGaps(values: readonly number[]): number[] {
	return values.map((value, index) => value - (index === 0 ? 0 : values[index - 1]!));
}

/** Gaps back to ascending numbers: [3, 2, 4] -> [3, 5, 9]. */
export function fromGaps(gaps: readonly number[]): Int32Array {
	const values = new Int32Array(gaps.length);
	let sum = 0;
	gaps.forEach((gap, index) => (values[index] = sum += gap));
	return values;
}

/**
 * The payload of a whole cluster: its documents with name variants folded.
 *
 * @example
 * searchPayloadOf(cluster).docs.length // paragraphs + quotes of every article
 */
export function searchPayloadOf(cluster: Pick<Cluster, 'articles' | 'sharedQuotes' | 'nameVariants'>): SearchPayload {
	const pairs = variantPairs(cluster.nameVariants);
	return buildSearchPayload(toSearchDocs(cluster, toVariantMap(pairs)), pairs);
}
