import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { resolveDate, summarizeEvent } from '../../src/lib/event.ts';
import { makeArticle } from '../helpers/articles.ts';
import { seedFiles } from '../helpers/seeds.ts';

describe('summarizeEvent on the seeds', () => {
	const summary = summarizeEvent(buildCluster(seedFiles()).articles);

	test('resolves "Monday" against the one publication date to Monday 11 December 2017', () => {
		expect(summary.date).toBe('2017-12-11');
		expect(summary.weekday).toBe('Monday');
		expect(summary.dateEvidence).toBe(
			'4 articles say Monday; the one publication date given is 2017-12-15, so the event is the Monday on or before it',
		);
	});

	test('names Syria as the place most articles name', () => {
		expect(summary.where[0]).toBe('Syria');
	});

	test('takes the headline closest to the others, never a derived one', () => {
		expect(summary.what).toMatch(/Putin/);
		expect(summary.what).not.toMatch(/…$/);
	});
});

describe('resolveDate', () => {
	test.each([
		['a weekday before the publication date', 'on Tuesday', '2024-03-08', '2024-03-05'],
		['the publication day itself', 'on Friday', '2024-03-08', '2024-03-08'],
	])('resolves %s', (_name, words, published, expected) => {
		const article = { ...makeArticle('a', [`It happened ${words}.`]), date: published };
		expect(resolveDate([article]).date).toBe(expected);
	});

	test.each([
		['yesterday', '2024-03-07'],
		['last night', '2024-03-07'],
		['this morning', '2024-03-08'],
	])('resolves "%s" from the publication day', (words, expected) => {
		const article = { ...makeArticle('a', [`The ferries stopped ${words}, officials said.`]), date: '2024-03-08' };
		expect(resolveDate([article]).date).toBe(expected);
	});

	test('takes the day most articles agree on, each read against its own publication date', () => {
		const articles = [
			{ ...makeArticle('a', ['The strike began on Monday.']), date: '2023-12-11' },
			{ ...makeArticle('b', ['The strike began yesterday.']), date: '2023-12-12' },
			{ ...makeArticle('c', ['Ferries stood still on Tuesday, a day after the strike began.']), date: '2023-12-12' },
		];
		expect(resolveDate(articles)).toEqual({
			date: '2023-12-11',
			weekday: 'Monday',
			dateEvidence: '2 of 3 articles place it on Monday: 2 by day words read against their publication dates',
		});
	});

	test('a timeline or historical paragraph is no evidence of the day', () => {
		const article = {
			...makeArticle('a', ['Timeline: on Saturday, March 8, 2014, the flight left at 12:41 a.m.', 'The search resumed on Tuesday.']),
			date: '2014-03-20',
		};
		expect(resolveDate([article])).toMatchObject({ date: '2014-03-18', weekday: 'Tuesday' });
	});

	test('says so when no article gives a date', () => {
		expect(resolveDate([makeArticle('a', ['It happened on Monday.'])])).toEqual({
			date: null,
			weekday: 'Monday',
			dateEvidence: '1 article says Monday; none gives a date',
		});
	});
});
