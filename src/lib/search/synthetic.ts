/**
 * Synthetic paragraphs for the search benchmark: seeded, so every run measures the same text,
 * with phrases planted in known paragraphs so that recall can be scored.
 */
import { seededRandom } from '../text/random.ts';
import type { SearchDoc } from './docs.ts';
import { foldText } from './fold.ts';

/** A corpus, its planted phrases and the paragraphs each was planted in. */
export interface SearchCorpus {
	docs: SearchDoc[];
	planted: { phrase: string; docs: Set<number> }[];
}

const FUNCTION_WORDS = 'the of and to in a that for on with as by at from it was is has would will said after before over its their'.split(
	' ',
);
const SYLLABLES = 'ba ke ri mo tu sa len dor vik pra nes tol gur fen mar ost ula zei rin kov das pel tir ham'.split(' ');

/**
 * `size` paragraphs of 40–80 words over a 6,000-word vocabulary (frequent words much more
 * frequent), and `phrases` two- or three-word phrases of mid-frequency words, each planted in
 * a handful of paragraphs.
 *
 * @example
 * searchCorpus(1000).docs.length // 1000
 */
export function searchCorpus(size: number, phrases = 30, seed = 7): SearchCorpus {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const vocabulary = [
		...new Set(Array.from({ length: 7000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''))),
	].slice(0, 6000);
	const word = () => (random() < 0.35 ? pick(FUNCTION_WORDS) : vocabulary[Math.floor(random() ** 2 * vocabulary.length)]!);
	const texts = Array.from({ length: size }, () => {
		const words = Array.from({ length: 40 + Math.floor(random() * 41) }, word);
		return words;
	});
	const planted = Array.from({ length: phrases }, () => {
		const words = Array.from({ length: 2 + Math.floor(random() * 2) }, () => vocabulary[300 + Math.floor(random() * 3000)]!);
		const docs = new Set<number>();
		const copies = Math.max(3, Math.round(size / 2000));
		while (docs.size < copies) docs.add(Math.floor(random() * size));
		for (const doc of docs) {
			const text = texts[doc]!;
			text.splice(Math.floor(random() * text.length), 0, ...words);
		}
		return { phrase: words.join(' '), docs };
	});
	const docs = texts.map((words, index): SearchDoc => {
		const text = `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
		return {
			kind: 'paragraph',
			articleId: `a${Math.floor(index / 10)}`,
			outlet: `Outlet ${index % 7}`,
			headline: `Article ${Math.floor(index / 10)}`,
			speaker: null,
			text,
			folded: foldText(text),
			paragraph: index % 10,
			quoteId: null,
			sharedId: null,
		};
	});
	return { docs, planted };
}

/**
 * A copy of a phrase with two letters of its longest word swapped: a typing slip.
 *
 * @example
 * withTypo('kovbaden tirham') // 'kovbdaen tirham'
 */
export function withTypo(phrase: string): string {
	const words = phrase.split(' ');
	const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
	const word = words[longest]!;
	const at = Math.floor(word.length / 2);
	words[longest] = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
	return words.join(' ');
}

/**
 * The share of the planted paragraphs that a result list contains.
 *
 * @example
 * recall(new Set([1, 2]), [2, 5]) // 0.5
 */
export function recall(planted: ReadonlySet<number>, found: readonly number[]): number {
	const hits = new Set(found.filter((index) => planted.has(index)));
	return planted.size === 0 ? 1 : hits.size / planted.size;
}
