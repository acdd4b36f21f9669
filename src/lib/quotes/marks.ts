/**
 * What one quote character means in its context: which marks pair up, and whether a mark
 * at a position can open or close a quote. Straight marks are decided by their neighbours.
 */
import { isContentKey } from '../text/tokens.ts';

/** Single quote marks: they only ever close the innermost quote. */
export const SINGLES = `'‘’‚`;

/**
 * Closing marks accepted by each opening mark; typing mixes straight and curly marks.
 *
 * @example
 * CLOSERS['„'] // '“”"'
 */
export const CLOSERS: Readonly<Record<string, string>> = {
	'“': '”"“',
	'"': '"”“',
	'”': '”"',
	'„': '“”"',
	'«': '»',
	'»': '«',
	'‹': '›',
	'›': '‹',
	"'": "'’",
	'‘': "’'",
	'’': "’'",
	'‚': '‘’',
	'‟': '”"',
	'「': '」',
	'『': '』',
};

/** After these a straight mark opens: `(“`, `—"`, `/'`. */
const OPEN_PUNCTUATION = '([{<—–‒―-/';
/**
 * A single mark that starts an elision, not a quote.
 *
 *     the ’80s and rock 'n' roll, ’em, 'tis
 *         ^^^ decade    ^ clipped word
 */
const ELISION = /^(?:\d\ds(?![\p{L}\p{N}])|(?:n|em|tis|twas|cause|til)(?![\p{L}\p{N}]))/iu;

/**
 * Whether the mark at `at` can open a quote. `afterOpen` says the previous character just
 * opened one (`"'Yes'"`). `’` opens only after a space or an opening mark, before a letter, and
 * never as an elision (`’em`, `’80s`).
 *
 * @example
 * opensQuote('He said "yes"', 8, false) // true
 * opensQuote("the '90s", 4, false) // false
 */
export function opensQuote(text: string, at: number, afterOpen: boolean): boolean {
	const before = text[at - 1];
	const after = text[at + 1];
	const rest = text.slice(at + 1, at + 8);
	const mark = text[at] ?? '';
	// A mark that only ever closes (`」`) never opens.
	if (!Object.hasOwn(CLOSERS, mark)) return false;
	switch (mark) {
		case '’':
			// Typed the wrong way round (`and that is ’categorically false,’`): only after a space or
			// an opening mark and before a letter, never as an elision; kept only if it closes (extract.ts).
			return (
				(before === undefined || /[\s([{—–"“„«‹]/u.test(before)) && isWord(after) && !/\p{N}/u.test(after ?? '') && !ELISION.test(rest)
			);
		case '‘':
			return isInk(after) && !ELISION.test(rest) && !(isWord(before) && isWord(after));
		case "'":
			return openingContext(before, after, afterOpen) && !ELISION.test(rest);
		case '"':
		case '”':
		case '»':
		case '›':
		case '‚':
			return openingContext(before, after, afterOpen);
		default:
			return true;
	}
}

/**
 * Whether the mark at `at` can close a quote opened by `open`, judged by its neighbours:
 * a straight `"` closes after ink; a single `’` closes unless a word goes on (`don’t`).
 *
 * @example
 * closesQuote('"yes" he said', 4, '"') // true
 * closesQuote('‘don’t', 4, '‘') // false
 */
export function closesQuote(text: string, at: number, open: string): boolean {
	const mark = text[at] ?? '';
	const before = text[at - 1];
	const after = text[at + 1];
	if (mark === '‘') return isInk(before);
	if (mark === '’' || mark === "'") return isInk(before) && !isWord(after) && !(before === 's' && pluralPossessive(text, at));
	if (mark === '"') return closingContext(before, after);
	if (mark === '“') return open === '„' ? isInk(before) : closingContext(before, after) && !isWord(after);
	if (mark === '«' || mark === '‹') return isInk(before);
	return true;
}

/** How far ahead a plural possessive looks for the mark that closes its quote instead. */
const POSSESSIVE_REACH = 200;

/**
 * Whether `s'` at `at` is a plural possessive inside a single quote (`'the boys' club can wait'`):
 * a lower-case content word follows (its noun, not `of` or `and`), and the same mark closes
 * again within a short reach.
 */
function pluralPossessive(text: string, at: number): boolean {
	// A possessive is followed by its noun; a closing mark may be followed by `of`, `and`, `was`…
	const next = /^\s(\p{Ll}+)/u.exec(text.slice(at + 1, at + 32))?.[1];
	if (next === undefined || !isContentKey(next)) return false;
	const ahead = text.slice(at + 1, at + 1 + POSSESSIVE_REACH);
	const mark = text[at] ?? '';
	for (let index = ahead.indexOf(mark); index !== -1; index = ahead.indexOf(mark, index + 1)) {
		const close = at + 1 + index;
		if (isInk(text[close - 1]) && !isWord(text[close + 1])) return true;
	}
	return false;
}

function openingContext(before: string | undefined, after: string | undefined, afterOpen: boolean): boolean {
	const opener = before === undefined || !isInk(before) || OPEN_PUNCTUATION.includes(before) || afterOpen;
	return opener && isInk(after);
}

function closingContext(before: string | undefined, after: string | undefined): boolean {
	return isInk(before) && !(OPEN_PUNCTUATION.includes(before) && isInk(after));
}

function isInk(char: string | undefined): char is string {
	return char !== undefined && !/\s/u.test(char);
}

function isWord(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
