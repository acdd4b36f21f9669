import { describe, expect, test } from 'vitest';
import { findQuoteGroups } from '../../../src/lib/shared/shared-quotes.ts';
import { compareWords } from '../../../src/lib/shared/words.ts';
import { makeArticle } from '../../helpers/articles.ts';
import { loadLexicon } from '../../../scripts/lib/wordnet.ts';
import { sensesOf } from '../../../src/lib/text/lexicon.ts';

const texts = (articles: ReturnType<typeof makeArticle>[]) =>
	findQuoteGroups(articles).sharedQuotes.map((shared) =>
		shared.occurrences.map((occurrence) => `${occurrence.articleId}: ${occurrence.text}`),
	);

describe('findQuoteGroups: a fragment never bridges two statements', () => {
	const slogan = [
		makeArticle('a', ['“Our party will build a stronger nation for every family in the north,” she said.'], 'Anna Kowalski'),
		makeArticle('b', ['“Our taxes will fall, because we will build a stronger nation for all,” she said.'], 'Anna Kowalski'),
		makeArticle('c', ['She promised to “build a stronger nation” again.'], 'Anna Kowalski'),
	];

	test('keeps apart two sentences of one speaker that share a phrase', () => {
		expect(texts(slogan.slice(0, 2))).toEqual([]);
	});

	test('leaves a fragment that fits both on its own, and says which statements it fits', () => {
		const groups = findQuoteGroups(slogan);
		expect(groups.sharedQuotes).toEqual([]);
		expect(groups.fragments).toEqual([{ quoteId: 'c-q0-0', fits: ['a-q0-0', 'b-q0-0'] }]);
	});

	test('joins a fragment to the one statement it fits, and records why', () => {
		const [shared] = findQuoteGroups([slogan[0]!, slogan[2]!]).sharedQuotes;
		expect(shared?.articles).toEqual(['a', 'c']);
		expect(shared?.links).toEqual([{ from: 'c-q0-0', to: 'a-q0-0', kind: 'fragment', score: 1 }]);
	});
});

describe('findQuoteGroups: quotes compared sentence by sentence', () => {
	test('joins two sentences quoted as one span to the same sentences quoted apart', () => {
		expect(
			texts([
				makeArticle('a', ['“The bridge will open in May. Tolls will be free for a year,” the mayor said.'], 'Piotr Nowak'),
				makeArticle('b', ['“The bridge will open in May,” Nowak said.', '“Tolls will be free for a year,” he added.'], 'Piotr Nowak'),
			]),
		).toEqual([
			[
				'a: The bridge will open in May. Tolls will be free for a year,',
				'b: The bridge will open in May,',
				'b: Tolls will be free for a year,',
			],
		]);
	});

	test('matches the parts an outlet kept around an ellipsis', () => {
		expect(
			texts([
				makeArticle('a', ['“We were not told about the floods ... Nobody called the village council,” he said.'], 'Piotr Nowak'),
				makeArticle('b', ['“Nobody called the village council,” he said.'], 'Piotr Nowak'),
			]),
		).toHaveLength(1);
	});

	test('reads one sentence split around an attribution as one statement', () => {
		const [shared] = findQuoteGroups([
			makeArticle('a', ['“If the river rises again,” the engineer said, “we will close the dam at once.”'], 'Lena Berg'),
			makeArticle('b', ['Berg warned that they would “close the dam at once” if needed.'], 'Lena Berg'),
		]).sharedQuotes;
		expect(shared?.occurrences.map((occurrence) => occurrence.text)).toEqual([
			'If the river rises again,',
			'we will close the dam at once.',
			'close the dam at once',
		]);
		expect(shared?.canonical).toBe('If the river rises again … we will close the dam at once.');
	});

	test('joins two quotes cut differently that overlap on a run of words', () => {
		expect(
			texts([
				makeArticle('a', ['“Everyone in the valley knows that the new road will cut the old forest in half,” she said.'], 'Lena Berg'),
				makeArticle('b', ['“The new road will cut the old forest in half and nobody asked us,” she said.'], 'Lena Berg'),
			]),
		).toHaveLength(1);
	});

	test('keeps a one-word fragment apart unless the same named speaker says both', () => {
		const full = makeArticle('a', ['“The report is wildly inaccurate and we will say so,” the senator said.'], 'Mark Stone');
		expect(texts([full, makeArticle('b', ['Another senator called it “inaccurate.”'], 'Jane Hill')])).toEqual([]);
		expect(texts([full, makeArticle('b', ['Stone called it “inaccurate.”'], 'Mark Stone')])).toHaveLength(1);
	});
});

describe('findQuoteGroups with WordNet', () => {
	const lexicon = loadLexicon();
	const senses = (word: string) => sensesOf(lexicon, word);
	const articles = [
		makeArticle('a', ['“The big convoy will start tomorrow,” the general said.'], 'Lena Berg'),
		makeArticle('b', ['“The large convoy will begin tomorrow,” the general said.'], 'Lena Berg'),
	];

	test('joins two renderings of one sentence through synonyms', () => {
		expect(findQuoteGroups(articles, senses).sharedQuotes.map((shared) => shared.articles)).toEqual([['a', 'b']]);
	});

	test('needs the synonyms to join them', () => {
		expect(findQuoteGroups(articles).sharedQuotes).toEqual([]);
	});
});

describe('compareWords', () => {
	test.each([
		['They’re at the N.G.O.', ['they', 'are', 'at', 'the', 'ngo']],
		["We didn't know", ['we', 'did', 'not', 'know']],
		["Anna's car", ["anna's", 'car']],
		['I’d go', ['i', 'would', 'go']],
	])('%s', (text, keys) => {
		expect(compareWords(text).map((word) => word.key)).toEqual(keys);
	});
});

describe('findQuoteGroups on quotes without words', () => {
	test('never joins punctuation or emoji quotes, in one article or across several', () => {
		expect(
			findQuoteGroups([makeArticle('a', ['He wrote “,” and then “🙂” twice: “🙂”.']), makeArticle('b', ['She wrote “;” and “🙂”.'])])
				.sharedQuotes,
		).toEqual([]);
	});
});
