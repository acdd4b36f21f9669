/**
 * A subject must be a noun phrase. These readers find one where English puts it (at the start
 * of a clause) and trim what is not part of it: a reflexive (`Nowak himself`), an adverb
 * (`the board initially`), a leading conjunction or subordinator (`Although his wife`).
 */
import { LEADING_STOPWORDS, PREPOSITIONS } from './lexicon.ts';
import { findNameRuns, isOrganisation } from './names.ts';
import { personNoun } from './people.ts';
import type { Subject } from './phrase.ts';
import { PARTICIPLES, SPEECH_VERBS, VERB_MODIFIERS } from './speech-verbs.ts';

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/u).filter(Boolean));
}

const REFLEXIVE = /^(?:himself|herself|themselves|itself|myself|ourselves|yourself|yourselves)$/iu;
/** Nouns that end in `-ly`, which the adverb rule must keep. */
const LY_NOUNS = words('family ally assembly rally supply monopoly bully belly jelly reply anomaly daily weekly monthly quarterly homily');
/** Words that open a clause, never a noun phrase: dropped from a subject's start. */
const CLAUSE_OPENERS = words(`
	and but or nor so yet when while although though because if as after before since until once
	unless whereas where whether then`);
const DETERMINERS = words('the a an his her its their our this that these those');
/** Words no noun phrase of a subject goes past. */
const PHRASE_STOPS = words(
	'and or but who whom whose which that is was were are has have had will would can could did does do may might must should',
);

/**
 * Whether a word is an adverb to drop from the end of a subject: a reflexive, a listed adverb,
 * or a lower-case `-ly` word that is no noun.
 *
 * @example
 * isAdverb('initially') // true
 * isAdverb('family') // false
 */
export function isAdverb(word: string): boolean {
	if (REFLEXIVE.test(word) || (VERB_MODIFIERS.has(word) && !/^(?:has|have|had|was|were|is|are|be|been|being|did|does|do)$/u.test(word)))
		return true;
	return /^\p{Ll}+ly$/u.test(word) && !LY_NOUNS.has(word);
}

/**
 * A subject phrase without what cannot be part of it: clause openers at its start, reflexives
 * and adverbs at its end.
 *
 * @example
 * trimSubject('Although his wife') // 'his wife'
 * trimSubject('The board initially') // 'The board'
 * trimSubject('Nowak himself') // 'Nowak'
 */
export function trimSubject(phrase: string): string {
	const parts = phrase.trim().split(/\s+/u);
	while (parts.length > 1 && CLAUSE_OPENERS.has((parts[0] ?? '').toLowerCase())) parts.shift();
	while (parts.length > 1 && isAdverb(parts.at(-1) ?? '')) parts.pop();
	return parts.join(' ');
}

/**
 * The noun phrase a clause opens with, as a subject: a pronoun, a name (after a false title:
 * `party organizer Anna Kowalski`; or in apposition: `The agency's head, Anna Kowalski,`), or a
 * determiner phrase up to its head (`A young man, dressed …` -> `A young man`).
 *
 * @example
 * nounPhraseAt('The chairman himself responded on Monday') // { text: 'The chairman', kind: 'role' }
 * nounPhraseAt('Party organizer Anna Kowalski wrote') // { text: 'Anna Kowalski', kind: 'name' }
 */
export function nounPhraseAt(text: string, readPhrase: (phrase: string) => Subject | null): Subject | null {
	const start = text.trimStart();
	const pronoun = /^(?:he|she|they)\b/iu.exec(start);
	if (pronoun) return { text: pronoun[0], kind: 'pronoun' };
	const it = /^it\b(?!['’])/iu.exec(start);
	if (it) return { text: it[0], kind: 'it' };
	if (/^(?:it|we|i|you|this|that|there)\b/iu.test(start)) return null;
	const tokens = start.split(/\s+/u).slice(0, 12);
	const head = headEnd(tokens);
	if (head === 0) return null;
	const phrase = tokens
		.slice(0, head)
		.join(' ')
		.replace(/[,;:]$/u, '');
	const taken = new RegExp(String.raw`^(?:\S+\s+){${head - 1}}\S+?(?=[,;:]?(?:\s|$))`, 'u').exec(start)?.[0] ?? '';
	const rest = start.slice(taken.length);
	const appositive = /^,\s+([^,]+),/u.exec(rest)?.[1];
	const named = appositive === undefined ? null : findNameRuns(appositive).find((run) => run.start === 0 && run.end === appositive.length);
	if (named && named.name !== '' && !isOrganisation(named.name)) return { text: named.text, kind: 'name' };
	const falseTitle = findNameRuns(phrase).at(-1);
	if (falseTitle && falseTitle.end === phrase.length && falseTitle.name !== '' && !isOrganisation(falseTitle.name)) {
		return { text: falseTitle.text, kind: 'name' };
	}
	return readPhrase(phrase);
}

/**
 * How many tokens the noun phrase opening `tokens` takes: capitalised words run on; after a
 * name only a possessive (`Nowak’s aides`) or a false title (`party organizer Anna …`) goes
 * on; lower-case words run up to a person noun (the head) or a word no noun phrase has (a verb,
 * an adverb, a preposition), or a comma.
 */
function headEnd(tokens: readonly string[]): number {
	let end = 0;
	let afterName = false;
	const determined = DETERMINERS.has((tokens[0] ?? '').toLowerCase());
	for (const [index, raw] of tokens.entries()) {
		const token = raw.replace(/[,;:]$/u, '');
		const lower = token.toLowerCase();
		if (index === 0 && (CLAUSE_OPENERS.has(lower) || PREPOSITIONS.has(lower))) return 0;
		const capital = /^\p{Lu}/u.test(token) && !(index > 0 && LEADING_STOPWORDS.has(token));
		// After a name only a possessive or a false title goes on, unless an article opened the
		// phrase and the name is a modifier (`the Green Valley group`).
		if (!capital && afterName && !determined && !leadsToName(tokens, index)) break;
		if (!capital && (PHRASE_STOPS.has(lower) || SPEECH_VERBS.has(lower) || PARTICIPLES.has(lower) || isAdverb(lower))) break;
		if (!capital && PREPOSITIONS.has(lower)) break;
		if (!capital && index > 0 && !DETERMINERS.has(lower) && /ed$/u.test(lower) && personNoun(lower) === null) break;
		// An -ing word after a noun opens a reduced relative clause (`a note accompanying the photo`);
		// right after the article it is an adjective (`the outgoing mayor`).
		if (!capital && /ing$/u.test(lower) && index > 0 && !DETERMINERS.has((tokens[index - 1] ?? '').toLowerCase())) break;
		end = index + 1;
		afterName = capital && !/['’]s?$/u.test(token) && !DETERMINERS.has(lower);
		if (raw !== token) break;
		if (!capital && personNoun(lower) !== null && !leadsToName(tokens, index)) break;
	}
	return end;
}

/** Whether lower-case words from `index` are a false title: up to three, a person noun last, then a capital. */
function leadsToName(tokens: readonly string[], index: number): boolean {
	for (let at = index; at < index + 3; at++) {
		const token = tokens[at] ?? '';
		if (!/^\p{Ll}[\p{L}-]*$/u.test(token)) return false;
		if (personNoun(token)?.plural === false && /^\p{Lu}/u.test(tokens[at + 1] ?? '')) return true;
	}
	return false;
}
