/**
 * Build the search index of a list of documents: the head (vocabulary, document filters, name
 * variants), postings with word positions cut into shards by vocabulary range, and the
 * documents' text cut into chunks. A small cluster ships all of it as one file.
 */
import type { Cluster } from '../schema.ts';
import { foldWord, wordKey } from '../text/tokens.ts';
import { frontCode, NumberWriter, SEARCH_FORMAT_VERSION, SPELLING_MARK, type EncodedPostings } from './codec.ts';
import { toSearchDocs, type SearchDoc } from './docs.ts';
import { foldTokens, toVariantMap, variantPairs, wordsOf, type VariantMap, type VariantPair } from './fold.ts';
import type { SearchChunk, SearchHead, SearchShard, SingleSearchFile } from './format.ts';

/** BM25's term-frequency saturation and length normalisation (the usual values). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** How the index is cut. */
export interface CutOptions {
	/** A shard closes once its encoded postings pass this many characters (a word is never split). */
	shardChars: number;
	/** A chunk closes once its documents' JSON passes this many characters. */
	chunkChars: number;
}

/** The cut used by the site (see README, Search: sizes chosen from the benchmark). */
export const DEFAULT_CUT: CutOptions = { shardChars: 10_000, chunkChars: 6_000 };

/** The whole index, before it is written as files. */
export interface SearchIndex {
	head: SearchHead;
	shards: SearchShard[];
	chunks: SearchChunk[];
}

/**
 * Index documents (their `folded` text is what is indexed; `variants` are the name-variant
 * pairs the documents were folded with).
 *
 * @example
 * buildSearchIndex(toSearchDocs(cluster), variantPairs(cluster.nameVariants)).head.docCount // documents
 */
export function buildSearchIndex(docs: readonly SearchDoc[], variants: VariantPair[], cut: CutOptions = DEFAULT_CUT): SearchIndex {
	const map = toVariantMap(variants);
	const names = new Set(variants.flatMap(([variant, canonical]) => [...variant.split(' '), ...canonical.split(' ')]));
	let words = 0;
	for (const doc of docs) words += wordCount(doc.folded);
	const average = words / Math.max(1, docs.length);
	// Per word, its postings written as they come (documents in order), so no list of objects is ever held.
	const ids = new Map<string, number>();
	const lists: { docs: NumberWriter; positions: NumberWriter; last: number }[] = [];
	const idOf = (word: string) => {
		let id = ids.get(word);
		if (id === undefined) {
			ids.set(word, (id = lists.length));
			lists.push({ docs: new NumberWriter(), positions: new NumberWriter(), last: 0 });
		}
		return id;
	};
	let keys = new Float64Array(256);
	docs.forEach((doc, index) => {
		const tokens = doc.folded.trim().split(' ');
		const spelled = names.size > 0 ? writtenNames(doc.text, map, names) : [];
		if (keys.length < tokens.length + spelled.length) keys = new Float64Array(2 * (tokens.length + spelled.length));
		// Each occurrence as one sortable number, word id then position: a document's positions grouped by word.
		let count = 0;
		let length = 0;
		tokens.forEach((word, position) => {
			if (word === '') return;
			length++;
			keys[count++] = idOf(word) * POSITION_SPAN + position;
		});
		for (const [word, position] of spelled) keys[count++] = idOf(`${SPELLING_MARK}${word}`) * POSITION_SPAN + position;
		const sorted = keys.subarray(0, count).sort();
		for (let at = 0; at < count;) {
			const id = Math.floor(sorted[at]! / POSITION_SPAN);
			let end = at;
			while (end < count && Math.floor(sorted[end]! / POSITION_SPAN) === id) end++;
			const list = lists[id]!;
			list.docs.write(index - list.last);
			list.docs.write(Math.max(1, Math.round(8 * termWeight(end - at, length, average))));
			list.docs.write(end - at);
			list.last = index;
			for (let previous = 0; at < end; at++) {
				const position = sorted[at]! % POSITION_SPAN;
				list.positions.write(position - previous);
				previous = position;
			}
		}
	});
	const vocabulary = [...ids.keys()].sort();
	const shards = cutShards(
		vocabulary.map((word) => {
			const list = lists[ids.get(word)!]!;
			return { docs: list.docs.toString(), positions: list.positions.toString() };
		}),
		cut.shardChars,
	);
	lists.length = 0;
	const chunks = cutChunks(docs, cut.chunkChars);
	const outlets = [...new Set(docs.flatMap((doc) => (doc.outlet === null ? [] : [doc.outlet])))].sort();
	const outletIndex = new Map(outlets.map((outlet, index) => [outlet, index + 1]));
	const head: SearchHead = {
		version: SEARCH_FORMAT_VERSION,
		mode: 'sharded',
		docCount: docs.length,
		vocabulary: frontCode(vocabulary),
		shards: shards.map((shard) => shard.first),
		chunks: chunks.map((chunk) => chunk.first),
		meta: docs.map((doc) => (doc.outlet === null ? 0 : outletIndex.get(doc.outlet)!) * 2 + (doc.kind === 'quote' ? 1 : 0)),
		outlets,
		variants,
		spellings: spellingsOf(docs, ids),
	};
	return { head, shards, chunks };
}

