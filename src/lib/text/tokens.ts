/**
 * Words with their positions, and the keys Chorus compares them by: case, accents,
 * apostrophes and British/American spelling folded away.
 */

/** A word of a text with its offsets and comparison key. */
export interface Token {
	/** The word as written. */
	text: string;
	/** Offset of the first character in the source text. */
	start: number;
	/** Offset after the last character. */
	end: number;
	/** Comparison key: see `wordKey`. */
	key: string;
}

/**
 * A word: letters and digits, with inner apostrophes, hyphens and dots (`Anna’s`, `U.K.-based`).
 * `the U.K.-based Trust’s 50 years`
 *      ^^^^^^^^^^ ^^^^^^^ ^^ ^^^^^ four words
 */
const WORD = /[\p{L}\p{N}]+(?:['’.-]{1,2}[\p{L}\p{N}]+)*/gu;

/**
 * Split text into words with offsets and keys.
 *
 * @example
 * tokenize('The Colour “Council”').map((token) => token.key) // ['the', 'color', 'council']
 */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((match) => ({
		text: match[0],
		start: match.index,
		end: match.index + match[0].length,
		key: wordKey(match[0]),
	}));
}

/**
 * Ordered spelling rules that fold British forms onto American ones. They are applied to
 * both sides of every comparison, so a rule that also changes an unrelated word (say,
 * `promise` -> `promize`) is harmless: it changes it the same way everywhere.
 */
const SPELLING: [RegExp, string][] = [
	[/(\p{L}{2})our(s?)$/u, '$1or$2'], // favour, honours, labour (not four, your, hour)
	[/(\p{L}{2})ence$/u, '$1ense'], // defence, offence, licence
	[/(\p{L}{2})tre(s?)$/u, '$1ter$2'], // centre, theatres, metre
	[/(\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'], // organise, recognised, realisation
	[/(\p{L}{2})ys(e|es|ed|ing)$/u, '$1yz$2'], // analyse, paralysed
	[/(\p{L}{2})ll(ed|ing|er)$/u, '$1l$2'], // travelled, cancelling
	[/(\p{L}{2})ogue(s?)$/u, '$1og$2'], // dialogue, catalogues
];

/**
 * Text with its accents dropped: compatibility-decomposed, combining marks removed.
 *
 * @example
 * stripAccents('Zoë Ðurić') // 'Zoe Ðuric'
 */
export function stripAccents(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * A word folded for comparison but spelled as written: lower case, accents and curly
 * apostrophes folded.
 *
 * @example
 * foldWord('Anna’s') // "anna's"
 */
export function foldWord(word: string): string {
	return stripAccents(word).toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * The key a word is compared by: folded, and British spelling folded onto American.
 *
 * @example
 * wordKey('Defence') // 'defense'
 * wordKey('Anna’s') // "anna's"
 * wordKey('Organised') // 'organized'
 */
export function wordKey(word: string): string {
	let key = keyCache.get(word);
	if (key === undefined) {
		key = SPELLING.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), foldWord(word));
		if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
		keyCache.set(word, key);
	}
	return key;
}

/** Words repeat a lot across a cluster: their keys are cached, up to a bound on memory. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/**
 * A text's words, folded but spelled as written, joined by spaces: what ids are made from.
 *
 * @example
 * plainWords('“Bring the lanterns home,”') // 'bring the lanterns home'
 */
export function plainWords(text: string): string {
	return [...text.matchAll(WORD)].map((match) => foldWord(match[0])).join(' ');
}

/** Function words that say little about which utterance a quote is. */
const STOP_WORDS = new Set(
	'a an the and or but if of to in on at by for from with as is are was were be been being it its this that these those i we you he she they them their our his her my your me us him not no so do does did have has had will would shall should can could may might must than then there here who whom which what when where why how all any some such into over under again also just very about up down out back'.split(
		' ',
	),
);

/** Whether a key is a content word (not a function word, not a lone digit). */
export function isContentKey(key: string): boolean {
	return key.length > 1 && !STOP_WORDS.has(key);
}

/**
 * A light stem for matching translations: drops common English inflections and a final e,
 * so that `close`/`closed` and `gate`/`gates` meet. Applied to both sides of a comparison.
 *
 * @example
 * stemKey('walking') // 'walk'
 * stemKey('gates') // 'gat'
 */
export function stemKey(key: string): string {
	if (key.length <= 3) return key;
	return key
		.replace(/'s$/u, '')
		.replace(/ies$/u, 'y')
		.replace(/(ss|x|z|ch|sh)es$/u, '$1')
		.replace(/([^s'])s$/u, '$1')
		.replace(/(\p{L}{3})(?:ing|ed)$/u, '$1')
		.replace(/(\p{L}{3})e$/u, '$1')
		.replace(/([^aeiou])\1$/u, '$1');
}
