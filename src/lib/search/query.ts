/**
 * The search box syntax:
 *
 * | typed              | meaning                                                        |
 * | ------------------ | -------------------------------------------------------------- |
 * | `night ferry`      | words, fuzzy; long queries need 2/3 of them                    |
 * | `"night ferry"`    | this phrase, its last word from the start of a word            |
 * | `!bridges`         | no word starting with bridges                                  |
 * | `!"new timetable"` | not this phrase                                                |
 */
import { foldText, type VariantMap } from './fold.ts';
import { UNAMBIGUOUS_QUOTE_MARKS } from '../text/quote-marks.ts';

/** A query, folded exactly as the documents are. */
export interface ParsedQuery {
	/** Fuzzy words (one-letter words dropped: they match almost anything). */
	words: string[];
	/** Required phrases, each as folded words. */
	phrases: string[][];
	/** Excluded words or phrases, each as folded words. */
	excludes: string[][];
}

/**
 * A quoted phrase or a bare word, either with a leading `!`.
 * `!"new timetable" Khalvenka !bridges "night`
 *  ^^^^^^^^^^^^^^^^ ^^^^^^^^^ ^^^^^^^^ ^^^^^^ (an unclosed quote runs to the end)
 */
const PART = /(!?)"([^"]*)(?:"|$)|(!?)([^\s"]+)/g;

/** Curly, low, angled and corner quotation marks typed or pasted into the box (and the full-width `＂`). */
const QUOTE_MARKS = new RegExp(`[${UNAMBIGUOUS_QUOTE_MARKS}＂]`, 'gu');

/**
 * The query with every double quotation mark written straight, so `„night ferry“` is a phrase.
 *
 * @example
 * straightQuotes('«night ferry»') // '"night ferry"'
 */
export function straightQuotes(input: string): string {
	return input.replace(QUOTE_MARKS, '"');
}

/**
 * Parse and fold what was typed.
 *
 * @example
 * parseQuery('“Night Ferry” !bridges Khalvenka', variantMap)
 * // { words: ['halvenka'], phrases: [['night', 'ferry']], excludes: [['bridges']] }
 */
export function parseQuery(input: string, variants?: VariantMap): ParsedQuery {
	const fold = (text: string) => foldText(text, variants).trim().split(' ').filter(Boolean);
	const phrases: string[][] = [];
	const excludes: string[][] = [];
	const loose: string[] = [];
	for (const match of straightQuotes(input).matchAll(PART)) {
		const [, notPhrase, phrase, notWord, word] = match;
		const text = phrase ?? word ?? '';
		const negated = (notPhrase ?? notWord) === '!';
		if (negated) excludes.push(fold(text));
		else if (phrase !== undefined) phrases.push(fold(text));
		else loose.push(text);
	}
	// Loose words are folded together so a multi-word name variant (`Karim al Tamrani`) is found.
	const words = fold(loose.join(' ')).filter((word) => word.length > 1);
	return { words, phrases: phrases.filter((p) => p.length > 0), excludes: excludes.filter((p) => p.length > 0) };
}

/** Whether a parsed query has anything to look for (exclusions alone do not). */
export function hasTerms(query: ParsedQuery): boolean {
	return query.words.length > 0 || query.phrases.length > 0;
}

/**
 * How many of the fuzzy words a result must contain: all of one or two, two thirds of more,
 * so that a translation (`we will open the gates again` for `they open the gates once more`) is found.
 *
 * @example
 * wordsNeeded(2) // 2
 * wordsNeeded(4) // 3
 */
export function wordsNeeded(count: number): number {
	return Math.ceil((2 * count) / 3);
}
