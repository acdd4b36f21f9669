/**
 * Capitalised name runs in text, and the parts of a name: title, surname, organisation or not.
 */
import { LEADING_STOPWORDS, ORGANISATION_NOUNS, PLACE_OPENERS, TITLES, TITLE_ABBREVIATIONS } from './lexicon.ts';
import { isNameParticle, PARTICLE_PATTERN, PREFIX_PATTERN, suffixCount, withoutNamePrefix } from '../text/name-parts.ts';
import { personNoun } from './people.ts';
import { QUOTE_MARKS } from '../text/quote-marks.ts';

/** A run of capitalised words: where it is, as written, and split into title and name. */
export interface NameRun {
	start: number;
	end: number;
	/** As written, possessive `’s` and leading function words removed: `Lt. Col. Ewa Lis`. */
	text: string;
	/** The title words dropped from the name: `Ruritanian President`, or ''. */
	title: string;
	/** The name without titles: `Karim Hadi`; '' when the run is only a title. */
	name: string;
}

const WORD = String.raw`(?:(?:${TITLE_ABBREVIATIONS.join('|')})\.|\p{Lu}\.(?=\s+\p{Lu})|(?:${PREFIX_PATTERN})-\p{Lu}[\p{L}\p{M}]*|\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)`;
/**
 * Capitalised words, joined by single spaces or a lower-case particle.
 *
 *     met Ruritanian President Karim al-Hadi and Lt. Col. Ewa Lis’s aide
 *         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^     ^^^^^^^^^^^^^^^^^^ (’s cut later)
 */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}'’-])${WORD}(?:\s+(?:(?:${PARTICLE_PATTERN})\s+)?${WORD})*`, 'gu');
const POSSESSIVE = /['’]s$/u;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?$/u;
/** What may stand between a sentence end and the name that opens the next sentence. */
const OPENING = new RegExp(String.raw`[\s${QUOTE_MARKS}(\[]`, 'u');

/**
 * Find the name runs in a text. A capitalised first word of a sentence is dropped when the
 * article also writes it in lower case (`common`), so `Smiling Nowak` files under `Nowak`.
 *
 * @example
 * findNameRuns('Despite Mr Nowak’s talk').map((run) => [run.text, run.name]) // [['Mr Nowak', 'Nowak']]
 */
export function findNameRuns(text: string, common: ReadonlySet<string> = new Set()): NameRun[] {
	const runs: NameRun[] = [];
	for (const match of text.matchAll(RUN)) {
		const words = [...match[0].matchAll(/\S+/gu)].map((word) => ({ at: match.index + word.index, word: word[0] }));
		let group: typeof words = [];
		let first = atSentenceStart(text, match.index);
		for (const entry of words) {
			group.push(entry);
			if (!POSSESSIVE.test(entry.word) && entry !== words.at(-1)) continue;
			const run = toRun(group, first ? common : new Set());
			if (run) runs.push(run);
			group = [];
			first = false;
		}
	}
	return runs;
}

function toRun(group: readonly { at: number; word: string }[], common: ReadonlySet<string>): NameRun | null {
	let from = 0;
	while (from < group.length && LEADING_STOPWORDS.has(group[from]?.word ?? '')) from++;
	// A title stays: `President` opens a name even where the article also writes `the president`.
	const first = group[0]?.word ?? '';
	if (from === 0 && common.has(first.toLowerCase()) && !TITLES.has(first.replace(/\.$/u, ''))) from = 1;
	let to = group.length;
	// A weekday after a name is a time, not part of it: `Mayor Jane Doe Monday`.
	while (to > from && (isNameParticle(group[to - 1]?.word ?? '') || WEEKDAY.test(group[to - 1]?.word ?? ''))) to--;
	const kept = group.slice(from, to);
	const head = kept[0];
	const tail = kept.at(-1);
	if (!head || !tail) return null;
	const last = tail.word.replace(POSSESSIVE, '');
	const words = [...kept.slice(0, -1).map((entry) => entry.word), last];
	const { title, name } = splitTitle(words);
	return { start: head.at, end: tail.at + last.length, text: words.join(' '), title, name };
}

/** Whether only spaces, quote marks and brackets stand between `at` and a sentence end (or the start). */
function atSentenceStart(text: string, at: number): boolean {
	// Step back over the marks one by one: only the characters right before the run are read.
	let end = at;
	while (end > 0 && OPENING.test(text[end - 1] ?? '')) end--;
	return end === 0 || /[.!?:;]/u.test(text[end - 1] ?? '');
}

/**
 * Split name words at the last title word: what comes after is the name.
 *
 * @example
 * splitTitle(['Ruritanian', 'President', 'Karim', 'Hadi']) // { title: 'Ruritanian President', name: 'Karim Hadi' }
 */
export function splitTitle(words: readonly string[]): { title: string; name: string } {
	let cut = 0;
	// Before a generational suffix stands the surname, never a title (`Martin King Jr.`).
	const suffixes = suffixCount(words);
	const titled = suffixes > 0 ? words.length - suffixes - 1 : words.length;
	words.slice(0, titled).forEach((word, index) => {
		// A person noun inside a run is a title too (`Party Organizer Anna Kowalski`), but not as its
		// first word, where it may be a given name (`Hunter`), nor as its last, the surname.
		const role = index > 0 && index < words.length - 1 - suffixes && personNoun(word)?.plural === false;
		if (TITLES.has(word.replace(/\.$/u, '')) || role) cut = index + 1;
	});
	return { title: words.slice(0, cut).join(' '), name: words.slice(cut).join(' ') };
}

/**
 * The key a surname is filed under: its last word before any generational suffix, without a
 * hyphenated particle.
 *
 * @example
 * surnameKey('Karim al-Hadi') // 'Hadi'
 * surnameKey('Karim Hadi Jr.') // 'Hadi'
 */
export function surnameKey(name: string): string {
	return withoutNamePrefix(surnameWord(name));
}

/** The surname as written: the last word before any generational suffix. */
function surnameWord(name: string): string {
	const words = name.split(' ');
	return words[words.length - 1 - suffixCount(words)] ?? '';
}

/**
 * Whether a capitalised name is an organisation, place or date rather than a person: its head
 * noun says so (`Defense Ministry`, `Friday`), it opens like a place (`North …`, `New …`), or it
 * ends in an acronym (`NPA`, `OECD`).
 *
 * @example
 * isOrganisation('Freedonian Federation') // true
 * isOrganisation('New Freedonia') // true
 * isOrganisation('Marek Zielinski') // false
 */
export function isOrganisation(name: string): boolean {
	const words = name.split(' ');
	const last = surnameWord(name);
	if (words.length > 1 && PLACE_OPENERS.has(words[0] ?? '')) return true;
	return ORGANISATION_NOUNS.has(last) || /^\p{Lu}{2,}$/u.test(last);
}
