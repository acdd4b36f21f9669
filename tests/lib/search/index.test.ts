import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../../src/lib/cluster.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index.ts';
import fc from 'fast-check';
import { decodePostings, encodePostings, frontCode, frontDecode, NumberWriter, readNumbers } from '../../../src/lib/search/codec.ts';
import type { SearchDoc } from '../../../src/lib/search/docs.ts';
import { checkVersion, memoryStore, SearchEngine, type SearchStore } from '../../../src/lib/search/engine.ts';
import { foldText, toVariantMap, type VariantPair } from '../../../src/lib/search/fold.ts';
import { SearchChunkSchema, SearchHeadSchema, SearchShardSchema } from '../../../src/lib/search/format.ts';
import { groupHits } from '../../../src/lib/search/group.ts';
import { firstOf } from '../../../src/lib/search/rank.ts';
import { editDistance, substringDistance } from '../../../src/lib/search/match.ts';
import { searchFilesOf } from '../../../src/lib/search/build-index.ts';
import { suggestQueries } from '../../../src/lib/search/suggest.ts';
import { resultView } from '../../../src/lib/search/view.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { seedFiles } from '../../helpers/seeds.ts';

/** Invented paragraphs, one per text, folded with `variants`. */
function docsOf(texts: string[], variants: VariantPair[] = []): SearchDoc[] {
	const map = toVariantMap(variants);
	return texts.map((text, index) => ({
		kind: 'paragraph',
		articleId: `a${index}`,
		outlet: `Outlet ${index % 2}`,
		headline: `Headline ${index}`,
		speaker: null,
		text,
		folded: foldText(text, map),
		paragraph: 0,
		quoteId: null,
		sharedId: null,
	}));
}

/** A store that parses every file from JSON with the schemas, and records what was fetched. */
function jsonStore(index: SearchIndex): SearchStore & { fetched: string[] } {
	const shards = index.shards.map((shard) => JSON.stringify(shard));
	const chunks = index.chunks.map((chunk) => JSON.stringify(chunk));
	const fetched: string[] = [];
	return {
		head: SearchHeadSchema.parse(JSON.parse(JSON.stringify(index.head))),
		fetched,
		shard: async (n) => (fetched.push(`shard ${n}`), checkVersion(SearchShardSchema.parse(JSON.parse(shards[n]!)))),
		chunk: async (n) => (fetched.push(`chunk ${n}`), checkVersion(SearchChunkSchema.parse(JSON.parse(chunks[n]!)))),
	};
}

async function texts(engine: SearchEngine, query: string): Promise<string[]> {
	const outcome = await engine.search(query);
	return (await engine.documents(outcome.hits.map((hit) => hit.index))).map((doc) => doc.text);
}

describe('edit distance with swaps', () => {
	test.each([
		['msot', 'most', 1],
		['syiran', 'syrian', 1],
		['pitun', 'putin', 2],
		['ferri', 'ferry', 1],
		['abc', 'abc', 0],
		['ab', 'ba', 1],
	])('%s -> %s: %i', (a, b, edits) => {
		expect(editDistance(a, b)).toBe(edits);
	});
	test('a swap inside a longer word is one edit', () => {
		expect(substringDistance('msot', 'almost')).toBe(1);
		expect(substringDistance('lanturn', 'lanterns')).toBe(1);
	});
});

