/** Test helpers for the merged story: its two promises, nothing lost and nothing twice, checked on a cluster. */
import { expect } from 'vitest';
import type { Cluster } from '../../src/lib/schema.ts';
import { buildStory, type StorySentence } from '../../src/lib/story.ts';
import { isContentKey, tokenize } from '../../src/lib/text/tokens.ts';

/** The plain text of a story sentence's shown wording. */
export const plain = (sentence: StorySentence) => sentence.segments.map((segment) => segment.text).join('');

const spot = (source: { articleId: string; paragraph: number; start: number }) => `${source.articleId}:${source.paragraph}:${source.start}`;
const contentKeys = (text: string) => tokenize(text).flatMap((token) => (isContentKey(token.key) ? [token.key] : []));

/**
 * Check the story of a cluster:
 * - every sentence of every article is a source of exactly one story sentence;
 * - every content word of that sentence is in the story sentence's shown wording or one of its other wordings;
 * - the sentences of one passage (in different articles) are one story sentence;
 * - a shared quote that makes up most of a sentence is told in no more story sentences than the
 *   most sentences one article spreads it over.
 */
export function expectNothingLostNothingTwice(cluster: Cluster): StorySentence[] {
	const sentences = buildStory(cluster).flatMap((paragraph) => paragraph.sentences);
	const placed = new Map<string, StorySentence>();
	for (const sentence of sentences) {
		for (const source of sentence.sources) {
			expect(placed.has(spot(source)), `told twice: ${spot(source)}`).toBe(false);
			placed.set(spot(source), sentence);
		}
	}
	for (const article of cluster.articles) {
		article.paragraphs.forEach((paragraph, index) => {
			for (const { start, end } of paragraph.sentences) {
				const sentence = placed.get(spot({ articleId: article.id, paragraph: index, start }));
				expect(sentence, `lost: ${article.id}:${index}:${start}`).toBeDefined();
				const told = new Set([plain(sentence!), ...sentence!.wordings.map((wording) => wording.text)].flatMap(contentKeys));
				const missing = contentKeys(paragraph.text.slice(start, end)).filter((key) => !told.has(key));
				expect(missing, `words lost from ${article.id}:${index}:${start}`).toEqual([]);
			}
		});
	}
	for (const passage of cluster.passages) {
		if (new Set(passage.articles).size !== passage.occurrences.length) continue;
		const told = new Set(passage.occurrences.map((occurrence) => placed.get(spot(occurrence))));
		expect(told.size, `passage ${passage.id} told more than once`).toBe(1);
	}
	for (const shared of cluster.sharedQuotes) {
		const spread = new Map<string, Set<string>>();
		for (const occurrence of shared.occurrences) {
			const article = cluster.articles.find((candidate) => candidate.id === occurrence.articleId)!;
			const paragraph = article.paragraphs[occurrence.paragraph]!;
			for (const { start, end } of paragraph.sentences) {
				const words = tokenize(paragraph.text.slice(start, end));
				const inside = words.filter((word) => start + word.start >= occurrence.start && start + word.end <= occurrence.end);
				if (words.length > 0 && inside.length * 2 >= words.length) {
					const key = spot({ articleId: article.id, paragraph: occurrence.paragraph, start });
					spread.set(article.id, (spread.get(article.id) ?? new Set()).add(key));
				}
			}
		}
		if (spread.size < 2) continue;
		const keys = [...spread.values()].flatMap((set) => [...set]);
		const told = new Set(keys.map((key) => placed.get(key)));
		const most = Math.max(...[...spread.values()].map((set) => set.size));
		expect(told.size, `shared quote ${shared.id} told ${told.size} times`).toBeLessThanOrEqual(most);
	}
	return sentences;
}
