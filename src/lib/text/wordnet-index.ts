/**
 * WordNet's index files, searched in place as WordNet's own library does: their lines are
 * sorted by lemma in byte order, so a binary search over line starts finds a lemma, and a
 * line is split only when its lemma is looked up. Building a map of the 90,000 single-word
 * lemmas instead took ~300 ms and twice the memory. Format: https://wordnet.princeton.edu/documentation/wndb5wn
 */

/** A WordNet part of speech as its files name it: noun, verb, adjective, adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** Parts of speech in the order a lexicon stores them; a synset id carries the index. */
export const PARTS_OF_SPEECH: readonly Pos[] = ['n', 'v', 'a', 'r'];

/** The index files' text with the start of every entry line. */
export interface Lexicon {
	/** Per part of speech (`PARTS_OF_SPEECH` order): the index file's text. */
	readonly texts: readonly string[];
	/** Per part of speech: where each entry line starts in its text, in lemma order. */
	readonly lines: readonly Int32Array[];
}

const SPACE = 32;

/**
 * Build a lexicon from the text of WordNet index files (`index.noun`, `index.verb`, …).
 * License lines (two leading spaces) are left out of the search; a missing file is an
 * empty part of speech.
 *
 * @example
 * const lexicon = buildLexicon({ v: 'begin v 1 0 1 1 00345000  \nstart v 1 0 1 1 00345000  \n' });
 * synonymous(lexicon, 'begins', 'started') // true
 */
export function buildLexicon(indexes: Readonly<Partial<Record<Pos, string>>>): Lexicon {
	const texts = PARTS_OF_SPEECH.map((pos) => indexes[pos] ?? '');
	const lines = texts.map((text) => {
		const starts: number[] = [];
		for (let start = 0, end = 0; start < text.length; start = end + 1) {
			end = text.indexOf('\n', start);
			if (end < 0) end = text.length;
			if (end > start && text.charCodeAt(start) !== SPACE) starts.push(start);
		}
		return Int32Array.from(starts);
	});
	return { texts, lines };
}

/**
 * Where the index line of a lemma starts in the text of a part of speech, or -1.
 *
 * @example
 * findLemma(lexicon, 1, 'begin') // 0 (the first line of the verb index above)
 */
export function findLemma(lexicon: Lexicon, posIndex: number, lemma: string): number {
	const text = lexicon.texts[posIndex] ?? '';
	const lines = lexicon.lines[posIndex] ?? new Int32Array();
	let low = 0;
	let high = lines.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const start = lines[middle] ?? 0;
		const order = compareLemma(text, start, lemma);
		if (order === 0) return start;
		if (order < 0) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/** Byte order (the files' sort order) of the lemma starting at `start` against `lemma`; a space ends a lemma. */
function compareLemma(text: string, start: number, lemma: string): number {
	for (let index = 0; ; index++) {
		const code = text.charCodeAt(start + index);
		const ended = code === SPACE || Number.isNaN(code);
		if (index === lemma.length) return ended ? 0 : 1;
		if (ended) return -1;
		const difference = code - lemma.charCodeAt(index);
		if (difference !== 0) return difference;
	}
}

/**
 * The synset offsets of the index line at `start`, most frequent sense first; [] for a
 * malformed line. A line is `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...`:
 * `order v 9 4 ! @ ~ + 9 6 00748704 00747485 …`
 *  ^^^^^ lemma ^ synsets ^ pointers   ^^^^^^^^^^^^^^^^^ offsets
 *
 * @example
 * synsetOffsets(lexicon, 1, findLemma(lexicon, 1, 'begin')) // [345000]
 */
export function synsetOffsets(lexicon: Lexicon, posIndex: number, start: number): number[] {
	const text = lexicon.texts[posIndex] ?? '';
	if (start < 0 || start >= text.length) return [];
	const end = text.indexOf('\n', start);
	const fields = text
		.slice(start, end < 0 ? text.length : end)
		.trimEnd()
		.split(' ');
	const synsets = Number(fields[2]);
	const offsets = fields.slice(6 + Number(fields[3])).map(Number);
	return offsets.length === synsets && offsets.every(Number.isInteger) ? offsets : [];
}