describe('codecs', () => {
	test('front coding round-trips a sorted vocabulary', () => {
		const words = ['a', 'harbour', 'harbours', 'hare', 'hareford', 'x'.repeat(40), `${'x'.repeat(40)}y`];
		expect(frontDecode(frontCode(words))).toEqual(words);
	});
	test('postings round-trip with positions', () => {
		const postings = [
			{ doc: 3, weight: 9, positions: [4, 10] },
			{ doc: 7, weight: 8, positions: [0] },
		];
		const decoded = decodePostings(encodePostings(postings));
		expect([...decoded.docs]).toEqual([3, 7]);
		expect([...decoded.positions]).toEqual([4, 10, 0]);
		expect([...decoded.starts]).toEqual([0, 2, 3]);
	});
	test('the number code round-trips any non-negative 31-bit numbers, small ones in one character', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 })), (numbers) => {
				const writer = new NumberWriter();
				for (const number of numbers) writer.write(number);
				const text = writer.toString();
				expect([...readNumbers(text)]).toEqual(numbers);
				expect(JSON.parse(JSON.stringify(text))).toBe(text);
				expect(text).not.toMatch(/["\\]/);
			}),
		);
		const writer = new NumberWriter();
		for (let number = 0; number < 32; number++) writer.write(number);
		expect(writer.toString()).toHaveLength(32);
	});
	test('postings of random documents round-trip, positions decoded only when read', () => {
		const posting = fc.record({
			gap: fc.integer({ min: 1, max: 5000 }),
			weight: fc.integer({ min: 1, max: 40 }),
			positions: fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 12 }),
		});
		fc.assert(
			fc.property(fc.array(posting, { maxLength: 60 }), (drawn) => {
				let doc = -1;
				const postings = drawn.map(({ gap, weight, positions }) => ({
					doc: (doc += gap),
					weight,
					positions: positions.toSorted((a, b) => a - b),
				}));
				const decoded = decodePostings(encodePostings(postings));
				expect([...decoded.docs]).toEqual(postings.map((p) => p.doc));
				expect([...decoded.weights]).toEqual(postings.map((p) => p.weight));
				postings.forEach((p, slot) =>
					expect([...decoded.positions.subarray(decoded.starts[slot], decoded.starts[slot + 1])]).toEqual(p.positions),
				);
			}),
		);
	});
});

describe('the split index', () => {
	const many = [
		...Array.from({ length: 300 }, (_, index) => `Filler paragraph number ${index} about harbour works and the weather at sea.`),
		'The night ferry to Velgrad left late on Monday.',
		'A ferry left at night for the islands.',
	];
	const index = buildSearchIndex(docsOf(many), [], { shardChars: 300, chunkChars: 600 });

	test('build -> JSON -> schema parse -> a query finds the paragraph, fetching only what it needs', async () => {
		expect(index.shards.length).toBeGreaterThan(5);
		expect(index.chunks.length).toBeGreaterThan(5);
		const store = jsonStore(index);
		const engine = new SearchEngine(store);
		expect((await texts(engine, 'night ferry'))[0]).toBe('The night ferry to Velgrad left late on Monday.');
		const shards = store.fetched.filter((name) => name.startsWith('shard'));
		expect(shards.length).toBeGreaterThan(0);
		expect(shards.length).toBeLessThan(index.shards.length / 2);
		expect(store.fetched.filter((name) => name.startsWith('chunk')).length).toBeLessThanOrEqual(2);
	});

	test('a transposed letter in each of two words still finds the paragraph', async () => {
		const engine = new SearchEngine(memoryStore(index));
		expect(await texts(engine, 'nihgt frery')).toContain('The night ferry to Velgrad left late on Monday.');
	});

	test('a file of another version is refused', () => {
		expect(() => checkVersion({ version: 1 })).toThrow(/version 1/);
	});
});

describe('ranking', () => {
	test('BM25: a rare word counts more than a common one, a short paragraph more than a long one', async () => {
		const docs = docsOf([
			'Harbour harbour harbour lantern.',
			'Harbour lantern and a long list of other words that make this paragraph much longer than the others.',
			'Harbour crane.',
			'Harbour crane.',
			'Harbour crane.',
		]);
		const engine = new SearchEngine(memoryStore(buildSearchIndex(docs, [])));
		expect((await texts(engine, 'lantern')).slice(0, 2)).toEqual([docs[0]!.text, docs[1]!.text]);
		const ranked = await texts(engine, 'harbour lantern');
		expect(ranked[0]).toBe(docs[0]!.text);
	});

	test('the words as a phrase rank above the same words apart', async () => {
		const docs = docsOf(['The ferry sailed at night with the mail.', 'The night ferry sailed with the mail.']);
		const engine = new SearchEngine(memoryStore(buildSearchIndex(docs, [])));
		expect(await texts(engine, 'night ferry')).toEqual([docs[1]!.text, docs[0]!.text]);
	});

	test('a name typed with one spelling ranks that spelling above its variants', async () => {
		const variants: VariantPair[] = [['khalvenka', 'halvenka']];
		const docs = docsOf(['They sailed from Halvenka at dawn.', 'They sailed from Khalvenka.', 'Halvenka again.'], variants);
		const engine = new SearchEngine(memoryStore(buildSearchIndex(docs, variants)));
		expect((await texts(engine, 'Khalvenka'))[0]).toBe(docs[1]!.text);
		const plain = await texts(engine, 'Halvenka');
		expect(plain).toHaveLength(3);
		expect(plain.at(-1)).toBe(docs[1]!.text);
	});
});

