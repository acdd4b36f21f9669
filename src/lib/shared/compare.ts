/**
 * How two statements relate, piece by piece: the same words, another wording or translation of
 * the same sentences (peers), or one a fragment of the other. Pieces are aligned word by word
 * with the dynamic-programming local alignment of sequence biology (1981), where a word matches
 * the same key, the same stem, or, given a lexicon, a synonym.
 */
import type { Piece, Statement } from './statements.ts';
import type { Word } from './words.ts';

/** Synonym senses of a word folded but spelled as written (WordNet synset ids); empty when none are known. */
export type SenseLookup = (key: string) => readonly number[];

/** Why two statements are one utterance. */
export type RelationKind = 'exact' | 'variant' | 'translation' | 'overlap' | 'fragment';

/** The relation of two statements; for a fragment, `part` is the one inside the other. */
export interface Relation {
	kind: RelationKind;
	/** Share of the shorter statement's words that the longer one matches, 0–1. */
	score: number;
	/** For a fragment: 'a' or 'b', the statement that is the fragment. */
	part?: 'a' | 'b';
}

/** Share of both pieces that must align for them to be one sentence (in other wordings). */
const WHOLE = 0.7;
/** Share of a short piece that must align inside a longer one for it to be a fragment of it. */
const PART = 0.8;
/** Share of a statement's words its matched pieces must cover. */
const COVERED = 0.7;
/** A run shared by the end of one quote and the start of another, cut differently. */
const MIN_OVERLAP_WORDS = 6;
const MIN_OVERLAP_CONTENT = 3;
/** Translations: content words shared (as stems or synonyms), and their share of all. */
const MIN_TRANSLATION_SHARED = 4;
const MIN_TRANSLATION_SHARE = 0.4;
/** Fragments shorter than this, or with no content word matched, need the speakers to agree. */
const SHORT_WORDS = 3;
/** Pieces of at most this many words are another statement when one content word is put for another. */
const SHORT_PIECE = 12;
/** Local alignments larger than this many cells are not attempted (runaway pieces). */
const MAX_CELLS = 250_000;

/**
 * Relate two statements; null when they are not one utterance.
 *
 * @example
 * // “Open the gates now” and “Open the gates now ... we will not wait.” -> { kind: 'fragment', score: 1, part: 'a' }
 */
export function relate(a: Statement, b: Statement, senses?: SenseLookup): Relation | null {
	const [short, long, part] = a.size <= b.size ? [a, b, 'a' as const] : [b, a, 'b' as const];
	if (short.size === 0) return null;
	const matcher = wordMatcher(senses);
	const tally = { whole: 0, inside: 0, covered: 0, exact: true, translated: false, overlap: false, content: 0 };
	const longMatched = new Set<number>();
	const shortMatched = new Set<number>();
	let wholeContent = 0;
	for (const [shortIndex, piece] of short.pieces.entries()) {
		let best: (PieceRelation & { other: number }) | null = null;
		long.pieces.forEach((other, index) => {
			const relation = relatePieces(piece, other, matcher, senses);
			if (relation && (!best || rank(relation) > rank(best))) best = { ...relation, other: index };
		});
		const found = best as (PieceRelation & { other: number }) | null;
		if (!found) {
			tally.exact = false;
			continue;
		}
		tally.content += found.content;
		tally.covered += piece.words.length * Math.min(1, found.coverage);
		if (found.kind === 'part') tally.inside += piece.words.length;
		else {
			tally.whole += piece.words.length;
			wholeContent += found.content;
			longMatched.add(found.other);
			shortMatched.add(shortIndex);
		}
		tally.exact &&= found.kind === 'exact';
		tally.translated ||= found.kind === 'translation';
		tally.overlap ||= found.kind === 'overlap';
	}
	const longWhole = [...longMatched].reduce((total, index) => total + (long.pieces[index]?.words.length ?? 0), 0);
	tally.overlap ||=
		tally.whole >= MIN_OVERLAP_WORDS &&
		wholeContent >= MIN_OVERLAP_CONTENT &&
		staggered([...shortMatched], short.pieces.length, [...longMatched], long.pieces.length);
	const relation = classify(short.size, long.size, longWhole, tally);
	if (!relation) return null;
	if (!speakersAllow(short, long, relation, tally.content)) return null;
	return relation.kind === 'fragment' ? { ...relation, part } : relation;
}

