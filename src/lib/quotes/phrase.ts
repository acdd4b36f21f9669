/**
 * Readers for one noun phrase: is it a pronoun, a proper name, a role (`the Freedonian
 * president`) or a group (`the defence ministry`, `Freedonian officials`)?
 */
import { LEADING_STOPWORDS, PREPOSITIONS } from './lexicon.ts';
import { findNameRuns, isOrganisation, type NameRun } from './names.ts';
import { personNoun } from './people.ts';

/**
 * What kind of speaker a phrase names, before it is resolved against the article; `it` stands
 * for the thing (an organisation, a document) the sentence before was about.
 */
export type SubjectKind = 'name' | 'pronoun' | 'role' | 'group' | 'it';

/** A speaker phrase as written, with its kind. */
export interface Subject {
	text: string;
	kind: SubjectKind;
}

/** Subject pronouns that resolve to the most recent person. */
export const PRONOUN = /^(?:he|she|they)$/iu;
/** Subjects that do not name a speaker we can resolve: stop rather than guess. */
export const OPAQUE = /^(?:it|we|i|you|this|that|which|who|there)$/iu;
/** A phrase opening with an article: `the defence ministry`, `A Treasury spokesman`. */
export const DETERMINER = /^(?:the|a|an)\s/iu;
/**
 * A role phrase: `the`, up to three modifiers, a person noun in the singular (people.ts),
 * maybe a prepositional phrase after it (`the spokesman for the ministry`).
 *
 *     the former state  governor
 *         ^^^^^^^^^^^^  ^^^^^^^^ head
 */
const ROLE_PHRASE = /^the((?:\s+[\p{L}\p{N}.’'-]+){1,4}?)(?:\s+(?:of|for|at|in|from|on|with)\s.*)?$/iu;

/**
 * The words after `the` in a role phrase, lower case; `null` when the phrase is no role.
 *
 * @example
 * roleWords('the Freedonian president') // ['freedonian', 'president']
 * roleWords('the defence ministry') // null
 */
export function roleWords(text: string): string[] | null {
	const words = ROLE_PHRASE.exec(text)?.[1]?.trim().toLowerCase().split(/\s+/u);
	if (!words) return null;
	const head = words.at(-1) ?? '';
	return personNoun(head)?.plural === false ? words : null;
}

/**
 * Read a whole phrase as a subject: pronoun, article phrase, proper name, or short group.
 *
 * @example
 * phraseSubject('the Freedonian president') // { text: 'the Freedonian president', kind: 'role' }
 */
export function phraseSubject(phrase: string): Subject | null {
	if (PRONOUN.test(phrase)) return { text: phrase, kind: 'pronoun' };
	if (/^it$/iu.test(phrase)) return { text: phrase, kind: 'it' };
	if (OPAQUE.test(phrase)) return null;
	if (DETERMINER.test(phrase)) return describedName(phrase) ?? determinerPhrase(phrase);
	const name = pureName(phrase);
	if (name) return { text: name, kind: 'name' };
	return shortPhrase(phrase);
}

/**
 * `a somber Mr. Nowak`: an article and adjectives before a name are a description of the
 * named person, who is the speaker.
 *
 * @example
 * describedName('a somber Mr. Nowak') // { text: 'Mr. Nowak', kind: 'name' }
 * describedName('the Treasury spokesman') // null
 */
export function describedName(phrase: string): Subject | null {
	const run = findNameRuns(phrase).at(-1);
	if (!run || run.end !== phrase.length || run.name === '' || isOrganisation(run.name)) return null;
	const before = phrase.slice(0, run.start).trim().split(/\s+/u).slice(1);
	const adjectives = before.every((word) => /^\p{Ll}[\p{L}-]*$/u.test(word) && !PREPOSITIONS.has(word) && personNoun(word) === null);
	return adjectives ? { text: run.text, kind: 'name' } : null;
}

/**
 * The phrase as a proper name, when one name run covers it (bar leading function words)
 * and that name is no organisation.
 *
 * @example
 * pureName('Marek Zielinski') // 'Marek Zielinski'
 * pureName('Director of the Baltic Policy Center') // null
 */
export function pureName(phrase: string): string | null {
	const runs = findNameRuns(phrase);
	const run = runs.at(-1);
	if (!run || runs.length !== 1 || run.end !== phrase.length || run.name === '') return null;
	if (!onlyStopwords(phrase.slice(0, run.start)) || DETERMINER.test(phrase)) return null;
	return isOrganisation(run.name) ? null : run.text;
}

/**
 * The last `the|a|an …` phrase ending the text, up to eight words, widened over a
 * prepositional object (`the spokesman for the ministry`).
 *
 * @example
 * determinerPhrase('comes after the defence ministry') // { text: 'the defence ministry', kind: 'group' }
 */
export function determinerPhrase(tail: string): Subject | null {
	const starts = [...tail.matchAll(/(?<![\p{L}\p{M}])(?:the|a|an)\s/giu)].map((match) => match.index);
	for (const start of starts.reverse()) {
		const phrase = tail.slice(start);
		if (phrase.split(/\s+/u).length > 8) return null;
		const previous = tail.slice(0, start).trim().split(/\s+/u).at(-1) ?? '';
		if (PREPOSITIONS.has(previous.toLowerCase())) continue;
		return { text: phrase, kind: roleWords(phrase) ? 'role' : 'group' };
	}
	return null;
}

/**
 * A short capitalised clause-initial phrase (or one opening with a possessive, `his wife`)
 * as a group; `null` for anything longer, or for function words alone (`When`, `One`).
 *
 * @example
 * shortPhrase('Freedonian officials') // { text: 'Freedonian officials', kind: 'group' }
 */
export function shortPhrase(tail: string): Subject | null {
	const text = tail.replace(/^(?:and|but|so|yet)\s+/iu, '');
	const words = text.split(/\s+/u);
	const possessed = /^(?:his|her|their|its)\s+\p{Ll}/u.test(text);
	if (words.length > 4 || !(/^\p{Lu}/u.test(text) || possessed) || onlyStopwords(text)) return null;
	if (words.some((word) => PREPOSITIONS.has(word) || OPAQUE.test(word))) return null;
	return { text, kind: 'group' };
}

/**
 * Whether a name run is an object (`for Joint Command`) or inside an article phrase (`the Palace`).
 *
 * @example
 * objectOrDetermined('the spokesman for Joint Command', findNameRuns('the spokesman for Joint Command')[0]!) // true
 */
export function objectOrDetermined(tail: string, run: NameRun): boolean {
	const previous = tail.slice(0, run.start).trim().split(/\s+/u).at(-1) ?? '';
	return PREPOSITIONS.has(previous.toLowerCase()) || /^(?:the|a|an)$/iu.test(previous);
}

/**
 * Whether a prefix holds only capitalised function words (`The`, `Despite`) or nothing.
 *
 * @example
 * onlyStopwords('Despite ') // true
 */
export function onlyStopwords(prefix: string): boolean {
	return prefix
		.trim()
		.split(/\s+/u)
		.every((word) => word === '' || LEADING_STOPWORDS.has(word));
}
