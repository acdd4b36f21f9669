/**
 * "Did you mean": words of the corpus close to a query's unknown words, found with Fuse over the
 * vocabulary (only when a query found nothing, so its linear scan is no cost to typing) and
 * ordered by edit distance, a swap of two letters counting as one edit.
 */
import Fuse from 'fuse.js';
import { SPELLING_MARK } from './codec.ts';
import { editDistance } from './match.ts';

/**
 * A word a reader would type: letters only, with inner apostrophes or hyphens, two or more of
 * them; no numbers, no name-spelling marks.
 * `anna's` `al-tamrani` `velgrad` are words; `3rd`, `u.k`, `=halvenka` are not.
 */
const READABLE = /^\p{L}+(?:['-]\p{L}+)*$/u;

/** One Fuse index per vocabulary (the vocabulary never changes while a page is open). */
const indexes = new WeakMap<readonly string[], Fuse<string>>();

/**
 * Up to `limit` readable words of the vocabulary within a few edits of `word`, closest first.
 *
 * @example
 * closeWords('lanturn', ['lantern', 'pattern', 'ferry']) // ['lantern']
 * closeWords('nlaw', ['3law', 'flaw']) // ['flaw']
 */
export function closeWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
	const most = Math.max(2, Math.floor(word.length / 3));
	let fuse = indexes.get(vocabulary);
	if (!fuse) indexes.set(vocabulary, (fuse = new Fuse([...vocabulary], { threshold: 0.6, includeScore: true, distance: 4 })));
	return fuse
		.search(word)
		.filter(({ item }) => item !== word && !item.startsWith(SPELLING_MARK) && READABLE.test(item))
		.map(({ item, score }) => ({ item, score: score ?? 1, edits: editDistance(word, item, most) }))
		.filter(({ edits }) => edits <= most)
		.sort((a, b) => a.edits - b.edits || a.score - b.score || a.item.localeCompare(b.item))
		.slice(0, limit)
		.map(({ item }) => item);
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
