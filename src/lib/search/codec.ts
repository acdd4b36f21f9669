/**
 * Compact encodings of the search payload: the vocabulary front-coded (sorted words share long
 * prefixes), and a word's postings as one flat list of small numbers (gaps, not positions).
 */
import type { SearchHead } from './format.ts';

/** Bumped whenever the shape or meaning of a search file changes; the page refuses any other version. */
export const SEARCH_FORMAT_VERSION = 2;

/** Starts a vocabulary word that records where a name was written with exactly this spelling (`=khalvenka`). */
export const SPELLING_MARK = '=';

/** The longest prefix one base-36 digit can say. */
const MAX_SHARED = 35;

/**
 * Front-code a sorted list of words (no word may hold a space).
 *
 * @example
 * frontCode(['harbour', 'harbours', 'hare']) // { shared: '073', suffixes: 'harbour s e' }
 */
export function frontCode(words: readonly string[]): SearchHead['vocabulary'] {
	let shared = '';
	const suffixes: string[] = [];
	words.forEach((word, index) => {
		const previous = index === 0 ? '' : words[index - 1]!;
		let length = 0;
		while (length < MAX_SHARED && length < word.length - 1 && word[length] === previous[length]) length++;
		shared += length.toString(36);
		suffixes.push(word.slice(length));
	});
	return { shared, suffixes: suffixes.join(' ') };
}

/**
 * Undo `frontCode`.
 *
 * @example
 * frontDecode({ shared: '073', suffixes: 'harbour s e' }) // ['harbour', 'harbours', 'hare']
 */
export function frontDecode(coded: SearchHead['vocabulary']): string[] {
	if (coded.shared === '') return [];
	const suffixes = coded.suffixes.split(' ');
	const words: string[] = [];
	for (let index = 0; index < suffixes.length; index++) {
		const length = parseInt(coded.shared[index]!, 36);
		words.push((index === 0 ? '' : words[index - 1]!.slice(0, length)) + suffixes[index]!);
	}
	return words;
}

/** One word's postings, decoded: document i is `docs[i]`, its positions `positions[starts[i]]` up to `positions[starts[i + 1]]`. */
export interface Postings {
	docs: Int32Array;
	weights: Uint8Array;
	starts: Int32Array;
	positions: Int32Array;
}

/** A posting before encoding. */
export interface Posting {
	doc: number;
	weight: number;
	positions: number[];
}

/**
 * Encode a word's postings (documents ascending, positions ascending) as gaps.
 *
 * @example
 * encodePostings([{ doc: 3, weight: 9, positions: [4, 10] }, { doc: 5, weight: 8, positions: [0] }])
 * // [3, 9, 2, 4, 6, 2, 8, 1, 0]
 */
export function encodePostings(postings: readonly Posting[]): number[] {
	const flat: number[] = [];
	let previousDoc = 0;
	for (const { doc, weight, positions } of postings) {
		flat.push(doc - previousDoc, weight, positions.length);
		previousDoc = doc;
		let previous = 0;
		for (const position of positions) {
			flat.push(position - previous);
			previous = position;
		}
	}
	return flat;
}

/**
 * Decode `encodePostings`.
 *
 * @example
 * decodePostings([3, 9, 2, 4, 6, 2, 8, 1, 0]).docs // Int32Array [3, 5]
 */
export function decodePostings(flat: readonly number[]): Postings {
	let docCount = 0;
	let positionCount = 0;
	for (let at = 0; at < flat.length; at += 3 + flat[at + 2]!) {
		docCount++;
		positionCount += flat[at + 2]!;
	}
	const docs = new Int32Array(docCount);
	const weights = new Uint8Array(docCount);
	const starts = new Int32Array(docCount + 1);
	const positions = new Int32Array(positionCount);
	let doc = 0;
	let written = 0;
	for (let at = 0, index = 0; index < docCount; index++) {
		doc += flat[at]!;
		docs[index] = doc;
		weights[index] = flat[at + 1]!;
		starts[index] = written;
		const length = flat[at + 2]!;
		let position = 0;
		for (let offset = 0; offset < length; offset++) positions[written++] = position += flat[at + 3 + offset]!;
		at += 3 + length;
	}
	starts[docCount] = written;
	return { docs, weights, starts, positions };
}

/**
 * The slot of `doc` in a postings list, or -1.
 *
 * @example
 * findDoc(decodePostings([3, 9, 1, 0, 2, 8, 1, 0]), 5) // 1
 */
export function findDoc(postings: Postings, doc: number): number {
	let low = 0;
	let high = postings.docs.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (postings.docs[middle]! < doc) low = middle + 1;
		else high = middle;
	}
	return postings.docs[low] === doc ? low : -1;
}

/**
 * The first index whose word is not less than `word` in a sorted array.
 *
 * @example
 * lowerBound(['a', 'c'], 'b') // 1
 */
export function lowerBound(sorted: readonly (string | number)[], word: string | number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < word) low = middle + 1;
		else high = middle;
	}
	return low;
}
