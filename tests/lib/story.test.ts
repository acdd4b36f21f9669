import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { isQuoteSegment } from '../../src/lib/site/segments.ts';
import { buildStory, type StorySentence } from '../../src/lib/story.ts';
import { seedFiles } from '../helpers/seeds.ts';

const text = (value: string) => new TextEncoder().encode(value);
const plain = (sentence: StorySentence) => sentence.segments.map((segment) => segment.text).join('');

function story(files: Record<string, string>) {
	const cluster = buildCluster(Object.entries(files).map(([file, body]) => ({ file, bytes: text(body) })));
	return { cluster, paragraphs: buildStory(cluster) };
}

const shared = 'The minister made the stopover at the base in the northern province on his way to the capital.';

describe('buildStory', () => {
	test('shows a sentence two articles carry once, with both sources', () => {
		const { paragraphs } = story({
			'a.txt': `Headline A Here\n\nFirst only in a.\n\n${shared}\n\nAfter it in a.\n`,
			'b.txt': `Headline B Here\n\n${shared}\n\nOnly in b, after the stopover.\n`,
		});
		const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
		expect(sentences.map(plain)).toEqual(['First only in a.', shared, 'Only in b, after the stopover.', 'After it in a.']);
		expect(sentences[1]?.sources.map((source) => source.articleId)).toEqual(['a', 'b']);
		expect(sentences[1]?.passageId).not.toBeNull();
	});

	test('places what only one article has before its first shared sentence when nothing of it came earlier', () => {
		const { paragraphs } = story({
			'a.txt': `Headline A Here\n\n${shared}\n\nAfter it in a.\n`,
			'b.txt': `Headline B Here\n\nOnly in b, before the stopover.\n\n${shared}\n`,
		});
		expect(paragraphs.flatMap((paragraph) => paragraph.sentences).map(plain)).toEqual([
			'Only in b, before the stopover.',
			shared,
			'After it in a.',
		]);
	});

	test('on the seeds: every sentence of every article appears exactly once as a source', () => {
		const cluster = buildCluster(seedFiles());
		const sources = buildStory(cluster).flatMap((paragraph) => paragraph.sentences.flatMap((sentence) => sentence.sources));
		const expected = cluster.articles.flatMap((article) =>
			article.paragraphs.flatMap((paragraph, index) => paragraph.sentences.map(({ start }) => `${article.id}:${index}:${start}`)),
		);
		expect(sources.map((source) => `${source.articleId}:${source.paragraph}:${source.start}`).toSorted()).toEqual(expected.toSorted());
	});

	test('on the seeds: marks the shared quotes in the sentences that carry them', () => {
		const cluster = buildCluster(seedFiles());
		const sentences = buildStory(cluster).flatMap((paragraph) => paragraph.sentences);
		const order = sentences.find((sentence) => plain(sentence).startsWith('“I order the defence minister'));
		const quote = order?.segments.find(isQuoteSegment);
		expect(quote && order?.shared[quote.quoteId]).toBe(
			cluster.sharedQuotes.find((candidate) => candidate.canonical.startsWith('I order'))?.id,
		);
		expect(order?.sources).toHaveLength(2);
	});
});
