/**
 * Pair the quotes a build found with the quotes an annotator listed, one to one, file by file.
 */
import type { Quote } from '../schema.ts';
import { plainWords } from '../text/tokens.ts';
import type { GoldQuote } from './gold.ts';

/** Word overlap (Dice) a found quote needs with a gold quote when their words differ at all. */
const MIN_OVERLAP = 0.85;

/** Which gold quote (by index) each found quote (by id) stands for, both ways. */
export interface QuoteMatch {
	goldToSystem: Map<number, string>;
	systemToGold: Map<string, number>;
}

/**
 * Match gold quotes to found quotes of the same file: first those with the same words (case,
 * marks and punctuation aside), then the closest remaining pairs by word overlap, each quote once.
 *
 * @example
 * // gold “Open the gates,” matches a found quote `Open the gates` of the same file
 */
export function matchQuotes(gold: readonly GoldQuote[], found: readonly Quote[], fileOf: (quote: Quote) => string): QuoteMatch {
	const goldToSystem = new Map<number, string>();
	const systemToGold = new Map<string, number>();
	const link = (index: number, id: string): void => {
		goldToSystem.set(index, id);
		systemToGold.set(id, index);
	};
	const goldWords = gold.map((quote) => plainWords(quote.text));
	const foundWords = new Map(found.map((quote) => [quote.id, plainWords(quote.text)]));
	for (const [index, quote] of gold.entries()) {
		const twin = found.find(
			(candidate) =>
				!systemToGold.has(candidate.id) && fileOf(candidate) === quote.file && foundWords.get(candidate.id) === goldWords[index],
		);
		if (twin) link(index, twin.id);
	}
	const candidates: { index: number; id: string; score: number }[] = [];
	for (const [index, quote] of gold.entries()) {
		if (goldToSystem.has(index)) continue;
		for (const candidate of found) {
			if (systemToGold.has(candidate.id) || fileOf(candidate) !== quote.file) continue;
			const score = dice(goldWords[index] ?? '', foundWords.get(candidate.id) ?? '');
			if (score >= MIN_OVERLAP) candidates.push({ index, id: candidate.id, score });
		}
	}
	for (const { index, id } of candidates.toSorted((a, b) => b.score - a.score)) {
		if (!goldToSystem.has(index) && !systemToGold.has(id)) link(index, id);
	}
	return { goldToSystem, systemToGold };
}

/** Dice coefficient of two space-joined word lists, counting repeated words. */
function dice(a: string, b: string): number {
	const left = a.split(' ').filter(Boolean);
	const right = b.split(' ').filter(Boolean);
	if (left.length === 0 || right.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
	let shared = 0;
	for (const word of right) {
		const count = counts.get(word) ?? 0;
		if (count > 0) {
			shared++;
			counts.set(word, count - 1);
		}
	}
	return (2 * shared) / (left.length + right.length);
}
