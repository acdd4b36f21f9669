/**
 * The search payload as served: Zod schemas for the head file (loaded first), the postings
 * shards (fetched for the words a query matched) and the text chunks (fetched for the results
 * shown), and the single file that holds all three for a small cluster. The build validates
 * what it writes with these schemas; the browser checks `version` only (no Zod in the page).
 */
import { z } from 'astro/zod';
import { SEARCH_FORMAT_VERSION } from './codec.ts';

const count = z.number().int().nonnegative();
const version = z.literal(SEARCH_FORMAT_VERSION);

/** A document as shipped in a text chunk: what a result shows and links to. */
export const PackedDocSchema = z.object({
	kind: z.enum(['paragraph', 'quote']),
	articleId: z.string(),
	outlet: z.string().nullable(),
	headline: z.string(),
	speaker: z.string().nullable(),
	text: z.string(),
	paragraph: count,
	quoteId: z.string().nullable(),
	sharedId: z.string().nullable(),
});

/** What the page fetches first: enough to parse a query, match it against the vocabulary and pick shards. */
export const SearchHeadSchema = z.object({
	version,
	/** `single`: shards and chunks are in this same file; `sharded`: they are fetched one by one. */
	mode: z.enum(['single', 'sharded']),
	docCount: count,
	/**
	 * The sorted vocabulary, front-coded: word i is the first `shared[i]` characters of word i-1
	 * followed by `suffixes[i]`; `shared` has one base-36 digit per word, `suffixes` are space-separated.
	 */
	vocabulary: z.object({ shared: z.string(), suffixes: z.string() }),
	/** The first vocabulary index of each postings shard, ascending, from 0. */
	shards: z.array(count),
	/** The first document index of each text chunk, ascending, from 0. */
	chunks: z.array(count),
	/** Per document: `outlet * 2 + (quote ? 1 : 0)`, where outlet is 1 + its index in `outlets` (0: unknown). */
	meta: z.array(count),
	outlets: z.array(z.string()),
	/** Name variants as folded words and their canonical spelling, so the page folds queries like the documents. */
	variants: z.array(z.tuple([z.string(), z.string()])),
	/** How a reader spells the vocabulary words that folding respelled, for suggestions. */
	spellings: z.record(z.string(), z.string()),
});

/**
 * Postings of a vocabulary range: `docs[i]` and `positions[i]` belong to word `first + i`.
 * Both are numbers in the base-32 character code of codec.ts: `docs[i]` holds, per document
 * holding the word, `[document gap, weight, positions count]`, where weight is the BM25
 * term-frequency part (length-normalised) times 8, rounded; `positions[i]` holds every
 * document's position gaps, in the same order.
 */
export const SearchShardSchema = z
	.object({ version, first: count, docs: z.array(z.string()), positions: z.array(z.string()) })
	.refine((shard) => shard.docs.length === shard.positions.length, 'a shard needs as many position lists as document lists');

/** The documents `first`, `first + 1`, … of the index. */
export const SearchChunkSchema = z.object({ version, first: count, docs: z.array(PackedDocSchema) });

/** A small cluster's whole index in one file. */
export const SingleSearchFileSchema = SearchHeadSchema.extend({
	mode: z.literal('single'),
	shardData: z.array(SearchShardSchema),
	chunkData: z.array(SearchChunkSchema),
});

/** A document as shipped. */
export type PackedDoc = z.output<typeof PackedDocSchema>;
/** The head file. */
export type SearchHead = z.output<typeof SearchHeadSchema>;
/** One postings shard. */
export type SearchShard = z.output<typeof SearchShardSchema>;
/** One text chunk. */
export type SearchChunk = z.output<typeof SearchChunkSchema>;
/** The single file of a small cluster. */
export type SingleSearchFile = z.output<typeof SingleSearchFileSchema>;
