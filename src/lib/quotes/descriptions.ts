/**
 * How an article describes a named person, read from the words around the name, as news
 * prose introduces people: a title (`Sen. Anna Kowalski`), a false title (`party organizer
 * Piotr Nowak`), an appositive after the name (`Anna Kowalski, a Republican spokeswoman,`) or
 * before it (`the agency's director, Piotr Nowak`), a party label (`Anna Kowalski (D-Ore.)`).
 */
import { LEADING_STOPWORDS } from './lexicon.ts';
import type { NameRun } from './names.ts';
import { personNoun } from './people.ts';
import { QUOTE_MARKS, UNAMBIGUOUS_QUOTE_MARKS } from '../text/quote-marks.ts';

/** What the words around one mention say about the person. */
export interface Description {
	/** Lower-case words of the descriptions, full stops dropped: `['republican', 'spokeswoman']`. */
	words: string[];
	/** Whether a description is headed by a person noun (or is a title or party label). */
	person: boolean;
	/** Whether the name is followed by `, who`: English uses `who` for people only. */
	who: boolean;
}

/** Where a description's noun phrase ends: a preposition, a conjunction or a relative pronoun. */
const PHRASE_END = /^(?:of|for|at|in|on|from|with|to|by|and|or|but|who|whom|whose|which|that|since|when)$/iu;
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|another|[\p{L}\p{N}.]+['’]s?)$/iu;
/** Party label: `(D-Ore.)`, `, R-Vt.,`. */
const PARTY_LABEL = /^\s*[,(]\s*([RDI])-(\p{Lu}[\p{L}.]*)/u;
const PARTIES: Readonly<Record<string, string>> = { R: 'republican', D: 'democrat', I: 'independent' };
/** Most words read on either side of a name. */
const REACH = 10;
/** The clause before a comma: `the agency's director,` (no quotation or bracket in it). */
const SEGMENT_BEFORE = new RegExp(String.raw`([^,;:()${UNAMBIGUOUS_QUOTE_MARKS}]*),\s*$`, 'u');
/** The phrase after a comma, past a number and a determiner: `, 54, the agency's director`. */
const SEGMENT_AFTER = new RegExp(
	String.raw`^\s*,\s*(?:\d+\s*,\s*)?(?:(?:a|an|the|another|his|her|their|its)\s+)?([^,;:()${UNAMBIGUOUS_QUOTE_MARKS}]+)`,
	'u',
);
/** A token that ends a description: clause punctuation or a quotation mark. */
const BREAK = new RegExp(`[,;:()${UNAMBIGUOUS_QUOTE_MARKS}]`, 'u');
/** What `clean` strips from a word. */
const PUNCTUATION = new RegExp(`[.,;:()${QUOTE_MARKS}]`, 'gu');

/**
 * Describe one mention of a named person from its paragraph's text.
 *
 * @example
 * describeMention('Anna Kowalski, a Republican spokeswoman, said', { start: 0, end: 13, title: '' })
 * // { words: ['republican', 'spokeswoman'], person: true, who: false }
 */
export function describeMention(text: string, run: Pick<NameRun, 'start' | 'end' | 'title'>): Description {
	const found: string[][] = [];
	if (run.title !== '') found.push(run.title.split(' '));
	const after = text.slice(run.end, run.end + 120);
	const party = PARTY_LABEL.exec(after);
	if (party) found.push([PARTIES[party[1] ?? ''] ?? '', party[2] ?? '']);
	const before = text.slice(Math.max(0, run.start - 120), run.start);
	const phrases = [falseTitle(before), appositiveBefore(before), appositiveAfter(after)];
	for (const phrase of phrases) if (phrase) found.push(phrase);
	const words = found.flat().map(clean).filter(Boolean);
	return { words, person: found.length > 0, who: /^\s*,\s*who\b/u.test(after) };
}

/** `party organizer Piotr Nowak`: lower-case words ending in a singular person noun, right before the name. */
function falseTitle(before: string): string[] | null {
	if (!/[\p{L}\p{N}]\s$/u.test(before)) return null;
	const tokens = before.trimEnd().split(/\s+/u).slice(-REACH);
	const noun = tokens.at(-1) ?? '';
	if (!/^\p{Ll}/u.test(noun) || personNoun(noun)?.plural !== false) return null;
	return phraseBack(tokens);
}

/**
 * `the agency's director, Piotr Nowak`: a noun phrase headed by a person noun, then a comma.
 * The phrase starts at a determiner, tried from the nearest: `the statement from the agency's
 * director` is read as `director`, `a lawyer for Mr. Nowak` as `lawyer`.
 */
function appositiveBefore(before: string): string[] | null {
	const segment = SEGMENT_BEFORE.exec(before)?.[1] ?? '';
	const tokens = segment.trim().split(/\s+/u).slice(-REACH);
	for (let at = tokens.length - 1; at >= 0; at--) {
		if (!DETERMINER.test(tokens[at] ?? '')) continue;
		const phrase = tokens.slice(at + 1);
		const end = phrase.findIndex((token) => PHRASE_END.test(token));
		const head = phrase.slice(0, end === -1 ? undefined : end);
		if (personNoun(clean(head.at(-1) ?? ''))?.plural === false) return head;
	}
	return null;
}

/** `Anna Kowalski, 52, a Republican spokeswoman,`: a noun phrase after a comma, headed by a person noun. */
function appositiveAfter(after: string): string[] | null {
	const match = SEGMENT_AFTER.exec(after);
	const phrase: string[] = [];
	for (const token of (match?.[1] ?? '').split(/\s+/u).filter(Boolean).slice(0, REACH)) {
		if (PHRASE_END.test(token)) break;
		// Another determiner inside means a clause goes on (`Monday, shows the man`), not a description.
		if (DETERMINER.test(token)) return null;
		phrase.push(token);
		if (/\p{Ll}[.!?]$/u.test(token)) break;
	}
	return personNoun(clean(phrase.at(-1) ?? ''))?.plural === false ? phrase : null;
}

/** The words of a noun phrase read back from its head to its start (a determiner or punctuation). */
function phraseBack(tokens: readonly string[]): string[] {
	const phrase: string[] = [];
	for (let at = tokens.length - 1; at >= 0; at--) {
		const token = tokens[at] ?? '';
		if (DETERMINER.test(token) || PHRASE_END.test(token) || LEADING_STOPWORDS.has(token) || BREAK.test(token)) break;
		phrase.unshift(token);
	}
	return phrase;
}

function clean(word: string): string {
	return word.toLowerCase().replace(PUNCTUATION, '');
}