/** Positions per document stay below this (an occurrence is sorted as `word id × POSITION_SPAN + position`). */
const POSITION_SPAN = 2 ** 24;

/** How many words a folded text holds (single spaces between words, as `foldText` writes). */
function wordCount(folded: string): number {
	let count = 0;
	for (let at = 0; at < folded.length; at++) if (folded.charCodeAt(at) !== 32 && (at === 0 || folded.charCodeAt(at - 1) === 32)) count++;
	return count;
}

/** BM25's term-frequency part for a word seen `frequency` times in a document of `length` words. */
export function termWeight(frequency: number, length: number, average: number): number {
	const { k1, b } = BM25;
	return (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * length) / Math.max(1, average)));
}

/**
 * The words of a text that belong to a name with variants, as written (folded, not respelled),
 * at their position in the folded text.
 */
function writtenNames(text: string, variants: VariantMap, names: ReadonlySet<string>): [string, number][] {
	const found: [string, number][] = [];
	let next = 0;
	let start = 0;
	let previous: string[] | undefined;
	for (const token of foldTokens(text, variants)) {
		// As in foldText: the words of one multi-word variant share one keys array, emitted once.
		if (token.keys !== previous) {
			start = next;
			next += token.keys.length;
		}
		previous = token.keys;
		const written = wordKey(text.slice(token.start, token.end).replace(/[\u2010-\u2013\u2212]/g, '-'));
		if (names.has(written) || token.keys.some((key) => names.has(key))) found.push([written, start]);
	}
	return found;
}

/** Consecutive vocabulary ranges whose encoded postings stay near `limit` characters each. */
function cutShards(postings: EncodedPostings[], limit: number): SearchShard[] {
	const shards: SearchShard[] = [];
	let size = Infinity;
	postings.forEach((list, index) => {
		const chars = list.docs.length + list.positions.length + 6;
		if (size + chars > limit && size > 0) {
			shards.push({ version: SEARCH_FORMAT_VERSION, first: index, docs: [], positions: [] });
			size = 0;
		}
		shards.at(-1)!.docs.push(list.docs);
		shards.at(-1)!.positions.push(list.positions);
		size += chars;
	});
	return shards;
}

/** Consecutive documents whose JSON stays near `limit` characters per chunk. */
function cutChunks(docs: readonly SearchDoc[], limit: number): SearchChunk[] {
	const chunks: SearchChunk[] = [];
	let size = Infinity;
	docs.forEach(({ folded: _folded, ...doc }, index) => {
		const chars = doc.text.length + doc.headline.length + 120;
		if (size + chars > limit && size > 0) {
			chunks.push({ version: SEARCH_FORMAT_VERSION, first: index, docs: [] });
			size = 0;
		}
		chunks.at(-1)!.docs.push(doc);
		size += chars;
	});
	return chunks;
}

/** How a reader spells the vocabulary words that folding respelled (`surprize` -> `surprise`): the first spelling seen. */
function spellingsOf(docs: readonly SearchDoc[], words: ReadonlyMap<string, unknown>): Record<string, string> {
	// A null-prototype object: a word like `constructor` or `__proto__` is a key like any other.
	const spellings = Object.create(null) as Record<string, string>;
	// A word repeats across a cluster: each form as written is looked at once.
	const seen = new Set<string>();
	for (const doc of docs) {
		for (const match of wordsOf(doc.text)) {
			const raw = doc.text.slice(match.index, match.index + match[0].length);
			if (seen.has(raw)) continue;
			seen.add(raw);
			const written = foldWord(raw.replace(/[\u2010-\u2013\u2212]/g, '-'));
			const key = wordKey(match[0]);
			if (written !== key && words.has(key)) spellings[key] ??= written;
		}
	}
	return spellings;
}

/**
 * The index as one file (for a small cluster).
 *
 * @example
 * asSingleFile(buildSearchIndex(docs, [])).mode // 'single'
 */
export function asSingleFile(index: SearchIndex): SingleSearchFile {
	return { ...index.head, mode: 'single', shardData: index.shards, chunkData: index.chunks };
}

/**
 * Below this many characters of document text a cluster ships one file: the head plus a
 * query's shards and chunks would then cost about as much as everything (README, Search).
 */
export const SINGLE_FILE_TEXT_CHARS = 300_000;

/**
 * The search files of a cluster: one file when its text is below `threshold` characters, else
 * the head, the shards and the chunks.
 *
 * @example
 * searchFilesOf(cluster).head.mode // 'single' for the seeds
 */
export function searchFilesOf(
	cluster: Pick<Cluster, 'articles' | 'sharedQuotes' | 'nameVariants'>,
	threshold = SINGLE_FILE_TEXT_CHARS,
	cut: CutOptions = DEFAULT_CUT,
): { head: SearchHead | SingleSearchFile; shards: SearchShard[]; chunks: SearchChunk[] } {
	const pairs = variantPairs(cluster.nameVariants);
	const docs = toSearchDocs(cluster, toVariantMap(pairs));
	const index = buildSearchIndex(docs, pairs, cut);
	const text = docs.reduce((sum, doc) => sum + doc.text.length, 0);
	return text < threshold ? { head: asSingleFile(index), shards: [], chunks: [] } : index;
}
