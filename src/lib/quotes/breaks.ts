/**
 * Where a sentence ends inside the words around a quote. A full stop after a title
 * abbreviation (`Mr.`, `Sen.`, `Lt.`) or an initial (`Anna K. Kowalski`) ends no sentence:
 * the name goes on, and so does the attribution it belongs to.
 */
import { TITLE_ABBREVIATIONS } from './lexicon.ts';

const ABBREVIATIONS: ReadonlySet<string> = new Set(TITLE_ABBREVIATIONS);
/**
 * A stop that may end a sentence: sentence punctuation or a quote placeholder, or a word then
 * a full stop before a space or the end.
 *
 *     “…,” Mr. Jane Doe said. Then      a word and its stop: `Mr` is an abbreviation, `said` is not
 *          ^^^           ^^^^^
 */
const STOP = /[\uE000\uE001;:!?]|([\p{L}\p{M}]+)\.(?=\s|$)/gu;

/**
 * Whether the text holds a sentence end: `;`, `:`, `!`, `?`, another quote, or a full stop
 * after a lower-case word that is no title abbreviation. Capitals before a stop are initials
 * or acronyms (`P.`, `U.S.`), never taken as an end.
 *
 * @example
 * hasSentenceBreak(' Mr. Kowalski') // false
 * hasSentenceBreak(' in May. Kowalski') // true
 */
export function hasSentenceBreak(text: string): boolean {
	for (const match of text.matchAll(STOP)) {
		const word = match[1];
		if (word === undefined) return true;
		if (/\p{Ll}$/u.test(word) && !ABBREVIATIONS.has(word)) return true;
	}
	return false;
}

/**
 * Whether a text ends on an abbreviation's full stop, so a sentence splitter that cut there
 * cut inside a name: `…, said Lt.` | `Col. Anna Kowalski`.
 *
 * @example
 * endsOnAbbreviation('“Go,” said Lt.') // true
 * endsOnAbbreviation('He left.') // false
 */
export function endsOnAbbreviation(text: string): boolean {
	const word = /(?:^|\s)([\p{L}\p{M}]+)\.$/u.exec(text.slice(-12))?.[1];
	return word !== undefined && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word));
}
