import { describe, expect, test } from 'vitest';
import { disputedSpeakers, findSharedQuotes } from '../../../src/lib/shared/shared-quotes.ts';
import { makeArticle } from '../../helpers/articles.ts';

const canonicals = (articles: ReturnType<typeof makeArticle>[]) =>
	findSharedQuotes(articles).map((shared) => [shared.canonical, shared.articles]);

describe('findSharedQuotes', () => {
	test('counts a quote its article repeats once: the first quote of the words stands for its repeats', () => {
		const chant = Array.from({ length: 2000 }, () => '“stop the works”').join(' ');
		const shared = findSharedQuotes([
			makeArticle('a', [`They chanted ${chant} all night.`]),
			makeArticle('b', ['“Stop the works,” they shouted.']),
		]);
		expect(shared).toHaveLength(1);
		expect(shared[0]?.occurrences.map((occurrence) => occurrence.quoteId)).toEqual(['a-q0-0', 'b-q0-0']);
		expect(shared[0]?.links).toHaveLength(1);
	});

	test('joins the same words after folding case, marks, dashes and British spelling', () => {
		const shared = findSharedQuotes([
			makeArticle('a', ['She said “The Defence Ministry – not the army – will decide.”']),
			makeArticle('b', ['He said “the defense ministry - not the army - will decide”']),
		]);
		expect(shared).toHaveLength(1);
		expect(shared[0]?.occurrences.map((occurrence) => occurrence.articleId)).toEqual(['a', 'b']);
		expect(shared[0]?.variants).toHaveLength(1);
	});

	test('joins two translations of one sentence and marks the words that differ', () => {
		const [shared] = findSharedQuotes([
			makeArticle(
				'a',
				[
					'“I order the Defense Minister and the Chief of General Staff to proceed to withdraw Russian forces back to their points of permanent deployment,” Putin said.',
				],
				'Vladimir Putin',
			),
			makeArticle(
				'b',
				[
					'“I order the defence minister and the chief of general staff to start withdrawing the Russian group of troops to their permanent bases,” Putin said.',
				],
				'Putin',
			),
			makeArticle(
				'c',
				[
					'“I order the defence minister and the chief of general staff to start withdrawing the Russian group of troops to their permanent bases,” he said.',
				],
				'Vladimir Putin',
			),
		]);
		expect(shared?.articles).toEqual(['a', 'b', 'c']);
		expect(shared?.speaker).toBe('Vladimir Putin');
		expect(shared?.canonical).toMatch(/^I order the defence minister .* permanent bases$/);
		const other = shared?.variants.find((variant) => variant.articles.includes('a'));
		const differing = other?.words.filter((word) => !word.same).map((word) => word.text);
		expect(differing).toEqual(expect.arrayContaining(['proceed', 'forces', 'deployment']));
		expect(differing).not.toContain('Minister');
	});

	test('joins fragments of one sentence that share a run of content words', () => {
		expect(
			canonicals([
				makeArticle('a', ['He added that if the “terrorists raise their heads” in Syria again, they would be hit.']),
				makeArticle('b', ['If IS “raise their heads again,” the president added.']),
			]),
		).toHaveLength(1);
	});

	test.each([
		[
			'a one-word scare quote inside a longer quote',
			['Officials fight “terrorists” there.'],
			['He said “terrorists raise their heads again” there.'],
		],
		[
			'a two-word scare quote',
			['They hailed the “excellent performance” of troops.'],
			['He said “the excellent performance of our pilots will be remembered” today.'],
		],
		['a shared run of function words only', ['He said “in the end of the day”.'], ['She said “at the end of the war we will see”.']],
	])('does not join %s', (_name, first, second) => {
		expect(canonicals([makeArticle('a', first), makeArticle('b', second)])).toEqual([]);
	});

	test.each([
		['a statement and its negation', 'Russia will withdraw its troops from Syria', 'Russia will never withdraw its troops from Syria'],
		[
			'two sentences that open alike',
			'a significant part of the troops will return home',
			'a significant part of the budget will go to defence',
		],
		[
			'a stock phrase inside two different sentences',
			'we will fight terrorism in the region with all our forces',
			'the economy in the region with all its problems is growing',
		],
	])('keeps apart %s', (_name, first, second) => {
		expect(canonicals([makeArticle('a', [`“${first},” he said.`], 'Putin'), makeArticle('b', [`“${second},” he said.`], 'Putin')])).toEqual(
			[],
		);
	});

	test('keeps apart a fragment of one speaker and the same words from another', () => {
		expect(
			canonicals([
				makeArticle('a', ['“raise their heads again,” he said.'], 'Vladimir Putin'),
				makeArticle('b', ['“terrorists raise their heads again,” she said.'], 'Jane Doe'),
			]),
		).toEqual([]);
	});

	test('keeps two different sentences by one speaker apart', () => {
		const shared = canonicals([
			makeArticle(
				'a',
				[
					'“I order the defence minister to start withdrawing the troops to their permanent bases,” Putin said.',
					'“I have taken a decision: a significant part of the troop contingent is returning home,” Putin said.',
				],
				'Putin',
			),
			makeArticle(
				'b',
				[
					'“I order the defence minister to start withdrawing the troops to their permanent bases,” Putin said.',
					'“I have taken a decision: a significant part of the troop contingent is returning home,” Putin said.',
				],
				'Putin',
			),
		]);
		expect(shared).toHaveLength(2);
	});

	test('keeps apart two short sentences by one speaker that differ in one content word', () => {
		const shared = canonicals([
			makeArticle('a', ['“We will reopen the port next week,” Anna Kowalski said.'], 'Anna Kowalski'),
			makeArticle('b', ['“We will close the port next week,” Anna Kowalski said.'], 'Anna Kowalski'),
			makeArticle('c', ['Anna Kowalski said she would decide: “We will close the port.”'], 'Anna Kowalski'),
		]);
		// b and c are one utterance (c a fragment of b); a says the opposite and joins neither.
		expect(shared).toEqual([['We will close the port next week', ['b', 'c']]]);
	});

	test('does not take a translation-like overlap for one utterance when the speakers differ', () => {
		expect(
			canonicals([
				makeArticle('a', ['“We will strike the militants with force they have never seen before in this war,” he said.'], 'Vladimir Putin'),
				makeArticle('b', ['“They will strike the militants with a force never seen before in the region,” she said.'], 'Jane Doe'),
			]),
		).toEqual([]);
	});

	test('gives ids from the wording, and keeps every wording id as an alias when an article adds a new canonical', () => {
		const a = makeArticle('a', ['“raise their heads again,” he said.']);
		const b = makeArticle('b', ['“terrorists raise their heads again,” he said.']);
		const [before] = findSharedQuotes([a, b]);
		const c = makeArticle('c', ['“terrorists raise their heads again,” she said.']);
		const [after] = findSharedQuotes([c, b, a]);
		expect(before?.id).toMatch(/^terrorists-raise-their-heads-again-[a-z0-9]{7}$/);
		expect([after?.id, ...(after?.aliases ?? [])]).toContain(before?.id);
		for (const alias of before?.aliases ?? []) expect([after?.id, ...(after?.aliases ?? [])]).toContain(alias);
		expect(JSON.stringify(findSharedQuotes([a, b]))).toBe(JSON.stringify(findSharedQuotes([b, a])));
	});
});

