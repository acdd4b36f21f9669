/**
 * Search over a split index: the head is loaded up front; a query is matched against its
 * vocabulary, only the postings shards holding the matched words are fetched, documents are
 * ranked (src/lib/search/rank.ts), and only the text chunks of the results shown are fetched.
 * A small cluster's single file serves the same engine from memory.
 */
import { decodePostings, frontDecode, lowerBound, SEARCH_FORMAT_VERSION, SPELLING_MARK, type Postings } from './codec.ts';
import type { SearchDoc } from './docs.ts';
import { VocabularyMatcher } from './expand.ts';
import { foldText, toVariantMap, type VariantMap } from './fold.ts';
import type { PackedDoc, SearchChunk, SearchHead, SearchShard, SingleSearchFile } from './format.ts';
import { groupHits, type ResultGroup } from './group.ts';
import { hasTerms, parseQuery, straightQuotes, wordsNeeded, type ParsedQuery } from './query.ts';
import { rankDocuments, type RankedHit, type WeightedPostings } from './rank.ts';

/** Where shards and chunks come from: memory (single file) or the network (sharded). */
export interface SearchStore {
	head: SearchHead;
	shard(index: number): Promise<SearchShard>;
	chunk(index: number): Promise<SearchChunk>;
}

/** What to keep besides the query. */
export interface SearchFilters {
	/** Only documents of this outlet ('' or undefined: all). */
	outlet?: string | undefined;
	/** Only quotations. */
	quotesOnly?: boolean | undefined;
}

/** The answer to a query: ranked document indices, without their text. */
export interface SearchOutcome {
	query: ParsedQuery;
	/** The best documents, best first; at most `RERANKED`. */
	hits: RankedHit[];
	/** How many documents match in all. */
	total: number;
}

/**
 * A store over a single file.
 *
 * @example
 * new SearchEngine(memoryStore(asSingleFile(buildSearchIndex(docs, []))))
 */
export function memoryStore(file: SingleSearchFile | { head: SearchHead; shards: SearchShard[]; chunks: SearchChunk[] }): SearchStore {
	const [head, shards, chunks] = 'head' in file ? [file.head, file.shards, file.chunks] : [file, file.shardData, file.chunkData];
	return {
		head,
		shard: (index) => Promise.resolve(shards[index]!),
		chunk: (index) => Promise.resolve(chunks[index]!),
	};
}

/**
 * Check that a fetched file is of the version this page reads.
 *
 * @example
 * checkVersion({ version: 1 }) // throws: the page and the index were built apart
 */
export function checkVersion<T extends { version: number }>(file: T): T {
	if (file.version !== SEARCH_FORMAT_VERSION) throw new Error(`search index version ${file.version}, expected ${SEARCH_FORMAT_VERSION}`);
	return file;
}

/** A search engine over one store. */
export class SearchEngine {
	readonly head: SearchHead;
	readonly vocabulary: readonly string[];
	readonly variants: VariantMap;
	readonly spellings: Readonly<Record<string, string>>;
	private readonly store: SearchStore;
	private readonly matcher: VocabularyMatcher;
	private readonly shards = new Map<number, Promise<SearchShard>>();
	private readonly chunks = new Map<number, Promise<SearchChunk>>();
	private readonly decoded = new Map<number, Postings>();

	constructor(store: SearchStore) {
		this.store = store;
		this.head = store.head;
		this.vocabulary = frontDecode(store.head.vocabulary);
		this.variants = toVariantMap(store.head.variants);
		this.spellings = store.head.spellings;
		this.matcher = new VocabularyMatcher(this.vocabulary);
	}

