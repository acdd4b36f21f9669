/**
 * When two quotations are one utterance: the same words, a fragment of the same words,
 * or another translation of the same sentence.
 */
import { isContentKey, stemKey, tokenize } from '../text/tokens.ts';
import { longestCommonRun } from '../text/groups.ts';

/** A quotation prepared for comparison. */
export interface Utterance {
	/** Word keys in order (case, spelling and marks folded). */
	keys: string[];
	/** Stems of the content words, for translations. */
	content: Set<string>;
	/** Surname of the resolved speaker, lower case; null when unknown. */
	speaker: string | null;
	/** Whether the quote holds a negation (not, never, no, …). */
	negated: boolean;
}

/** Words that turn a statement into its opposite. */
const NEGATIONS = /^(?:not|never|no|nor|neither|none|nobody|nothing|nowhere|cannot|without|\p{L}+n't)$/u;

/** Shortest quote, in words, that may match another by fragment or translation. */
const MIN_FRAGMENT_WORDS = 3;
/** Shortest pair of quotes, in words, that may match as translations. */
const MIN_TRANSLATION_WORDS = 6;

/**
 * Prepare a quotation's text and speaker for comparison.
 *
 * @example
 * toUtterance('raise their heads again,', 'Vladimir Putin').keys // ['raise', 'their', 'heads', 'again']
 */
export function toUtterance(text: string, speaker: string | null): Utterance {
	const keys = tokenize(text).map((token) => token.key);
	const content = new Set(keys.filter(isContentKey).map(stemKey));
	return {
		keys,
		content,
		speaker: speaker ? (speaker.split(' ').at(-1)?.toLowerCase() ?? null) : null,
		negated: keys.some((key) => NEGATIONS.test(key)),
	};
}

/**
 * Whether two quotations are the same utterance.
 * - exact: the same keys;
 * - fragment: a shared run of at least three words, two of them content words, covering
 *   60% of the shorter quote and either all of it or 60% of the longer one
 *   ("terrorists raise their heads" / "raise their heads again");
 * - translation: both six words or more, 40% of content stems shared and at least four.
 * Beyond exact matches, the speakers must not conflict and both must be negated alike
 * ("will withdraw" is not "will never withdraw"). One- and two-word quotes match only
 * exactly, so a scare quote never joins a longer quote.
 */
export function sameUtterance(a: Utterance, b: Utterance): boolean {
	if (a.keys.length === b.keys.length && a.keys.every((key, index) => key === b.keys[index])) return true;
	const shorter = Math.min(a.keys.length, b.keys.length);
	if (shorter < MIN_FRAGMENT_WORDS) return false;
	if (a.speaker && b.speaker && a.speaker !== b.speaker) return false;
	const run = longestCommonRun(a.keys, b.keys);
	// A quote wholly inside another is a fragment of it, whatever the rest of the longer one says.
	if (run === shorter && sharesContent(a, b, run)) return true;
	if (a.negated !== b.negated) return false;
	if (sharesFragment(a, b, run, shorter)) return true;
	if (shorter < MIN_TRANSLATION_WORDS) return false;
	const shared = [...a.content].filter((stem) => b.content.has(stem)).length;
	const union = a.content.size + b.content.size - shared;
	return shared >= 4 && shared / union >= 0.4;
}

function sharesFragment(a: Utterance, b: Utterance, run: number, shorter: number): boolean {
	const longer = Math.max(a.keys.length, b.keys.length);
	if (run < shorter * 0.6 || run < longer * 0.6) return false;
	return sharesContent(a, b, run);
}

/** A shared run long enough to count, with at least two content words in it. */
function sharesContent(a: Utterance, b: Utterance, run: number): boolean {
	return run >= MIN_FRAGMENT_WORDS && commonRunContent(a.keys, b.keys, run) >= 2;
}

/** Content words in the first run of `length` keys that both lists share. */
function commonRunContent(a: readonly string[], b: readonly string[], length: number): number {
	const runs = new Set(b.slice(0, b.length - length + 1).map((_key, index) => b.slice(index, index + length).join(' ')));
	for (let index = 0; index + length <= a.length; index++) {
		const run = a.slice(index, index + length);
		if (runs.has(run.join(' '))) return run.filter(isContentKey).length;
	}
	return 0;
}
