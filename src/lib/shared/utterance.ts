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
}

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
	return { keys, content, speaker: speaker ? (speaker.split(' ').at(-1)?.toLowerCase() ?? null) : null };
}

/**
 * Whether two quotations are the same utterance.
 * - exact: the same keys;
 * - fragment: a shared run of at least three words, two of them content words, covering
 *   60% of the shorter quote ("terrorists raise their heads" / "raise their heads again");
 * - translation: both six words or more, 40% of content stems shared and at least four,
 *   and no conflicting speakers.
 * One- and two-word quotes match only exactly, so a scare quote never joins a longer quote.
 */
export function sameUtterance(a: Utterance, b: Utterance): boolean {
	if (a.keys.length === b.keys.length && a.keys.every((key, index) => key === b.keys[index])) return true;
	const shorter = Math.min(a.keys.length, b.keys.length);
	if (shorter < MIN_FRAGMENT_WORDS) return false;
	if (sharesFragment(a, b, shorter)) return true;
	if (shorter < MIN_TRANSLATION_WORDS) return false;
	if (a.speaker && b.speaker && a.speaker !== b.speaker) return false;
	const shared = [...a.content].filter((stem) => b.content.has(stem)).length;
	const union = a.content.size + b.content.size - shared;
	return shared >= 4 && shared / union >= 0.4;
}

function sharesFragment(a: Utterance, b: Utterance, shorter: number): boolean {
	const run = longestCommonRun(a.keys, b.keys);
	if (run < MIN_FRAGMENT_WORDS || run < shorter * 0.6) return false;
	return commonRunContent(a.keys, b.keys, run) >= 2;
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
