/**
 * Folding for search: the same function turns article text into the indexed `folded` field
 * and the user's query into search terms, so that case, accents, quote marks, dashes,
 * British/American spelling and the spellings of one name never stand between them.
 */
import type { NameVariantGroup } from '../schema.ts';
import { wordKey } from '../text/tokens.ts';

/** A spelling of a name (as folded words) and the folded words of its group's canonical spelling. */
export type VariantPair = [variant: string, canonical: string];

/** Variant pairs ready for folding: keyed by their first word, longest first. */
export interface VariantMap {
	byFirst: Map<string, { words: string[]; canonical: string[] }[]>;
}

/**
 * A word: letters and digits of any script, with inner apostrophes, hyphens and dots, as in
 * src/lib/text/tokens.ts (`Anna’s`, `U.K.-based`, `Велград`).
 * `the U.K.-based Trust’s 50 years`
 *      ^^^^^^^^^^ ^^^^^^^ ^^ ^^^^^ four words
 */
const WORD = /[\p{L}\p{N}]+(?:['’.-]{1,2}[\p{L}\p{N}]+)*/gu;

/** Hyphen-like dashes (‐ ‑ ‒ – −) become "-", so `al‑Tamrani` and `al-Tamrani` are one word; em dashes split words. */
const HYPHENS = /[\u2010-\u2013\u2212\uFE63\uFF0D]/g;

/** One word of a text, with its offsets and the folded keys it is searched by. */
export interface FoldedToken {
	start: number;
	end: number;
	/** Usually one key; every word of the canonical spelling when the word is part of a name variant. */
	keys: string[];
}

/**
 * Make the variant map from the records' name-variant groups. Acronyms (`US` / `U.S.`) are left
 * out: folding is case-blind, and `US` folded is the pronoun `us`.
 *
 * @example
 * variantPairs([{ canonical: 'Halvenka', variants: [{ text: 'Halvenka', … }, { text: 'Khalvenka', … }] }])
 * // [['khalvenka', 'halvenka']]
 */
export function variantPairs(groups: readonly NameVariantGroup[]): VariantPair[] {
	return groups.flatMap((group) => {
		if (group.variants.some((variant) => !/\p{Ll}/u.test(variant.text))) return [];
		const canonical = foldPlain(group.canonical);
		return group.variants
			.map((variant) => foldPlain(variant.text))
			.flatMap((text): VariantPair[] => (text === canonical ? [] : [[text, canonical]]));
	});
}

/** Index variant pairs by their first word, longest variant first (greedy longest match). */
export function toVariantMap(pairs: readonly VariantPair[]): VariantMap {
	const byFirst = new Map<string, { words: string[]; canonical: string[] }[]>();
	for (const [variant, canonical] of pairs) {
		const words = variant.split(' ');
		const list = byFirst.get(words[0] ?? '') ?? [];
		list.push({ words, canonical: canonical.split(' ') });
		list.sort((a, b) => b.words.length - a.words.length);
		byFirst.set(words[0] ?? '', list);
	}
	return { byFirst };
}

const NO_VARIANTS: VariantMap = { byFirst: new Map() };

/** Folded keys of a text's words, without name variants. */
function foldPlain(text: string): string {
	return [...text.replace(HYPHENS, '-').matchAll(WORD)].map((match) => wordKey(match[0])).join(' ');
}

/**
 * The words of a text, hyphen-like dashes made "-", at their offsets in the text (each dash is one code unit, so offsets are kept).
 *
 * @example
 * wordsOf('al‑Tamrani said').map((match) => match[0]) // ['al-Tamrani', 'said']
 */
export function wordsOf(text: string): RegExpExecArray[] {
	return [...text.replace(HYPHENS, '-').matchAll(WORD)];
}

/**
 * Split a text into words with folded keys, name variants replaced by their canonical spelling.
 *
 * @example
 * foldTokens('at Khalvenka', toVariantMap([['khalvenka', 'halvenka']])).map((token) => token.keys) // [['at'], ['halvenka']]
 */
export function foldTokens(text: string, variants: VariantMap = NO_VARIANTS): FoldedToken[] {
	const tokens = wordsOf(text).map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		keys: [wordKey(match[0])],
	}));
	for (let index = 0; index < tokens.length; index++) {
		const candidates = variants.byFirst.get(tokens[index]?.keys[0] ?? '') ?? [];
		const found = candidates.find(({ words }) => words.every((word, offset) => tokens[index + offset]?.keys[0] === word));
		if (!found) continue;
		// One array per match: foldText emits a span's canonical words once, by identity.
		const keys = [...found.canonical];
		for (let offset = 0; offset < found.words.length; offset++) tokens[index + offset]!.keys = keys;
		index += found.words.length - 1;
	}
	return tokens;
}

/**
 * The folded form of a text that search matches against: keys joined by single spaces, with a
 * space at each end so that `" word"` means "a word starting with word".
 *
 * @example
 * foldText('The “Colour” Council’s ÉLITE at Khalvenka', toVariantMap([['khalvenka', 'halvenka']]))
 * // " the color council's elite at halvenka "
 */
export function foldText(text: string, variants: VariantMap = NO_VARIANTS): string {
	const keys: string[] = [];
	let previous: string[] | undefined;
	for (const token of foldTokens(text, variants)) {
		// A multi-word variant shares one keys array across its words: emit the canonical once.
		if (token.keys !== previous) keys.push(...token.keys);
		previous = token.keys;
	}
	return keys.length === 0 ? ' ' : ` ${keys.join(' ')} `;
}
