/**
 * The next cluster: one wire story reprinted by ten outlets, each under its own headline, some
 * dropping a paragraph or the last one, beside the other seeds. Reuse, shared quotes and the
 * merged story must each see one story told ten times, not ten stories.
 */
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { seedFiles } from '../helpers/seeds.ts';
import { expectNothingLostNothingTwice } from '../helpers/story.ts';

const [wire, ...others] = seedFiles();
const paragraphs = new TextDecoder().decode(wire!.bytes).split(/\n\s*\n/u);
/** Reprint `index`: its own headline, the wire body without one middle paragraph (every third) and without the last (every second). */
function reprint(index: number) {
	const body = paragraphs.slice(1).filter((_paragraph, at) => !(index % 3 === 1 && at === 4 + (index % 4)));
	const text = [`Outlet ${index} reports: troops to leave after two years`, ...body.slice(0, body.length - (index % 2))].join('\n\n');
	return { file: `wire-${String(index).padStart(2, '0')}.txt`, bytes: new TextEncoder().encode(text) };
}
const reprints = Array.from({ length: 10 }, (_value, index) => reprint(index));
const cluster = buildCluster([...others, ...reprints]);
const wireIds = new Set(cluster.articles.filter((article) => article.file.startsWith('wire-')).map((article) => article.id));

describe('one wire story reprinted ten times', () => {
	test('every reprint is an article of its own', () => {
		expect(wireIds.size).toBe(10);
	});

	test('a paragraph every reprint keeps is one passage carried by all ten', () => {
		const everywhere = cluster.passages.filter((passage) => [...wireIds].every((id) => passage.articles.includes(id)));
		// The wire body has nine paragraphs; reprints drop some middle ones and the last: at least five are in all ten.
		expect(everywhere.length).toBeGreaterThanOrEqual(5);
	});

	test('each quote of the wire text is one shared quote, not one per pair of reprints', () => {
		const wireShared = cluster.sharedQuotes.filter((shared) => shared.articles.some((id) => wireIds.has(id)));
		for (const shared of wireShared) expect(shared.articles.filter((id) => wireIds.has(id)).length).toBeGreaterThanOrEqual(9);
		const firstReprint = cluster.articles.find((article) => article.file === 'wire-00.txt')!;
		const distinct = new Set(
			firstReprint.quotes.filter((quote) => quote.depth === 0 && quote.repeatOf === null).map((quote) => quote.normalized),
		);
		expect(wireShared.length).toBeLessThanOrEqual(distinct.size);
	});

	test('the story tells each reprinted sentence once, with every reprint among its sources', () => {
		const sentences = expectNothingLostNothingTwice(cluster);
		const told = sentences.filter((sentence) => sentence.sources.some((source) => wireIds.has(source.articleId)));
		const longest = Math.max(
			...cluster.articles
				.filter((article) => wireIds.has(article.id))
				.map((article) => article.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0)),
		);
		expect(told.length).toBeLessThanOrEqual(longest);
		expect(
			told.filter((sentence) => sentence.sources.filter((source) => wireIds.has(source.articleId)).length === 10).length,
		).toBeGreaterThan(longest / 2);
	});
});
