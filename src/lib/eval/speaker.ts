/**
 * Whether a found speaker is the annotated one, by the corpora's rule: the surname, or the
 * role's head words, must match; "unattributed in the text" means the right answer is none.
 */
import { foldWord } from '../text/tokens.ts';

/** Words that head no role: `the night guard at the depot` is headed by `guard`. */
const FUNCTION_WORDS = new Set([
	'the',
	'a',
	'an',
	'of',
	'on',
	'in',
	'at',
	'by',
	'for',
	'from',
	'with',
	'to',
	'and',
	'mr',
	'mrs',
	'ms',
	'dr',
]);
/** Where a role's head phrase ends: a preposition or a comment. */
const PHRASE_END = /\s(?:of|on|in|at|by|for|from|with|as)\s|,|\(/u;

/**
 * Judge a found speaker (null: none found) against the annotated one.
 *
 * @example
 * speakerIsRight('Anna Kowalski', 'Kowalski') // true
 * speakerIsRight('the night guard (retired) at the depot', 'the night guard') // true
 * speakerIsRight('unattributed in the text (Kowalski, per another article)', null) // true
 */
export function speakerIsRight(gold: string, found: string | null): boolean {
	if (/^unattributed in the text/iu.test(gold)) return found === null;
	if (found === null) return false;
	const goldHead = headWord(gold);
	const foundHead = headWord(found);
	if (goldHead === '' || foundHead === '') return false;
	return goldHead === foundHead;
}

/** The last content word of the phrase before any preposition or comment: a surname or a role's noun. */
function headWord(speaker: string): string {
	const phrase = speaker.split(PHRASE_END)[0] ?? '';
	return [...contentWords(phrase)].at(-1) ?? '';
}

function contentWords(text: string): Set<string> {
	const words = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
	return new Set(
		words
			.map((word) => foldWord(word).replace(/'s$/u, ''))
			.filter((word) => !FUNCTION_WORDS.has(word) && !/^(?:jr|sr|ii|iii)\.?$/u.test(word)),
	);
}