/**
 * Whether matched pieces are the first pieces of one statement and the last of the other, in
 * runs: one outlet's quote ends where the other's begins (`A B` and `B C`).
 */
function staggered(shortPieces: number[], shortCount: number, longPieces: number[], longCount: number): boolean {
	if (shortPieces.length === 0 || shortPieces.length !== longPieces.length) return false;
	const run = (indices: number[], from: number) => indices.toSorted((a, b) => a - b).every((index, at) => index === from + at);
	const count = shortPieces.length;
	return (run(shortPieces, 0) && run(longPieces, longCount - count)) || (run(shortPieces, shortCount - count) && run(longPieces, 0));
}

/**
 * Peers cover most of each other; a statement most of whose words lie inside the other, which
 * has more besides, is a fragment of it; a run shared across differently cut ends is an overlap.
 */
function classify(
	size: number,
	longSize: number,
	longWhole: number,
	tally: { whole: number; inside: number; covered: number; exact: boolean; translated: boolean; overlap: boolean },
): Relation | null {
	const { whole, inside } = tally;
	if (whole >= COVERED * size && longWhole >= COVERED * longSize) {
		const kind = tally.exact && whole === size && longWhole === longSize ? 'exact' : tally.translated ? 'translation' : 'variant';
		return { kind, score: tally.covered / size };
	}
	if (tally.overlap) return { kind: 'overlap', score: tally.covered / size };
	if (whole + inside >= PART * size) return { kind: 'fragment', score: tally.covered / size };
	return null;
}

/**
 * Speakers decide only what the words leave open. Short fragments need the same named speaker
 * on both sides; otherwise two speakers the articles name (not `he`, not a role) who differ
 * keep apart anything but the same words.
 */
function speakersAllow(short: Statement, long: Statement, relation: Relation, matchedContent: number): boolean {
	const conflict = short.speaker !== null && long.speaker !== null && short.speaker !== long.speaker;
	if (relation.kind === 'fragment' && (short.size < SHORT_WORDS || matchedContent < 1)) {
		return matchedContent >= 1 && short.speaker !== null && short.speaker === long.speaker;
	}
	if (!conflict || !short.named || !long.named) return true;
	return relation.kind === 'exact' && short.size >= 4;
}

/** How one piece relates to another: the same words, another wording, a part of it, or an overlap. */
interface PieceRelation {
	kind: 'exact' | 'whole' | 'translation' | 'part' | 'overlap';
	/** Share of the piece that aligned. */
	coverage: number;
	/** Content words aligned. */
	content: number;
}

function rank(relation: PieceRelation): number {
	const order = { exact: 4, whole: 3, translation: 2, overlap: 1, part: 0 };
	return order[relation.kind] * 2 + relation.coverage;
}

function relatePieces(piece: Piece, other: Piece, matcher: WordMatcher, senses?: SenseLookup): PieceRelation | null {
	const a = piece.words;
	const b = other.words;
	if (a.length === b.length && a.every((word, index) => word.key === b[index]?.key)) {
		return { kind: 'exact', coverage: 1, content: a.filter((word) => word.stem).length };
	}
	const bound = matchBound(a, b, senses);
	// Too little in common for any relation: no whole, part or overlap, and fewer shared words than a translation needs.
	if (bound < WHOLE * a.length && bound < MIN_OVERLAP_WORDS && bound < MIN_TRANSLATION_SHARED) return null;
	const alignment = bound < WHOLE * a.length && bound < MIN_OVERLAP_WORDS ? null : align(a, b, matcher);
	if (alignment) {
		const coverA = alignment.matched / a.length;
		const coverB = alignment.matched / b.length;
		const negatedRegion = b.slice(alignment.bStart, alignment.bEnd).some((word) => NEGATION_KEYS.has(word.key));
		const negatedPiece = a.slice(alignment.aStart, alignment.aEnd).some((word) => NEGATION_KEYS.has(word.key));
		// A content word each side leaves unmatched inside the aligned run is one word put for another
		// (`reopen the port` / `close the port`): in a short piece that is another statement, unless
		// enough is shared for a translation.
		const substituted =
			a.length <= SHORT_PIECE &&
			contentCount(a.slice(alignment.aStart, alignment.aEnd)) > alignment.content &&
			contentCount(b.slice(alignment.bStart, alignment.bEnd)) > alignment.content;
		if (!substituted && negatedRegion === negatedPiece && alignment.content >= Math.min(2, contentCount(a))) {
			if (coverA >= WHOLE && coverB >= WHOLE) return { kind: 'whole', coverage: coverA, content: alignment.content };
			if (coverA >= PART && alignment.content >= 1) return { kind: 'part', coverage: coverA, content: alignment.content };
		}
		// Cut differently: one runs on before the shared run, the other after it.
		const staggered =
			(alignment.aEnd === a.length && alignment.bStart === 0 && alignment.aStart > 0 && alignment.bEnd < b.length) ||
			(alignment.aStart === 0 && alignment.bEnd === b.length && alignment.aEnd < a.length && alignment.bStart > 0);
		const overlapping = staggered && negatedRegion === negatedPiece;
		if (overlapping && alignment.matched >= MIN_OVERLAP_WORDS && alignment.content >= MIN_OVERLAP_CONTENT) {
			return { kind: 'overlap', coverage: coverA, content: alignment.content };
		}
	}
	return translation(piece, other, matcher);
}

