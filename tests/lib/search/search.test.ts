import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../../src/lib/cluster.ts';
import { searchLinks, toSearchDocs } from '../../../src/lib/search/docs.ts';
import { asSingleFile, buildSearchIndex, searchFilesOf } from '../../../src/lib/search/build-index.ts';
import { memoryStore, SearchEngine, type SearchFilters } from '../../../src/lib/search/engine.ts';
import type { SingleSearchFile } from '../../../src/lib/search/format.ts';
import { foldText, toVariantMap, variantPairs } from '../../../src/lib/search/fold.ts';
import { snippet } from '../../../src/lib/search/highlight.ts';
import { substringDistance, termMatches } from '../../../src/lib/search/match.ts';
import { parseQuery, wordsNeeded } from '../../../src/lib/search/query.ts';
import { readState, writeState } from '../../../src/lib/search/state.ts';
import { closeWords, suggestQueries } from '../../../src/lib/search/suggest.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { seedFiles } from '../../helpers/seeds.ts';

const cluster = buildCluster(seedFiles());
const payload = searchFilesOf(cluster).head as SingleSearchFile;
const engine = new SearchEngine(memoryStore(JSON.parse(JSON.stringify(payload)) as SingleSearchFile));
const variants = toVariantMap(variantPairs(cluster.nameVariants));

/** Search the seeds and fetch every hit's document. */
async function search(input: string, filters: SearchFilters = {}, over = engine) {
	const outcome = await over.search(input, filters);
	const docs = await over.documents(outcome.hits.map((hit) => hit.index));
	return { ...outcome, hits: outcome.hits.map((hit, at) => ({ ...hit, doc: docs[at]! })) };
}

describe('foldText', () => {
	test.each([
		['case and accents', 'ÉLITE Café', ' elite cafe '],
		['curly and straight apostrophes', "Russia’s Russia's", " russia's russia's "],
		['curly and straight quotes disappear', '“new stage” "new stage"', ' new stage new stage '],
		['hyphen-like dashes', 'al‑Assad al–Assad', ' al-assad al-assad '],
		['British spelling', 'Defence organised', ' defense organized '],
		['Cyrillic stays', 'Хмеймим, Сирия', ' хмеимим сирия '],
	])('%s', (_name, text, folded) => {
		expect(foldText(text)).toBe(folded);
	});

	test('folds name variants onto the canonical spelling', () => {
		expect(foldText('at Khmeimim and Hmeymim, Tartous', variants)).toBe(' at hmeimim and hmeimim tartus ');
		const assad = new Set(['Bashar Assad', 'Bashar al-Assad', 'Bashar al Assad'].map((name) => foldText(`President ${name}`, variants)));
		expect(assad.size).toBe(1);
	});

	test('leaves acronyms unfolded: the seeds write `U.S.` and `US`, and `us` is a pronoun', () => {
		expect(cluster.nameVariants.some((group) => group.variants.some((variant) => variant.text === 'US'))).toBe(true);
		expect(foldText('they told us', variants)).toBe(' they told us ');
	});
});

describe('toSearchDocs', () => {
	const docs = toSearchDocs(cluster);
	test('a quote the article repeats links to the first quote’s page, which is the one that exists', () => {
		const article = makeArticle('a', ['She said “open the gates at dawn”.', 'Later: “open the gates at dawn”.']);
		const [first, repeat] = toSearchDocs({ articles: [article], sharedQuotes: [], nameVariants: [] }).filter((doc) => doc.kind === 'quote');
		expect(article.quotes[1]?.repeatOf).toBe(article.quotes[0]?.id);
		expect(repeat?.quoteId).toBe(first?.quoteId);
		expect(repeat?.paragraph).toBe(1);
	});
	test('one document per paragraph and per quote', () => {
		const paragraphs = cluster.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
		const quotes = cluster.articles.reduce((sum, article) => sum + article.quotes.length, 0);
		expect(docs.filter((doc) => doc.kind === 'paragraph')).toHaveLength(paragraphs);
		expect(docs.filter((doc) => doc.kind === 'quote')).toHaveLength(quotes);
	});
	test('quotes carry speaker, quote id and shared quote id; links go to the anchors', () => {
		const shared = cluster.sharedQuotes[0]!;
		const occurrence = shared.occurrences[0]!;
		const doc = docs.find((candidate) => candidate.quoteId === occurrence.quoteId)!;
		expect(doc).toMatchObject({ kind: 'quote', articleId: occurrence.articleId, sharedId: shared.id, paragraph: occurrence.paragraph });
		expect(searchLinks('/chorus/', doc)).toEqual({
			anchor: `/chorus/articles/${doc.articleId}/#${doc.quoteId}`,
			quotePage: `/chorus/quotes/${doc.quoteId}/`,
			sharedPage: `/chorus/quotes/${shared.id}/`,
		});
		const paragraph = docs.find((candidate) => candidate.kind === 'paragraph' && candidate.paragraph === 2)!;
		expect(searchLinks('/', paragraph)).toEqual({ anchor: `/articles/${paragraph.articleId}/#p-2`, quotePage: null, sharedPage: null });
	});
	test('outlet is the name or null', () => {
		expect(new Set(docs.map((doc) => doc.outlet))).toEqual(new Set(cluster.articles.map((article) => article.outlet?.name ?? null)));
	});
});

