/**
 * The word-level form of Fuse's fuzzy match, shared by the candidate pre-filter and the
 * highlighter: a query term matches a word when it occurs in it with at most
 * `floor(threshold × term length)` edits, as Fuse's Bitap accepts with `ignoreLocation`
 * (its score is errors / pattern length; https://github.com/krisk/Fuse/blob/main/src/search/bitap/computeScore.ts),
 * except that a swap of two adjacent letters counts as one edit, not two.
 */

/** Fuse's `threshold`, here so that the pre-filter and Fuse agree. */
export const THRESHOLD = 0.3;

/**
 * How many edits a term may have.
 *
 * @example
 * allowedErrors('halvenka') // 2
 * allowedErrors('the') // 0
 */
export function allowedErrors(term: string, threshold = THRESHOLD): number {
	return Math.floor(threshold * term.length + 1e-9);
}

/**
 * The fewest edits that turn `term` into some substring of `word` (Sellers' algorithm), capped
 * at `limit + 1`. Two adjacent letters swapped count as one edit (optimal string alignment, the
 * restricted Damerau distance), so `msot` is one edit from `most`.
 *
 * @example
 * substringDistance('walk', 'walking') // 0
 * substringDistance('lanturn', 'lantern') // 1
 * substringDistance('msot', 'almost') // 1
 */
export function substringDistance(term: string, word: string, limit = term.length): number {
	if (word.includes(term)) return 0;
	return alignment(term, word, limit, true);
}

/**
 * The optimal-string-alignment distance between two words (insertions, deletions,
 * substitutions and swaps of adjacent letters each count one), capped at `limit + 1`.
 *
 * @example
 * editDistance('Syiran', 'Syrian') // 1
 * editDistance('pitun', 'putin') // 2
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
	return a === b ? 0 : alignment(a, b, limit, false);
}

/** The alignment table of `term` against `word`, three rows; `anywhere`: the match may start and end anywhere in `word`. */
function alignment(term: string, word: string, limit: number, anywhere: boolean): number {
	const width = word.length + 1;
	if (rows[0].length < width) rows = [new Uint8Array(width * 2), new Uint8Array(width * 2), new Uint8Array(width * 2)];
	let [before, previous, current] = rows;
	for (let j = 0; j < width; j++) previous[j] = anywhere ? 0 : Math.min(j, 255);
	for (let i = 1; i <= term.length; i++) {
		current[0] = i;
		let rowMin = i;
		const char = term.charCodeAt(i - 1);
		const last = i > 1 ? term.charCodeAt(i - 2) : -1;
		for (let j = 1; j < width; j++) {
			const other = word.charCodeAt(j - 1);
			const cost = other === char ? 0 : 1;
			let value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
			// A swap: this letter and the one before it appear in the other order.
			if (j > 1 && last === other && char === word.charCodeAt(j - 2) && cost === 1) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > limit) return limit + 1;
		[before, previous, current] = [previous, current, before];
	}
	if (!anywhere) return Math.min(previous[width - 1]!, limit + 1);
	let best = limit + 1;
	for (let j = 0; j < width; j++) best = Math.min(best, previous[j]!);
	return best;
}

/** Three reusable rows: the distance runs once per vocabulary word per term, so it must not allocate. */
let rows: [Uint8Array, Uint8Array, Uint8Array] = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];

/**
 * Whether a fuzzy term matches a folded word.
 *
 * @example
 * termMatches('ferri', 'ferry') // true (one edit)
 * termMatches('the', 'their') // true (substring)
 */
export function termMatches(term: string, word: string, threshold = THRESHOLD): boolean {
	const errors = allowedErrors(term, threshold);
	if (word.length < term.length - errors) return false;
	return substringDistance(term, word, errors) <= errors;
}

/**
 * The set of a word's letters as 32 bits (letters share bits by code point modulo 32).
 *
 * @example
 * letterMask('ab') === ((1 << 1) | (1 << 2)) >>> 0 // true ('a' is 97, 97 % 32 = 1)
 */
export function letterMask(word: string): number {
	let mask = 0;
	for (let index = 0; index < word.length; index++) mask |= 1 << (word.charCodeAt(index) & 31);
	return mask >>> 0;
}

/** How many bits are set in a 32-bit number. */
export function bitCount(value: number): number {
	let v = value - ((value >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