const NEGATION_KEYS = new Set(['not', 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'without']);

/** Two renderings of one sentence: enough content words shared as stems or synonyms, in any order. */
function translation(piece: Piece, other: Piece, matcher: WordMatcher): PieceRelation | null {
	if (piece.negated !== other.negated) return null;
	const left = piece.words.filter((word) => word.stem);
	const right = other.words.filter((word) => word.stem);
	if (left.length < MIN_TRANSLATION_SHARED || right.length < MIN_TRANSLATION_SHARED) return null;
	const used = new Set<number>();
	let shared = 0;
	for (const word of left) {
		const index = right.findIndex((candidate, at) => !used.has(at) && matcher(word, candidate) > 0);
		if (index === -1) continue;
		used.add(index);
		shared++;
	}
	const share = shared / (left.length + right.length - shared);
	if (shared < MIN_TRANSLATION_SHARED || share < MIN_TRANSLATION_SHARE) return null;
	return { kind: 'translation', coverage: shared / left.length, content: shared };
}

function contentCount(words: readonly Word[]): number {
	return words.filter((word) => word.stem).length;
}

/** 2 for the same key, 1 for the same stem or a synonym, 0 otherwise. */
type WordMatcher = (a: Word, b: Word) => number;

/** One matcher per lexicon, so its cache of senses serves every comparison of a build. */
const matchers = new WeakMap<SenseLookup, WordMatcher & { senses: (word: Word) => ReadonlySet<number> }>();
const plainMatcher: WordMatcher = (a, b) => (a.key === b.key ? 2 : a.stem && a.stem === b.stem ? 1 : 0);

function wordMatcher(senses?: SenseLookup): WordMatcher {
	if (!senses) return plainMatcher;
	let matcher = matchers.get(senses);
	if (!matcher) {
		const cache = new Map<string, ReadonlySet<number>>();
		const sensesOf = (word: Word): ReadonlySet<number> => {
			let found = cache.get(word.folded);
			if (!found) {
				found = new Set(word.stem ? senses(word.folded) : []);
				cache.set(word.folded, found);
			}
			return found;
		};
		const match = (a: Word, b: Word): number => {
			const plain = plainMatcher(a, b);
			if (plain > 0 || !a.stem || !b.stem) return plain;
			const left = sensesOf(a);
			for (const sense of sensesOf(b)) if (left.has(sense)) return 1;
			return 0;
		};
		matcher = Object.assign(match, { senses: sensesOf });
		matchers.set(senses, matcher);
	}
	return matcher;
}

/**
 * At most how many words of `a` an alignment with `b` can match: those whose key, stem or a
 * sense `b` has anywhere. A cheap bound that spares the alignment of pieces with little in common.
 */
function matchBound(a: readonly Word[], b: readonly Word[], senses?: SenseLookup): number {
	const sensesOf = senses ? matchers.get(senses)?.senses : undefined;
	const index = pieceIndex(b, sensesOf);
	let bound = 0;
	for (const word of a) {
		if (index.keys.has(word.key) || (word.stem && index.stems.has(word.stem))) bound++;
		else if (sensesOf && word.stem) {
			for (const sense of sensesOf(word)) {
				if (index.senses.has(sense)) {
					bound++;
					break;
				}
			}
		}
	}
	return bound;
}

/** The keys, stems and senses of a piece's words, built once per piece. */
interface PieceIndex {
	keys: Set<string>;
	stems: Set<string>;
	senses: Set<number>;
}