describe('attributions', () => {
	const quote = 'We will open the northern gate to every lorry at dawn tomorrow';
	const carried = (speakers: (string | null)[]) =>
		findSharedQuotes(
			speakers.map((speaker, index) => makeArticle(String.fromCharCode(97 + index), [`“${quote},” someone said.`], speaker)),
		)[0]!;

	test('keeps every attribution with the articles that give it, most articles first', () => {
		expect(carried(['Anna Kowalski', 'Marek Velinsky', 'Anna Kowalski', null]).attributions).toEqual([
			{ speaker: 'Anna Kowalski', articles: ['a', 'c'] },
			{ speaker: 'Marek Velinsky', articles: ['b'] },
			{ speaker: null, articles: ['d'] },
		]);
	});

	test('the speaker is the one most articles name, even when one article repeats the quote', () => {
		const articles = [
			makeArticle('a', [`“${quote},” she said.`, `Again: “${quote}.”`, `And: “${quote}.”`], 'Marek Velinsky'),
			makeArticle('b', [`“${quote},” she said.`], 'Anna Kowalski'),
			makeArticle('c', [`“${quote},” she said.`], 'Anna Kowalski'),
		];
		expect(findSharedQuotes(articles)[0]?.speaker).toBe('Anna Kowalski');
	});
});

describe('disputedSpeakers', () => {
	test('two people named for one quote are a disagreement', () => {
		expect(
			disputedSpeakers([
				{ speaker: 'Anna Kowalski', articles: ['a'] },
				{ speaker: 'Marek Velinsky', articles: ['b'] },
			]),
		).toEqual([
			{ speaker: 'Anna Kowalski', articles: ['a'] },
			{ speaker: 'Marek Velinsky', articles: ['b'] },
		]);
	});

	test.each([
		['a middle initial', 'Anna M. Kowalski'],
		['a short first name', 'Ann Kowalski'],
		['a misspelt first name', 'Ana Kowalski'],
		['a description', 'the minister'],
		['no speaker', null],
	])('one person under %s is no disagreement', (_case, other) => {
		expect(
			disputedSpeakers([
				{ speaker: 'Anna Kowalski', articles: ['a'] },
				{ speaker: other, articles: ['b'] },
			]),
		).toBeNull();
	});
});