	/**
	 * Rank the documents for a query (fetching the shards it needs).
	 *
	 * @example
	 * (await engine.search('"night ferry" !bridges', { quotesOnly: true })).hits[0]?.index
	 */
	async search(input: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
		const query = parseQuery(input, this.variants);
		if (!hasTerms(query)) return { query, hits: [], total: 0 };
		const terms = query.words.map((word) => this.matcher.fuzzy(word));
		const spellings = writtenForms(input).flatMap((word) => {
			const index = this.matcher.exact(`${SPELLING_MARK}${word}`);
			return index < 0 ? [] : [index];
		});
		const phrases = query.phrases.map((phrase) => this.phraseWords(phrase));
		const excludes = query.excludes.map((phrase) => this.phraseWords(phrase));
		await this.load([...terms.flat().map((entry) => entry.word), ...spellings, ...phrases.flat(2), ...excludes.flat(2)]);
		const list = (word: number) => this.decoded.get(word)!;
		const weighted = terms.map((term) => term.map(({ word, quality }): WeightedPostings => ({ postings: list(word), quality })));
		const outlet = filters.outlet ? this.head.outlets.indexOf(filters.outlet) + 1 : 0;
		if (filters.outlet && outlet === 0) return { query, hits: [], total: 0 };
		const { hits, total } = rankDocuments({
			docCount: this.head.docCount,
			meta: this.head.meta,
			terms: weighted.filter((term) => term.length > 0),
			needed: wordsNeeded(query.words.length),
			spellings: spellings.map(list),
			phrases: phrases.map((phrase) => phrase.map((words) => words.map(list))),
			excludes: excludes.map((phrase) => phrase.map((words) => words.map(list))),
			outlet,
			quotesOnly: filters.quotesOnly === true,
		});
		return { query, hits, total };
	}

	/**
	 * The documents of the first hits, grouped (a quote with the paragraph that holds it), at most `limit` groups.
	 *
	 * @example
	 * (await engine.results(await engine.search('halvenka'), 20))[0]?.docs[0]?.text
	 */
	async results(outcome: SearchOutcome, limit: number): Promise<ResultGroup[]> {
		const wanted = outcome.hits.slice(0, Math.ceil(limit * 1.5));
		const docs = await this.documents(wanted.map((hit) => hit.index));
		return groupHits(wanted.map((hit, at) => ({ ...hit, doc: docs[at]! }))).slice(0, limit);
	}

	/** Documents by index, fetching the chunks that hold them. */
	async documents(indices: readonly number[]): Promise<SearchDoc[]> {
		const chunkOf = (index: number) => lowerBound(this.head.chunks, index + 1) - 1;
		const needed = [...new Set(indices.map(chunkOf))];
		const loaded = new Map(await Promise.all(needed.map(async (chunk) => [chunk, await this.chunk(chunk)] as const)));
		return indices.map((index) => {
			const chunk = loaded.get(chunkOf(index))!;
			const doc: PackedDoc = chunk.docs[index - chunk.first]!;
			return { ...doc, folded: foldText(doc.text, this.variants) };
		});
	}

	/** Forget fetched and decoded shards and cached expansions (the benchmark measures every query cold). */
	forget(): void {
		this.shards.clear();
		this.chunks.clear();
		this.decoded.clear();
		this.matcher.forget();
	}

	/** Per word of a phrase, the vocabulary words it may be: itself, or for the last word any word it begins. */
	private phraseWords(phrase: readonly string[]): number[][] {
		return phrase.map((word, at) => {
			if (at === phrase.length - 1) return this.matcher.prefixed(word);
			const index = this.matcher.exact(word);
			return index < 0 ? [] : [index];
		});
	}

	/** Fetch the shards holding these words and decode their postings. */
	private async load(words: readonly number[]): Promise<void> {
		const missing = [...new Set(words)].filter((word) => !this.decoded.has(word));
		const shardOf = (word: number) => lowerBound(this.head.shards, word + 1) - 1;
		const shards = await Promise.all([...new Set(missing.map(shardOf))].map((index) => this.shard(index)));
		const byFirst = new Map(shards.map((shard) => [shard.first, shard]));
		for (const word of missing) {
			const shard = byFirst.get(this.head.shards[shardOf(word)]!)!;
			this.decoded.set(word, decodePostings({ docs: shard.docs[word - shard.first]!, positions: shard.positions[word - shard.first]! }));
		}
	}

	private shard(index: number): Promise<SearchShard> {
		let found = this.shards.get(index);
		if (!found) this.shards.set(index, (found = this.store.shard(index)));
		return found;
	}

	private chunk(index: number): Promise<SearchChunk> {
		let found = this.chunks.get(index);
		if (!found) this.chunks.set(index, (found = this.store.chunk(index)));
		return found;
	}
}

/**
 * The loose words as typed, folded without name variants: a document holding a name spelled
 * like this ranks above documents holding another spelling of it.
 *
 * @example
 * writtenForms('Khalvenka "night ferry" !bridges') // ['khalvenka']
 */
export function writtenForms(input: string): string[] {
	const loose = straightQuotes(input).replace(/!?"[^"]*("|$)|![^\s"]+/g, ' ');
	return foldText(loose)
		.trim()
		.split(' ')
		.filter((word) => word.length > 1);
}