const pieceIndexes = new WeakMap<readonly Word[], PieceIndex & { withSenses: boolean }>();

function pieceIndex(words: readonly Word[], sensesOf?: (word: Word) => ReadonlySet<number>): PieceIndex {
	let index = pieceIndexes.get(words);
	if (!index || index.withSenses !== (sensesOf !== undefined)) {
		index = { keys: new Set(), stems: new Set(), senses: new Set(), withSenses: sensesOf !== undefined };
		for (const word of words) {
			index.keys.add(word.key);
			if (!word.stem) continue;
			index.stems.add(word.stem);
			if (sensesOf) for (const sense of sensesOf(word)) index.senses.add(sense);
		}
		pieceIndexes.set(words, index);
	}
	return index;
}

/** The best local alignment of two word lists: words matched, content words matched, and its extent. */
interface Alignment {
	matched: number;
	content: number;
	aStart: number;
	aEnd: number;
	bStart: number;
	bEnd: number;
}

/**
 * Local alignment over words (as for DNA, with words for letters): a matched content word scores 2, a matched function word 1,
 * a mismatch or gap −1. Linear memory: two rows of scores, with the counts and start of the
 * path that reached each cell carried along.
 */
function align(a: readonly Word[], b: readonly Word[], matcher: WordMatcher): Alignment | null {
	if (a.length * b.length > MAX_CELLS) return null;
	const width = b.length + 1;
	let [previous, current] = scratchRows(width);
	let best: Alignment | null = null;
	let bestScore = 0;
	for (let i = 1; i <= a.length; i++) {
		current.score.fill(0, 0, width);
		for (let j = 1; j <= b.length; j++) {
			const wordA = a[i - 1];
			const wordB = b[j - 1];
			const match = wordA && wordB ? matcher(wordA, wordB) : 0;
			const gain = match === 0 ? -1 : wordA?.stem ? 2 : 1;
			let score = 0;
			let from: [Row, number] | null = null;
			const diagonal = (previous.score[j - 1] ?? 0) + gain;
			if (diagonal > score) [score, from] = [diagonal, [previous, j - 1]];
			const up = (previous.score[j] ?? 0) - 1;
			if (up > score) [score, from] = [up, [previous, j]];
			const left = (current.score[j - 1] ?? 0) - 1;
			if (left > score) [score, from] = [left, [current, j - 1]];
			current.score[j] = score;
			if (!from) {
				current.matched[j] = 0;
				current.content[j] = 0;
				current.aStart[j] = i - 1;
				current.bStart[j] = j - 1;
				continue;
			}
			const [row, at] = from;
			const diagonalStep = row === previous && at === j - 1 && match > 0;
			const fresh = (row.score[at] ?? 0) === 0;
			current.matched[j] = (fresh ? 0 : (row.matched[at] ?? 0)) + (diagonalStep ? 1 : 0);
			current.content[j] = (fresh ? 0 : (row.content[at] ?? 0)) + (diagonalStep && wordA?.stem ? 1 : 0);
			current.aStart[j] = fresh ? i - 1 : (row.aStart[at] ?? 0);
			current.bStart[j] = fresh ? j - 1 : (row.bStart[at] ?? 0);
			if (score > bestScore) {
				bestScore = score;
				best = {
					matched: current.matched[j] ?? 0,
					content: current.content[j] ?? 0,
					aStart: current.aStart[j] ?? 0,
					aEnd: i,
					bStart: current.bStart[j] ?? 0,
					bEnd: j,
				};
			}
		}
		[previous, current] = [current, previous];
	}
	return best;
}

interface Row {
	score: Int32Array;
	matched: Int32Array;
	content: Int32Array;
	aStart: Int32Array;
	bStart: Int32Array;
}

/** Two rows reused by every alignment (grown when a longer piece comes): no allocation per comparison. */
let scratch: [Row, Row] = [emptyRow(64), emptyRow(64)];

function scratchRows(width: number): [Row, Row] {
	if (scratch[0].score.length < width) scratch = [emptyRow(width * 2), emptyRow(width * 2)];
	scratch[0].score.fill(0, 0, width);
	scratch[1].score.fill(0, 0, width);
	return scratch;
}

function emptyRow(width: number): Row {
	return {
		score: new Int32Array(width),
		matched: new Int32Array(width),
		content: new Int32Array(width),
		aStart: new Int32Array(width),
		bStart: new Int32Array(width),
	};
}
