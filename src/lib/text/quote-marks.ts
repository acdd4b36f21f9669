/**
 * The quotation marks Chorus reads, kept once: straight and curly English marks, the low-9
 * marks of German and Czech (`„…“`, `„…”`), guillemets of French and Swiss texts (`«…»`,
 * `‹…›`, Danish `»…«`) and the corner brackets of Chinese and Japanese (`「…」`, `『…』`). Each is a
 * string of characters, ready to stand inside a regular expression's character class.
 */

/**
 * Every quotation mark, apostrophe-like singles included.
 *
 * @example
 * new RegExp(`[${QUOTE_MARKS}]`, 'u').test('「') // true
 */
export const QUOTE_MARKS = `"'“”„‟«»‹›‘’‚‛「」『』`;

/** Marks that are never an apostrophe: seeing one means a quotation is there. */
export const UNAMBIGUOUS_QUOTE_MARKS = `"“”„‟«»‹›「」『』`;

/** Marks that may open a quotation (Danish and Swedish open with `»` and `”`). */
export const OPENING_QUOTE_MARKS = `"'“”‘„‚‟‛«»‹›「『`;

/** Marks that may close a quotation (German closes with `“`, Danish with `«`). */
export const CLOSING_QUOTE_MARKS = `"'”’“»«›‹」』`;
