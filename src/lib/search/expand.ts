/**
 * Which vocabulary words a query word stands for: itself, the words it begins, the words it is
 * inside, and the words within a few edits (a swap of two letters is one edit). A 32-bit
 * letter set rules most words out before the edit distance runs, so a scan of the whole
 * vocabulary stays well under a millisecond per thousand words.
 */
import { lowerBound, SPELLING_MARK } from './codec.ts';
import { allowedErrors, bitCount, editDistance, letterMask, substringDistance } from './match.ts';

/** A vocabulary word a query word matched, and how much a match on it counts (1: the word itself). */
export interface Expansion {
	word: number;
	quality: number;
}

/** Longer words, or words a slip away, kept per query word at most: the closest ones (each may cost a shard fetch). */
export const MAX_PREFIXED = 8;

/** How much a match counts: the word itself, a longer word it begins, a word it is inside, a word `n` edits away. */
export const QUALITY = { exact: 1, prefix: 0.7, inside: 0.5, edit: [0.45, 0.35, 0.25] } as const;

/** Matches query words against one sorted vocabulary. */
export class VocabularyMatcher {
	readonly words: readonly string[];
	private readonly masks: Uint32Array;
	private readonly cache = new Map<string, Expansion[]>();

	constructor(words: readonly string[]) {
		this.words = words;
		this.masks = Uint32Array.from(words, letterMask);
	}

	/**
	 * The words a fuzzy query word matches, best first (see `pickExpansions`).
	 *
	 * @example
	 * new VocabularyMatcher(['almost', 'most', 'mostly']).fuzzy('msot').map((e) => e.word) // [1, 0, 2]
	 */
	fuzzy(term: string): Expansion[] {
		const cached = this.cache.get(term);
		if (cached) return cached;
		const found: (Expansion & { gap: number })[] = [];
		const mask = letterMask(term);
		const errors = allowedErrors(term);
		for (let index = 0; index < this.words.length; index++) {
			// Each edit can account for at most one of the term's letters the word lacks.
			if (bitCount(mask & ~this.masks[index]!) > errors) continue;
			const word = this.words[index]!;
			if (word.startsWith(SPELLING_MARK) || word.length < term.length - errors) continue;
			const quality = qualityOf(term, word, errors);
			if (quality > 0) found.push({ word: index, quality, gap: Math.abs(word.length - term.length) });
		}
		found.sort((a, b) => b.quality - a.quality || a.gap - b.gap || a.word - b.word);
		const best = pickExpansions(found).map(({ word, quality }) => ({ word, quality }));
		if (this.cache.size > 500) this.cache.clear();
		this.cache.set(term, best);
		return best;
	}

	/** The index of a word, or -1. */
	exact(word: string): number {
		const index = lowerBound(this.words, word);
		return this.words[index] === word ? index : -1;
	}

	/** The indices of the words starting with `prefix` (at most `limit`, shortest-first is not promised). */
	prefixed(prefix: string, limit = 64): number[] {
		const found: number[] = [];
		for (let index = lowerBound(this.words, prefix); found.length < limit && this.words[index]?.startsWith(prefix); index++)
			found.push(index);
		return found;
	}

	/** Forget cached expansions (the benchmark measures every query cold). */
	forget(): void {
		this.cache.clear();
	}
}

/**
 * The expansions worth fetching, from matches sorted best first: a word that is in the
 * vocabulary brings only the longer words it begins; a word that is not brings the words
 * it begins and the words a slip away; only when neither exists, words it is found inside.
 * Each expansion may cost a shard, so a typed word does not fetch every near spelling.
 *
 * @example
 * pickExpansions([{ word: 3, quality: 1 }, { word: 9, quality: 0.45 }]) // [{ word: 3, quality: 1 }]
 */
export function pickExpansions<T extends Expansion>(sorted: readonly T[]): T[] {
	const exact = sorted.filter((entry) => entry.quality === QUALITY.exact);
	const prefix = sorted.filter((entry) => entry.quality === QUALITY.prefix).slice(0, MAX_PREFIXED);
	if (exact.length > 0) return [...exact, ...prefix];
	const slips = sorted.filter((entry) => QUALITY.edit.includes(entry.quality as never)).slice(0, MAX_PREFIXED);
	if (prefix.length + slips.length > 0) return [...prefix, ...slips];
	return sorted.slice(0, MAX_PREFIXED);
}

/**
 * How much a word counts for a query word (0: no match).
 *
 * @example
 * qualityOf('withdraw', 'withdrawing', 2) // 0.7
 */
export function qualityOf(term: string, word: string, errors: number): number {
	if (word === term) return QUALITY.exact;
	if (word.startsWith(term)) return QUALITY.prefix;
	if (word.includes(term)) return QUALITY.inside;
	const distance = substringDistance(term, word, errors);
	if (distance > errors) return 0;
	// A slip in the whole word (`msot` for `most`) counts more than one inside a longer word (`mot` in `motherland`).
	const whole = editDistance(term, word, errors) <= errors;
	return (QUALITY.edit[distance - 1] ?? 0) * (whole ? 1 : 0.6);
}