describe('parseQuery', () => {
	test.each([
		['permanent bases', { words: ['permanent', 'bases'], phrases: [], excludes: [] }],
		['“Permanent Bases”', { words: [], phrases: [['permanent', 'bases']], excludes: [] }],
		['«permanent bases» !„new stage“', { words: [], phrases: [['permanent', 'bases']], excludes: [['new', 'stage']] }],
		['「permanent bases」', { words: [], phrases: [['permanent', 'bases']], excludes: [] }],
		['"permanent bases" !troops', { words: [], phrases: [['permanent', 'bases']], excludes: [['troops']] }],
		['Khmeimim !"new stage"', { words: ['hmeimim'], phrases: [], excludes: [['new', 'stage']] }],
		['a b c defence', { words: ['defense'], phrases: [], excludes: [] }],
		['terrorists raise their heads', { words: ['terrorists', 'raize', 'their', 'heads'], phrases: [], excludes: [] }],
	])('%s', (input, parsed) => {
		expect(parseQuery(input, variants)).toEqual(parsed);
	});
	test('long queries need two thirds of their words', () => {
		expect([1, 2, 3, 4, 6].map(wordsNeeded)).toEqual([1, 2, 2, 3, 4]);
	});
});

describe('word matching', () => {
	test.each([
		['withdraw', 'withdrawing', true],
		['permanant', 'permanent', true],
		['the', 'their', true],
		['stage', 'state', true],
		['bases', 'permanent', false],
		['msot', 'most', true],
		['syiran', 'syrian', true],
	])('%s in %s: %s', (term, word, matches) => {
		expect(termMatches(term, word)).toBe(matches);
	});
	test('substringDistance', () => {
		expect(substringDistance('permanant', 'permanent')).toBe(1);
		expect(substringDistance('xyz', 'abc', 1)).toBe(2);
	});
});

describe('SearchEngine over the seeds', () => {
	test.each(cluster.sharedQuotes.flatMap((shared) => shared.variants.map((variant) => [variant.text, variant] as const)))(
		'wording "%s" of a shared quote: every outlet carrying it comes first',
		async (text, variant) => {
			const { hits } = await search(text);
			const carrying = new Set(variant.articles);
			const firstOther = hits.findIndex((hit) => !carrying.has(hit.doc.articleId));
			const before = new Set(hits.slice(0, firstOther === -1 ? hits.length : firstOther).map((hit) => hit.doc.articleId));
			expect(before).toEqual(carrying);
			const quotes = (await search(text, { quotesOnly: true })).hits.slice(0, variant.articles.length);
			expect(new Set(quotes.map((hit) => hit.doc.articleId))).toEqual(carrying);
		},
	);

	test('exact phrase matches rank first', async () => {
		const { hits } = await search('permanent bases');
		const exact = hits.filter((hit) => hit.doc.folded.includes(' permanent bases'));
		expect(exact.length).toBeGreaterThan(0);
		expect(hits.slice(0, exact.length)).toEqual(exact);
	});

	// Hemeimeem is spelled only in seed 001's photo caption, which is not body text: searching it
	// still finds every spelling the body uses.
	test.each(['Khmeimim', 'Hmeymim', 'Hmeimim', 'Hemeimeem'])('%s finds every spelling the body uses', async (query) => {
		const texts = (await search(query)).hits.map((hit) => hit.doc.text);
		for (const spelling of ['Khmeimim', 'Hmeymim', 'Hmeimim']) expect(texts.some((text) => text.includes(spelling))).toBe(true);
	});

	test('phrases, exclusions and filters', async () => {
		const phrase = (await search('"permanent bases"')).hits;
		expect(phrase.length).toBeGreaterThan(0);
		expect(phrase.every((hit) => /permanent bases/i.test(hit.doc.text))).toBe(true);
		const excluded = (await search('Putin !Syria')).hits;
		expect(excluded.length).toBeGreaterThan(0);
		expect(excluded.some((hit) => /syria/i.test(hit.doc.text))).toBe(false);
		const outlet = payload.outlets[0]!;
		const narrowed = (await search('Putin', { outlet })).hits;
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.every((hit) => hit.doc.outlet === outlet)).toBe(true);
		expect((await search('Putin', { quotesOnly: true })).hits.every((hit) => hit.doc.kind === 'quote')).toBe(true);
	});

	test('accents and curly quotes in the query are folded', async () => {
		expect((await search('Défence')).hits.length).toBe((await search('defence')).hits.length);
		const curly = (await search('“defence ministry”')).hits;
		expect(curly.length).toBeGreaterThan(0);
		expect(curly).toEqual((await search('"defence ministry"')).hits);
	});

	test('exclusions alone find nothing', async () => {
		expect((await search('!syria')).hits).toEqual([]);
	});
});

