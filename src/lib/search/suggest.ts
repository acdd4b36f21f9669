/**
 * "Did you mean": close vocabulary words for a query that found nothing.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Up to `limit` words of the vocabulary within a few edits of `word`, closest first.
 *
 * @example
 * closeWords('lanturn', ['lantern', 'pattern', 'ferry']) // ['lantern']
 */
export function closeWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
	const most = Math.max(2, Math.floor(word.length / 3));
	const near: { word: string; edits: number }[] = [];
	for (const candidate of vocabulary) {
		if (candidate === word || Math.abs(candidate.length - word.length) > most) continue;
		const edits = distance(word, candidate);
		if (edits <= most) near.push({ word: candidate, edits });
	}
	return near
		.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word))
		.slice(0, limit)
		.map((entry) => entry.word);
}

/**
 * Queries to try instead: every unknown word replaced by its closest word, then by the next
 * closest ones, spelled as the articles spell them (`spellings` undoes spelling folding).
 *
 * @example
 * suggestQueries(['lanturn', 'ferri'], ['lantern', 'lanterns', 'ferry', 'fern']) // ['lantern ferry', 'lanterns fern']
 */
export function suggestQueries(
	words: readonly string[],
	vocabulary: readonly string[],
	spellings: Readonly<Record<string, string>> = {},
	limit = 3,
): string[] {
	const known = new Set(vocabulary);
	const options = words.map((word) => (known.has(word) ? [word] : closeWords(word, vocabulary)));
	if (options.some((list) => list.length === 0) || words.every((word) => known.has(word))) return [];
	// `spellings` comes from JSON, so it has a prototype: `constructor` must not find Object's.
	const spell = (word: string) => (Object.hasOwn(spellings, word) ? spellings[word]! : word);
	const suggestions: string[] = [];
	for (let rank = 0; rank < 3; rank++) {
		suggestions.push(options.map((list) => spell(list[Math.min(rank, list.length - 1)]!)).join(' '));
	}
	return [...new Set(suggestions)].slice(0, limit);
}
