/**
 * Which vocabulary words a query word stands for: itself, the words it begins, the words it is
 * inside, and the words within a few edits (a swap of two letters is one edit). The words it
 * begins are a range of the sorted vocabulary and the words a few edits away come from a walk
 * of it as a trie (near.ts); only a word with neither scans the whole vocabulary (a 32-bit
 * letter set rules most words out before the edit distance runs).
 */
import { lowerBound, SPELLING_MARK } from './codec.ts';
import { allowedErrors, bitCount, editDistance, letterMask, substringDistance } from './match.ts';
import { wordsWithin } from './near.ts';

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
	private masks: Uint32Array | undefined;
	private readonly cache = new Map<string, Expansion[]>();

	constructor(words: readonly string[]) {
		this.words = words;
	}

	/**
	 * The words a fuzzy query word matches, best first (see `pickExpansions`).
	 *
	 * @example
	 * new VocabularyMatcher(['almost', 'most', 'mostly']).fuzzy('msot').map((e) => e.word) // [1] ('most', one swap)
	 */
	fuzzy(term: string): Expansion[] {
		const cached = this.cache.get(term);
		if (cached) return cached;
		const best = this.expand(term);
		if (this.cache.size > 500) this.cache.clear();
		this.cache.set(term, best);
		return best;
	}

	/**
	 * `pickExpansions` over every vocabulary word, without looking at every word: the word
	 * itself and the words it begins are one sorted range; the words a slip away come from
	 * `wordsWithin` (near.ts). Only when neither exists does the whole vocabulary get scanned,
	 * for the words the term is inside.
	 */
	private expand(term: string): Expansion[] {
		const errors = allowedErrors(term);
		const exact = this.exact(term);
		const prefixed: (Expansion & { gap: number })[] = [];
		for (let index = lowerBound(this.words, term); this.words[index]?.startsWith(term); index++)
			if (index !== exact) prefixed.push({ word: index, quality: QUALITY.prefix, gap: this.words[index]!.length - term.length });
		prefixed.sort(byCloseness);
		const prefix = prefixed.slice(0, MAX_PREFIXED).map(({ word, quality }) => ({ word, quality }));
		if (exact >= 0) return [{ word: exact, quality: QUALITY.exact }, ...prefix];
		const slips: (Expansion & { gap: number })[] = [];
		for (const index of errors > 0 ? wordsWithin(this.words, term, errors) : []) {
			const word = this.words[index]!;
			if (word.startsWith(SPELLING_MARK)) continue;
			const quality = qualityOf(term, word, errors);
			if (QUALITY.edit.includes(quality as never)) slips.push({ word: index, quality, gap: Math.abs(word.length - term.length) });
		}
		slips.sort(byCloseness);
		if (prefix.length + slips.length > 0)
			return [...prefix, ...slips.slice(0, MAX_PREFIXED).map(({ word, quality }) => ({ word, quality }))];
		return this.scan(term, errors);
	}

	/** Every word the term is inside, exactly or with slips, best first (the last resort of `expand`). */
	private scan(term: string, errors: number): Expansion[] {
		const found: (Expansion & { gap: number })[] = [];
		const mask = letterMask(term);
		const masks = (this.masks ??= Uint32Array.from(this.words, letterMask));
		for (let index = 0; index < this.words.length; index++) {
			// Each edit can account for at most one of the term's letters the word lacks.
			if (bitCount(mask & ~masks[index]!) > errors) continue;
			const word = this.words[index]!;
			if (word.startsWith(SPELLING_MARK) || word.length < term.length - errors) continue;
			const quality = qualityOf(term, word, errors);
			if (quality > 0) found.push({ word: index, quality, gap: Math.abs(word.length - term.length) });
		}
		found.sort(byCloseness);
		return pickExpansions(found).map(({ word, quality }) => ({ word, quality }));
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

/** Best first: higher quality, then closer in length, then vocabulary order. */
function byCloseness(a: Expansion & { gap: number }, b: Expansion & { gap: number }): number {
	return b.quality - a.quality || a.gap - b.gap || a.word - b.word;
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
