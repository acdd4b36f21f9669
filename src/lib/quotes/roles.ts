/**
 * A role (`the spokesman`, `the Oregon senator`) -> the named person the article introduced
 * with it: a person whose title or description holds the role's head noun, or a word for the
 * same office (`Rep.` holds `the lawmaker`); modifiers (`Oregon`) pick among several holders,
 * then salience does. A role nobody was introduced with is read as a definite description
 * of the previous sentence's subject, else of the most salient person (`Anna Kowalski spoke.
 * The former mayor said …`), unless that
 * person holds another office (a `Rep.` is never `the reporter`).
 */
import type { NameIndex, PersonMention } from './name-index.ts';
import { isOffice, officeWords, sameOffice } from './people.ts';
import { mostSalient, ranked, type Discourse } from './salience.ts';
import { TITLE_ABBREVIATIONS } from './lexicon.ts';
import { firstIndex } from '../text/order.ts';

/** Where a role is read: paragraph, offset, sentence number. */
export interface Where {
	paragraph: number;
	at: number;
	sentence: number;
}

/**
 * The person a role refers to: its holder when one matches the role's modifiers (or the role
 * has none), else the subject of the sentence before or a salient person who holds no other
 * office, one described with the role's modifiers first; null when nobody fits.
 *
 * @example
 * roleReferent(index, ['former', 'mayor'], discourse, where) // 'Anna Kowalski'
 */
export function roleReferent(index: NameIndex, words: readonly string[], discourse: Discourse, where: Where): string | null {
	const holder = roleHolder(index, words, discourse, where);
	const head = words.at(-1) ?? '';
	if (
		holder !== null &&
		(words.length === 1 || words.slice(0, -1).some((modifier) => describes(index.descriptions.get(holder), modifier)))
	) {
		return holder;
	}
	// Centering: a description most often continues the subject of the sentence before.
	const center = discourse.lastSubject;
	const previous = center !== null && center.sentence >= where.sentence - 1 && center.sentence < where.sentence ? [center.key] : [];
	const free = [...new Set([...previous, ...ranked(discourse, where, false).slice(0, 4)])].filter(
		(name) => !holdsOtherOffice(index, name, head),
	);
	const modifiers = words.slice(0, -1);
	const described = free.find((name) => modifiers.some((modifier) => describes(index.descriptions.get(name), modifier)));
	return described ?? free[0] ?? holder;
}

/** Whether a person is described with an office other than the role's (`Sen.` is no `reporter`). */
function holdsOtherOffice(index: NameIndex, name: string, head: string): boolean {
	return [...(index.descriptions.get(name) ?? [])].some((word) => isOffice(word) && !sameOffice(word, head));
}

/**
 * The holder of a role given as lower-case words, modifiers first and head noun last.
 *
 * @example
 * const index = indexNames(['Sen. Anna Kowalski (R-Ore.) spoke.', 'Sen. Piotr Nowak (D-Vt.) spoke.']);
 * roleHolder(index, createDiscourse(), ['oregon', 'senator'], { paragraph: 2, at: 0, sentence: 2 }) // 'Anna Kowalski'
 */
export function roleHolder(index: NameIndex, words: readonly string[], discourse: Discourse, where: Where): string | null {
	const head = words.at(-1);
	if (head === undefined) return null;
	const { mentions, named } = holdersOf(index, head);
	if (named.length === 0) return null;
	const modifiers = words.slice(0, -1);
	const scores = named.map((name) => modifiers.filter((modifier) => describes(index.descriptions.get(name), modifier)).length);
	const best = Math.max(...scores);
	const holders = named.filter((_name, at) => scores[at] === best);
	if (holders.length === 1) return holders[0] ?? null;
	return mostSalient(discourse, holders, where) ?? latestBefore(mentions, holders, where) ?? holders[0] ?? null;
}

/** The mentions of people described with an office, in reading order, and their names; computed once per office word. */
function holdersOf(index: NameIndex, head: string): { mentions: PersonMention[]; named: string[] } {
	const known = HOLDERS.get(index)?.get(head);
	if (known) return known;
	const mentions = officeWords(head)
		.flatMap((word) => index.described.get(word) ?? [])
		.sort((left, right) => left.paragraph - right.paragraph || left.end - right.end);
	const found = { mentions, named: [...new Set(mentions.map((mention) => mention.name))] };
	const cache = HOLDERS.get(index) ?? new Map();
	HOLDERS.set(index, cache.set(head, found));
	return found;
}

/** Holders per article index and office word: a role is asked of many quotes. */
const HOLDERS = new WeakMap<NameIndex, Map<string, { mentions: PersonMention[]; named: string[] }>>();

/** The last of some holders mentioned before a point, by binary search over mentions in reading order. */
function latestBefore(mentions: readonly PersonMention[], holders: readonly string[], where: Where): string | null {
	const low = firstIndex(mentions, (mention) => !before(mention, where));
	// Holders are few (a modifier tie); step back over mentions of others, at most a few.
	for (let at = low - 1; at >= Math.max(0, low - 16); at--) {
		const name = mentions[at]?.name;
		if (name !== undefined && holders.includes(name)) return name;
	}
	return null;
}

/**
 * Whether a description has a modifier, or its abbreviation (`ore` for `oregon`, `vt` for `vermont`).
 *
 * @example
 * describes(new Set(['sen', 'ore']), 'oregon') // true
 */
export function describes(words: ReadonlySet<string> | undefined, modifier: string): boolean {
	if (!words) return false;
	if (words.has(modifier)) return true;
	// A title abbreviation (`rep`, `sen`, `gov`) names an office, not a modifier: `rep` is no `republican`.
	for (const word of words) if (word.length >= 3 && !TITLE_KEYS.has(word) && modifier.startsWith(word)) return true;
	return false;
}

const TITLE_KEYS = new Set(TITLE_ABBREVIATIONS.map((title) => title.toLowerCase()));

function before(mention: PersonMention, where: Where): boolean {
	return mention.paragraph < where.paragraph || (mention.paragraph === where.paragraph && mention.end <= where.at);
}