describe('Cyrillic text', () => {
	test('is searchable, with accents folded', async () => {
		const docs = [
			{
				kind: 'paragraph' as const,
				articleId: 'ru',
				outlet: 'РИА Новости',
				headline: 'Путин',
				speaker: null,
				text: 'Путин посетил авиабазу Хмеймим в Сирии.',
				paragraph: 0,
				quoteId: null,
				sharedId: null,
			},
		].map((doc) => ({ ...doc, folded: foldText(doc.text) }));
		const cyrillic = new SearchEngine(memoryStore(asSingleFile(buildSearchIndex(docs, []))));
		expect((await cyrillic.search('Хмеймим')).hits).toHaveLength(1);
		expect((await cyrillic.search('хмеимим')).hits).toHaveLength(1);
		expect((await cyrillic.search('"в Сирии"')).hits).toHaveLength(1);
	});
});

describe('the seeds ship one file', () => {
	test('the single file is under 100 KB gzip', async () => {
		const { gzipSync } = await import('node:zlib');
		expect(payload.mode).toBe('single');
		expect(gzipSync(JSON.stringify(payload)).length).toBeLessThan(100 * 1024);
	});
});

describe('snippets', () => {
	test('marks the matched words, as segments', () => {
		expect(snippet('They left Khmeimim on Monday.', parseQuery('Hmeymim', variants), variants)).toEqual([
			{ text: 'They left ' },
			{ text: 'Khmeimim', mark: true },
			{ text: ' on Monday.' },
		]);
	});
	test('cuts long text around the first match', () => {
		const text = `${'word '.repeat(100)}target ${'tail '.repeat(100)}`.trim();
		const segments = snippet(text, parseQuery('target'), undefined, 120);
		expect(segments[0]!.text.startsWith('…')).toBe(true);
		expect(segments.at(-1)!.text.endsWith('…')).toBe(true);
		expect(segments.filter((segment) => segment.mark)).toEqual([{ text: 'target', mark: true }]);
	});
});

describe('suggestions and URL state', () => {
	test('close words and queries', async () => {
		expect(closeWords('permanant', ['permanent', 'pardon', 'bases'])).toEqual(['permanent']);
		expect((await search('pitun')).hits).toEqual([]);
		expect(suggestQueries(['pitun'], engine.vocabulary, engine.spellings)).toContain('putin');
		expect(suggestQueries(['suprize', 'visti'], engine.vocabulary, engine.spellings)[0]).toBe('surprise visit');
	});
	test.each([
		['?q=new+stage&quotes=1', { q: 'new stage', outlet: '', quotesOnly: true }],
		['?q=%22permanent+bases%22&outlet=themoscowtimes.com', { q: '"permanent bases"', outlet: 'themoscowtimes.com', quotesOnly: false }],
		['', { q: '', outlet: '', quotesOnly: false }],
	])('%s', (search, state) => {
		expect(readState(search)).toEqual(state);
		expect(writeState(state)).toBe(search);
	});
});

describe('suggestQueries with words that name Object.prototype members', () => {
	// `__proto__` cannot be a vocabulary word: underscores are not word characters.
	test.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('suggests the word itself for %s', (word) => {
		const typo = `${word.slice(0, -1)}x`;
		const suggestions = suggestQueries([typo], [word, 'river'], JSON.parse('{"river":"River"}') as Record<string, string>);
		expect(suggestions).toEqual([word]);
	});
});
