/**
 * What one article knows about its people: every name run per paragraph, the fullest form of
 * each surname, and which surnames are people (said with an honorific or a titled full name).
 */
import { HONORIFICS } from './lexicon.ts';
import { findNameRuns, isOrganisation, surnameKey, type NameRun } from './names.ts';

/** Name runs of one article, per paragraph, with the lookups built from them. */
export interface NameIndex {
	runs: readonly (readonly NameRun[])[];
	/** Surname key -> the fullest form the article writes, e.g. `Putin` -> `Vladimir Putin`. */
	fullest: ReadonlyMap<string, string>;
	/** Surname keys the article marks as people: `Mr Assad`, `President Vladimir Putin`. */
	people: ReadonlySet<string>;
}

/**
 * Index the names of an article's paragraphs.
 *
 * @example
 * indexNames(['President Vladimir Putin spoke.', 'Mr Putin left.']).fullest.get('Putin') // 'Vladimir Putin'
 */
export function indexNames(texts: readonly string[]): NameIndex {
	const common = lowerCaseWords(texts);
	const runs = texts.map((text) => findNameRuns(text, common));
	const named = runs.flat().filter((run) => run.name !== '' && !isOrganisation(run.name));
	const people = new Set(named.filter(isMarkedPerson).map((run) => surnameKey(run.name)));
	return { runs, fullest: fullestForms(named.map((run) => run.name)), people };
}

/**
 * Resolve a surname-only name to the fullest form the article writes; longer names stay.
 *
 * @example
 * canonicalName(indexNames(['Syrian President Bashar Assad came.']), 'Assad') // 'Bashar Assad'
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
 * isPersonName(indexNames(['Mr Putin came.']), 'Putin') // true
 * isPersonName(indexNames(['Russia came.']), 'Russia') // false
 */
export function isPersonName(index: NameIndex, name: string): boolean {
	if (name === '' || isOrganisation(name)) return false;
	return name.includes(' ') || index.people.has(surnameKey(name));
}

/**
 * The most recently mentioned marked person before an offset of a paragraph, looking back
 * through earlier paragraphs; `null` when the article has none.
 *
 * @example
 * const index = indexNames(['Mr Smith arrived.', 'Later, he spoke.']);
 * lastMentionedPerson(index, 1, 6) // 'Smith'
 */
export function lastMentionedPerson(index: NameIndex, paragraph: number, offset: number): string | null {
	for (let at = Math.min(paragraph, index.runs.length - 1); at >= 0; at--) {
		const runs = (index.runs[at] ?? []).filter((run) => at < paragraph || run.end <= offset);
		for (const run of [...runs].reverse()) {
			const name = canonicalName(index, run.name);
			if (index.people.has(surnameKey(run.name)) && isPersonName(index, name)) return name;
		}
	}
	return null;
}

/**
 * The person whose written title contains every word of a role phrase's modifiers and head,
 * e.g. `the Syrian president` -> the run `Syrian President Bashar Assad`. Needs at least one
 * modifier (a bare `the president` is ambiguous); the latest such mention wins.
 *
 * @example
 * roleHolder(indexNames(['Syrian President Bashar Assad met him.']), ['syrian', 'president']) // 'Bashar Assad'
 */
export function roleHolder(index: NameIndex, roleWords: readonly string[]): string | null {
	if (roleWords.length < 2) return null;
	const holders = index.runs.flat().filter((run) => {
		const title = run.title.toLowerCase().split(' ');
		return run.name !== '' && roleWords.every((word) => title.includes(word));
	});
	const holder = holders.at(-1);
	return holder ? canonicalName(index, holder.name) : null;
}

function isMarkedPerson(run: NameRun): boolean {
	const title = run.title.split(' ');
	return title.some((word) => HONORIFICS.has(word.replace(/\.$/u, ''))) || (run.title !== '' && run.name.includes(' '));
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
