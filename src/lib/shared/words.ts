/**
 * The words of a quotation as Chorus compares them across outlets: folded keys with English
 * contractions spelled out and the dots of initialisms dropped, so `they're` meets `they are`
 * and `N.G.O.` meets `NGO`.
 */
import { foldWord, isContentKey, stemKey, tokenize } from '../text/tokens.ts';

/** A word prepared for comparison. */
export interface Word {
	/** Folded key (see `wordKey`), contractions expanded into several words. */
	key: string;
	/** Light stem of a content word; null for a function word. */
	stem: string | null;
	/** The word folded but spelled as written (`filled`, not the key's `filed`): what a lexicon looks up. */
	folded: string;
}

/**
 * Contraction endings and the word they stand for. `'s` and `'d` are read only after a pronoun
 * (`he's`, `I'd`): after a noun `'s` is a possessive.
 */
const CONTRACTIONS: [RegExp, string][] = [
	[/^(\p{L}+)'re$/u, 'are'],
	[/^(\p{L}+)'ll$/u, 'will'],
	[/^(\p{L}+)'ve$/u, 'have'],
	[/^(i)'m$/u, 'am'],
	[/^(i|you|he|she|it|we|they|who|that)'d$/u, 'would'],
	[/^(he|she|it|that|there|what|who|here|where|how)'s$/u, 'is'],
	[/^(let)'s$/u, 'us'],
];
/** Negative contractions whose first part is not the verb as written. */
const IRREGULAR_NEGATIVES = new Map([
	["won't", 'will'],
	["can't", 'can'],
	["shan't", 'shall'],
	["ain't", 'is'],
]);
/** An initialism written with dots: `u.s`, `n.g.o`, `e.u.` (the tokenizer keeps inner dots). */
const INITIALISM = /^(?:\p{L}\.)+\p{L}\.?$/u;

/**
 * The comparison words of a text.
 *
 * @example
 * compareWords('They’re at the gate').map((word) => word.key) // ['they', 'are', 'at', 'the', 'gate']
 */
export function compareWords(text: string): Word[] {
	return tokenize(text).flatMap((token) => {
		const keys = expandKey(token.key);
		const [only] = keys;
		return keys.length === 1 && only !== undefined ? [toWord(only, foldWord(token.text))] : keys.map((key) => toWord(key, key));
	});
}

/**
 * One folded key as the words it stands for.
 *
 * @example
 * expandKey("didn't") // ['did', 'not']
 * expandKey("anna's") // ["anna's"]
 * expandKey('n.g.o') // ['ngo']
 */
export function expandKey(key: string): string[] {
	if (INITIALISM.test(key)) return [key.replaceAll('.', '')];
	const irregular = IRREGULAR_NEGATIVES.get(key);
	if (irregular) return [irregular, 'not'];
	if (key.endsWith("n't") && key.length > 3) return [key.slice(0, -3), 'not'];
	for (const [pattern, word] of CONTRACTIONS) {
		const match = pattern.exec(key);
		if (match?.[1]) return [match[1], word];
	}
	return [key];
}

function toWord(key: string, folded: string): Word {
	return { key, stem: isContentKey(key) ? stemKey(key) : null, folded };
}
