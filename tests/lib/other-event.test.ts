/**
 * A cluster Chorus was not written against: another event, other outlets, rival translations
 * of another speaker (tests/fixtures/other-event). Nothing in src/ knows these names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';

const folder = fileURLToPath(new URL('../fixtures/other-event/', import.meta.url));
const cluster = buildCluster(readdirSync(folder).map((file) => ({ file, bytes: readFileSync(folder + file) })));
const article = (id: string) => cluster.articles.find((candidate) => candidate.id === id);

describe('another event', () => {
	test('reads byline, date and outlet from the header and the copyright footer', () => {
		expect(article('a-daily')).toMatchObject({
			byline: 'Jane Roe',
			date: '2022-03-03',
			outlet: { name: 'Example Daily', evidence: 'text' },
		});
		expect(article('b-wire')?.section).toEqual(['World', 'Europe']);
		expect(article('c-blog')?.outlet).toEqual({ name: 'example.org', evidence: 'url' });
	});

	test('sets aside the wire credit, the comment form and the related link', () => {
		expect(article('b-wire')?.removed.map((line) => line.reason)).toEqual(['section-label', 'headline', 'credit-line', 'comment-form']);
		expect(article('c-blog')?.removed.map((line) => line.reason)).toEqual(['headline', 'related-headline', 'url-block']);
	});

	test('groups the three spellings of the speaker and not a country with its adjective', () => {
		const groups = cluster.nameVariants.map((group) => group.variants.map((variant) => variant.text).toSorted());
		expect(groups).toEqual([['Zelenskiy', 'Zelensky', 'Zelenskyy']]);
	});

	test('joins three translations of one sentence even though each outlet spells the speaker differently', () => {
		const shared = cluster.sharedQuotes.find((candidate) => candidate.articles.length === 3);
		expect(shared?.articles).toEqual(['a-daily', 'b-wire', 'c-blog']);
		expect(new Set(cluster.articles.flatMap((entry) => entry.quotes.map((quote) => quote.speaker?.name)))).toEqual(
			new Set([shared?.speaker]),
		);
	});

	test('joins "every metre of our land" and "every meter of our land" across spelling', () => {
		const shared = cluster.sharedQuotes.find((candidate) => candidate.canonical.includes('every'));
		expect(shared?.articles).toEqual(['a-daily', 'b-wire']);
	});
});
