/**
 * What one article knows about its people: every name run per paragraph, the fullest form of
 * each surname, which surnames are people (an honorific, a title, a description headed by a
 * person noun, `, who`, a middle initial), how each is described, and their gender where shown.
 */
import { describeMention } from './descriptions.ts';
import { HONORIFICS } from './lexicon.ts';
import { findNameRuns, isOrganisation, surnameKey, type NameRun } from './names.ts';
import { nounGender } from './people.ts';
import type { Gender } from './salience.ts';

/** Name runs of one article, per paragraph, with the lookups built from them. */
export interface NameIndex {
	runs: readonly (readonly NameRun[])[];
	/** Surname key -> the fullest form the article writes, e.g. `Nowak` -> `Piotr Nowak`. */
	fullest: ReadonlyMap<string, string>;
	/** Surname keys the article marks as people: `Mr Hadi`, `President Piotr Nowak`. */
	people: ReadonlySet<string>;
	/** Description word -> where a person is described with it, in reading order (see descriptions.ts). */
	described: ReadonlyMap<string, readonly PersonMention[]>;
	/** Every description word of each person, by resolved name. */
	descriptions: ReadonlyMap<string, ReadonlySet<string>>;
	/** Gender by resolved name, from honorifics and gendered description nouns. */
	genders: ReadonlyMap<string, Gender>;
}

/** Capitalised nouns for party members and leanings, which describe people rather than name them. */
const PARTY_NOUNS = /^(?:Republicans?|Democrats?|Independents?|Conservatives?|Liberals?|Progressives?|Socialists?|Libertarians?)$/u;

/** Where a person is mentioned: paragraph, end offset of the mention, resolved name. */
export interface PersonMention {
	paragraph: number;
	end: number;
	name: string;
}

/**
 * Index the names of an article's paragraphs.
 *
 * @example
 * indexNames(['President Piotr Nowak spoke.', 'Mr Nowak left.']).fullest.get('Nowak') // 'Piotr Nowak'
 */
export function indexNames(texts: readonly string[]): NameIndex {
	const common = lowerCaseWords(texts);
	const runs = texts.map((text) => findNameRuns(text, common));
	const found = runs.flatMap((list, paragraph) =>
		list
			.filter((run) => run.name !== '' && !isOrganisation(run.name))
			.map((run) => ({ run, paragraph, ...describeMention(texts[paragraph] ?? '', run) })),
	);
	const people = new Set(
		found.filter((entry) => isMarkedPerson(entry.run) || entry.person || entry.who).map((entry) => surnameKey(entry.run.name)),
	);
	const fullest = fullestForms(found.map((entry) => entry.run.name));
	const index: NameIndex = { runs, fullest, people, described: new Map(), descriptions: new Map(), genders: new Map() };
	const described = new Map<string, PersonMention[]>();
	const descriptions = new Map<string, Set<string>>();
	const genders = new Map<string, Gender>();
	for (const { run, paragraph, words } of found) {
		const name = canonicalName(index, run.name);
		const gender = genderOf(run, words);
		if (gender !== null && !genders.has(name)) genders.set(name, gender);
		const own = descriptions.get(name) ?? new Set();
		descriptions.set(name, own);
		for (const word of new Set(words)) {
			own.add(word);
			const list = described.get(word) ?? [];
			list.push({ paragraph, end: run.end, name });
			described.set(word, list);
		}
	}
	return { ...index, described, descriptions, genders };
}

/**
 * Resolve a surname-only name to the fullest form the article writes; longer names stay.
 *
 * @example
 * canonicalName(indexNames(['Ruritanian President Karim Hadi came.']), 'Hadi') // 'Karim Hadi'
 */
export function canonicalName(index: NameIndex, name: string): string {
	if (name.includes(' ')) return name;
	return index.fullest.get(surnameKey(name)) ?? name;
}

/**
 * Whether a resolved name reads as a person: not an organisation, and either a full name
 * or a surname the article gives an honorific or title.
 *
 * @example
 * isPersonName(indexNames(['Mr Nowak came.']), 'Nowak') // true
 * isPersonName(indexNames(['Freedonia came.']), 'Freedonia') // false
 * isPersonName(indexNames(['The Ohio Republican came.']), 'Ohio Republican') // false
 */
export function isPersonName(index: NameIndex, name: string): boolean {
	// A name ending in a party noun is a description (`Ohio Republican`), not a person's name.
	if (name === '' || isOrganisation(name) || PARTY_NOUNS.test(name.split(' ').at(-1) ?? '')) return false;
	return name.includes(' ') || index.people.has(surnameKey(name));
}

/** The gender an honorific (`Mr`, `Ms`) or a gendered description noun (`spokeswoman`) shows. */
function genderOf(run: NameRun, words: readonly string[]): Gender | null {
	const honorific = run.title.split(' ').map((word) => word.replace(/\.$/u, ''));
	if (honorific.includes('Mr')) return 'm';
	if (honorific.some((word) => ['Mrs', 'Ms', 'Miss'].includes(word))) return 'f';
	return words.map(nounGender).find((gender) => gender !== null) ?? null;
}

/** An honorific, a title before a full name, or a middle initial (`Anna K. Kowalski`) marks a person. */
function isMarkedPerson(run: NameRun): boolean {
	const title = run.title.split(' ');
	if (title.some((word) => HONORIFICS.has(word.replace(/\.$/u, '')))) return true;
	return (run.title !== '' && run.name.includes(' ')) || /\S \p{Lu}\. \S/u.test(run.name);
}

/** Per surname key: most words, then most often written, then first written. */
function fullestForms(names: readonly string[]): Map<string, string> {
	const counts = new Map<string, number>();
	for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
	const fullest = new Map<string, string>();
	for (const name of counts.keys()) {
		const key = surnameKey(name);
		const best = fullest.get(key);
		if (best === undefined || outranks(name, best, counts)) fullest.set(key, name);
	}
	return fullest;
}

function outranks(name: string, best: string, counts: ReadonlyMap<string, number>): boolean {
	const words = name.split(' ').length - best.split(' ').length;
	if (words !== 0) return words > 0;
	return (counts.get(name) ?? 0) > (counts.get(best) ?? 0);
}

function lowerCaseWords(texts: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const text of texts) {
		for (const match of text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) words.add(match[0]);
	}
	return words;
}