describe('the best results without sorting them all', () => {
	test('firstOf gives the first items of a full sort, in order', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }), fc.integer({ min: 0, max: 30 }), (keys, count) => {
				// Ties broken by index, as the ranking does, so the order is total.
				const order = (a: number, b: number) => keys[b]! - keys[a]! || a - b;
				const items = Int32Array.from(keys.keys());
				expect(firstOf(items, count, order)).toEqual([...items].sort(order).slice(0, count));
			}),
		);
	});
	test('more than 200 matching paragraphs: the 200 best by BM25 come back, and the total counts them all', async () => {
		const texts = Array.from({ length: 450 }, (_, index) => `Harbour ${'crane '.repeat(index % 37)}report ${index}.`);
		const engine = new SearchEngine(memoryStore(buildSearchIndex(docsOf(texts), [])));
		const outcome = await engine.search('harbour');
		expect(outcome.total).toBe(450);
		expect(outcome.hits).toHaveLength(200);
		const scores = outcome.hits.map((hit) => hit.score);
		expect(scores).toEqual(scores.toSorted((a, b) => b - a));
		// The shortest paragraphs (no "crane") score highest for "harbour", the longest are left out.
		const kept = new Set(outcome.hits.map((hit) => hit.index));
		expect(outcome.hits[0]!.index).toBe(0);
		expect(texts.every((_text, index) => index % 37 !== 0 || kept.has(index))).toBe(true);
		expect(texts.some((_text, index) => index % 37 === 36 && kept.has(index))).toBe(false);
	});
});

describe('results on the seeds', () => {
	const cluster = buildCluster(seedFiles());
	const files = searchFilesOf(cluster, 0);
	const engine = new SearchEngine(memoryStore(files));

	test('a quote and the paragraph holding it are one result per outlet, with both links', async () => {
		const shared = cluster.sharedQuotes.find((quote) => quote.articles.length > 1)!;
		const outcome = await engine.search(`"${shared.canonical.split(' ').slice(0, 6).join(' ')}"`);
		const groups = await engine.results(outcome, 30);
		const both = groups.filter((group) => group.paragraph && group.quotes.length > 0);
		expect(both.length).toBeGreaterThan(0);
		const keys = groups.map(
			(group) => `${(group.paragraph ?? group.quotes[0]!).articleId}#${(group.paragraph ?? group.quotes[0]!).paragraph}`,
		);
		expect(new Set(keys).size).toBe(keys.length);
		const view = resultView(both[0]!, outcome.query, engine.variants, '/');
		expect(view.anchor).toMatch(/^\/articles\/[^/]+\/#(?!p-)/);
		expect(view.paragraphAnchor).toMatch(/^\/articles\/[^/]+\/#p-\d+$/);
	});

	test('grouping keeps the order of each group’s best hit', () => {
		const doc = (articleId: string, paragraph: number, kind: SearchDoc['kind']) => ({ ...docsOf(['x'])[0]!, articleId, paragraph, kind });
		const groups = groupHits([
			{ index: 5, doc: doc('a', 2, 'quote') },
			{ index: 1, doc: doc('b', 0, 'paragraph') },
			{ index: 2, doc: doc('a', 2, 'paragraph') },
		]);
		expect(groups.map((group) => group.index)).toEqual([5, 1]);
		expect(groups[0]!.paragraph?.kind).toBe('paragraph');
	});

	test('"did you mean" offers only readable words of the corpus', async () => {
		const vocabulary = engine.vocabulary;
		for (const typo of ['pitun', 'withdrwal', 'hmeymin', 'sirya', 'troosp', 'presdent']) {
			const suggestions = suggestQueries(parseQuery(typo, engine.variants).words, vocabulary, engine.spellings);
			expect(suggestions.length, typo).toBeGreaterThan(0);
			for (const word of suggestions.flatMap((suggestion) => suggestion.split(' '))) {
				expect(word).toMatch(/^\p{L}+(?:['-]\p{L}+)*$/u);
				expect(vocabulary.includes(word) || Object.values(engine.spellings).includes(word)).toBe(true);
			}
		}
	});
});
