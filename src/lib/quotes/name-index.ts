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
	/** Mentions of marked people in reading order, each with its resolved name. */
	mentions: readonly PersonMention[];
	/** Lower-case title word -> the named runs whose title has it, in reading order. */
	titleWords: ReadonlyMap<string, readonly NameRun[]>;
	/** roleHolder's answers so far, by role words: the same role is often asked of every quote. */
	roles: Map<string, string | null>;
}

/** Where a marked person is mentioned: paragraph, end offset of the mention, resolved name. */
export interface PersonMention {
	paragraph: number;
	end: number;
	name: string;
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
	const fullest = fullestForms(named.map((run) => run.name));
	const index: NameIndex = { runs, fullest, people, mentions: [], titleWords: titleWordIndex(runs), roles: new Map() };
	return { ...index, mentions: personMentions(index) };
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
	// Binary search: mentions are in reading order, and "before the offset" holds for a prefix of them.
	let low = 0;
	let high = index.mentions.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const mention = index.mentions[middle];
		const before = mention !== undefined && (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.end <= offset));
		if (before) low = middle + 1;
		else high = middle;
	}
	return index.mentions[low - 1]?.name ?? null;
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
	const key = roleWords.join(' ');
	const known = index.roles.get(key);
	if (known !== undefined) return known;
	// Walk back through the runs that hold the rarest of the words, not through every run.
	const lists = roleWords.map((word) => index.titleWords.get(word) ?? []);
	const rarest = lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
	let holder: string | null = null;
	for (let at = rarest.length - 1; at >= 0 && holder === null; at--) {
		const run = rarest[at];
		const title = run?.title.toLowerCase().split(' ') ?? [];
		if (run && roleWords.every((word) => title.includes(word))) holder = canonicalName(index, run.name);
	}
	index.roles.set(key, holder);
	return holder;
}

/** Every mention of a marked person, in reading order, with the name it resolves to. */
function personMentions(index: NameIndex): PersonMention[] {
	return index.runs.flatMap((runs, paragraph) =>
		runs.flatMap((run) => {
			const name = canonicalName(index, run.name);
			return index.people.has(surnameKey(run.name)) && isPersonName(index, name) ? [{ paragraph, end: run.end, name }] : [];
		}),
	);
}

/** Lower-case title word -> the named runs with it in their title, in reading order. */
function titleWordIndex(runs: readonly (readonly NameRun[])[]): Map<string, NameRun[]> {
	const holders = new Map<string, NameRun[]>();
	for (const run of runs.flat()) {
		if (run.name === '') continue;
		for (const word of new Set(run.title.toLowerCase().split(' '))) {
			const list = holders.get(word) ?? [];
			list.push(run);
			holders.set(word, list);
		}
	}
	return holders;
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
