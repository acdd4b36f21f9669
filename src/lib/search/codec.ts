/**
 * Compact encodings of the search payload: the vocabulary front-coded (sorted words share long
 * prefixes), and a word's postings as gaps written in a base-32 character code: one string of
 * documents and weights (all that BM25 reads) and one of positions (read only for phrases and
 * proximity), so a shard parses as a few strings and a word decodes only when a query needs it.
 */
import type { SearchHead } from './format.ts';

/** Bumped whenever the shape or meaning of a search file changes; the page refuses any other version. */
export const SEARCH_FORMAT_VERSION = 3;

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

/** The 64 characters of the number code: 32 that end a number, then 32 that continue it (none needs escaping in JSON). */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/** Character code -> digit (0–63), -1 elsewhere. */
const DIGIT_OF = (() => {
	const table = new Int8Array(128).fill(-1);
	for (let digit = 0; digit < DIGITS.length; digit++) table[DIGITS.charCodeAt(digit)] = digit;
	return table;
})();

/** The character codes of `DIGITS`. */
const CODES = Uint8Array.from(DIGITS, (char) => char.charCodeAt(0));

const ascii = new TextDecoder();

/**
 * Writes non-negative integers (below 2^31) in base 32, most significant digit first, every
 * digit but the last taken from the continuing half of the alphabet: numbers below 32 take one
 * character, below 1,024 two. Grows its own buffer, so a whole index can be written without a
 * string per number.
 *
 * @example
 * const writer = new NumberWriter(); writer.write(40); writer.write(3); writer.toString() // 'X83' (40 = 1 × 32 + 8)
 */
export class NumberWriter {
	private bytes = new Uint8Array(8);
	private length = 0;

	/** Append one number. */
	write(value: number): void {
		if (this.length + 7 > this.bytes.length) {
			const grown = new Uint8Array(this.bytes.length * 2);
			grown.set(this.bytes);
			this.bytes = grown;
		}
		let shift = 0;
		while (value >>> shift >= 32) shift += 5;
		for (; shift > 0; shift -= 5) this.bytes[this.length++] = CODES[32 + ((value >>> shift) & 31)]!;
		this.bytes[this.length++] = CODES[value & 31]!;
	}

	/** What was written. */
	toString(): string {
		return ascii.decode(this.bytes.subarray(0, this.length));
	}
}

/**
 * Every number of a string written by `NumberWriter`, in order.
 *
 * @example
 * readNumbers('X83') // Int32Array [40, 3]
 */
export function readNumbers(text: string): Int32Array {
	let count = 0;
	for (let at = 0; at < text.length; at++) if ((DIGIT_OF[text.charCodeAt(at)] ?? -1) < 32) count++;
	const numbers = new Int32Array(count);
	let value = 0;
	for (let at = 0, index = 0; at < text.length; at++) {
		const digit = DIGIT_OF[text.charCodeAt(at)] ?? -1;
		if (digit < 0) throw new Error(`search index: bad character in a postings list at ${at}`);
		value = value * 32 + (digit & 31);
		if (digit < 32) {
			numbers[index++] = value;
			value = 0;
		}
	}
	return numbers;
}

/** A posting before encoding. */
export interface Posting {
	doc: number;
	weight: number;
	positions: number[];
}

/** A word's postings as shipped: per document `[document gap, weight, positions count]`, and apart from them every position gap (see `NumberWriter`). */
export interface EncodedPostings {
	docs: string;
	positions: string;
}

/**
 * Encode a word's postings (documents ascending, positions ascending) as gaps.
 *
 * @example
 * encodePostings([{ doc: 3, weight: 9, positions: [4, 10] }, { doc: 5, weight: 8, positions: [0] }])
 * // { docs: '392281', positions: '460' }
 */
export function encodePostings(postings: readonly Posting[]): EncodedPostings {
	const docs = new NumberWriter();
	const positions = new NumberWriter();
	let previousDoc = 0;
	for (const { doc, weight, positions: list } of postings) {
		docs.write(doc - previousDoc);
		docs.write(weight);
		docs.write(list.length);
		previousDoc = doc;
		let previous = 0;
		for (const position of list) {
			positions.write(position - previous);
			previous = position;
		}
	}
	return { docs: docs.toString(), positions: positions.toString() };
}

/**
 * One word's postings, decoded: document `i` is `docs[i]`, its positions are `positions[starts[i]]`
 * up to `positions[starts[i + 1]]`. Positions are decoded on first use: ranking needs only the
 * documents and weights of most lists.
 */
export class Postings {
	readonly docs: Int32Array;
	readonly weights: Uint8Array;
	readonly starts: Int32Array;
	private encodedPositions: string;
	private decodedPositions: Int32Array | undefined;

	constructor(encoded: EncodedPostings) {
		const numbers = readNumbers(encoded.docs);
		const count = numbers.length / 3;
		this.docs = new Int32Array(count);
		this.weights = new Uint8Array(count);
		this.starts = new Int32Array(count + 1);
		let doc = 0;
		let start = 0;
		for (let index = 0; index < count; index++) {
			doc += numbers[index * 3]!;
			this.docs[index] = doc;
			this.weights[index] = numbers[index * 3 + 1]!;
			this.starts[index] = start;
			start += numbers[index * 3 + 2]!;
		}
		this.starts[count] = start;
		this.encodedPositions = encoded.positions;
	}

	/** Every position, per document from 0 (decoded on first use). */
	get positions(): Int32Array {
		if (!this.decodedPositions) {
			// Gaps become positions in place, restarting at each document.
			const positions = readNumbers(this.encodedPositions);
			for (let slot = 0; slot < this.docs.length; slot++)
				for (let index = this.starts[slot]! + 1; index < this.starts[slot + 1]!; index++) positions[index]! += positions[index - 1]!;
			this.decodedPositions = positions;
			this.encodedPositions = '';
		}
		return this.decodedPositions;
	}
}

/**
 * Decode `encodePostings`.
 *
 * @example
 * decodePostings({ docs: '392281', positions: '460' }).docs // Int32Array [3, 5]
 */
export function decodePostings(encoded: EncodedPostings): Postings {
	return new Postings(encoded);
}

/**
 * The slot of `doc` in a postings list, or -1.
 *
 * @example
 * findDoc(decodePostings(encodePostings([{ doc: 3, weight: 9, positions: [0] }, { doc: 5, weight: 8, positions: [0] }])), 5) // 1
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
