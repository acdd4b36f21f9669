import { describe, expect, test } from 'vitest';
import { findPassages } from '../../../src/lib/reuse/passages.ts';
import { makeArticle } from '../../helpers/articles.ts';

const stopover =
	'Putin made the stopover at the base in Latakia province, a regime stronghold, on his way to Egypt where he arrived later Monday.';

describe('findPassages', () => {
	test('finds a sentence two articles carry verbatim, with where it stands in each', () => {
		const [passage, ...rest] = findPassages([
			makeArticle('a', ['Something else happened first.', stopover]),
			makeArticle('b', [`${stopover} On November 28, the prime minister signed a directive.`]),
		]);
		expect(rest).toEqual([]);
		expect(passage?.text).toBe(stopover);
		expect(passage?.articles).toEqual(['a', 'b']);
		expect(
			passage?.occurrences.map((occurrence) => [occurrence.articleId, occurrence.paragraph, occurrence.start, occurrence.text]),
		).toEqual([
			['a', 1, 0, stopover],
			['b', 0, 0, stopover],
		]);
	});

	test('finds a sentence reworded at its start', () => {
		const passages = findPassages([
			makeArticle('a', [
				'Putin said last month that efforts to end the war were entering a new stage as the focus shifted from military intervention to political reform.',
			]),
			makeArticle('b', [
				'Last month Putin said that efforts to end the war were entering a new stage as the focus shifted from military intervention to political reform.',
			]),
		]);
		expect(passages.map((passage) => passage.articles)).toEqual([['a', 'b']]);
	});

	test.each([
		[
			'sentences that share only a short run',
			'Russian troops left the base in Syria on Monday morning after the visit.',
			'The base in Syria was quiet as the ministers met in Cairo to talk.',
		],
		['short sentences', 'Putin spoke to the troops.', 'Putin spoke to the troops.'],
	])('does not report %s', (_name, first, second) => {
		expect(findPassages([makeArticle('a', [first]), makeArticle('b', [second])])).toEqual([]);
	});

	test('does not report a sentence an article repeats within itself', () => {
		expect(findPassages([makeArticle('a', [stopover, stopover])])).toEqual([]);
	});
});
