/**
 * Spellings of one name across articles — transliterations such as Halvenka / Khalvenka /
 * Halveenka, and particles such as Karim Tamrani / Karim al-Tamrani — found from the text.
 */
import type { NameVariantGroup } from '../schema.ts';
import { distance as editDistance } from 'fastest-levenshtein';
import { byCodePoint } from '../text/order.ts';
import { DisjointSets } from '../text/disjoint-sets.ts';
import { isNameParticle, PARTICLE_PATTERN, PREFIX_PATTERN, suffixCount, withoutNamePrefix } from '../text/name-parts.ts';
import { stripAccents } from '../text/tokens.ts';

/** One text to look for names in, and the article it belongs to. */
export interface NameSource {
	articleId: string;
	text: string;
}

/**
 * Single words shorter than this are not grouped: among five-letter names one or two edits
 * already join different people (Maria / Mario, Paris / Peres).
 */
const MIN_VARIANT_LENGTH = 6;

/** A capitalised word, perhaps with a particle prefix: `Tamrani`, `al-Tamrani`, `Velgrad’s`. */
const NAME_WORD = `(?:(?:${PREFIX_PATTERN})-)?\\p{Lu}\\p{L}*(?:[’'-]\\p{L}+)*`;

/**
 * A run of capitalised words, optionally joined by particles or middle initials.
 * `by Velgradian President Karim al Tamrani at the harbour`
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ one name run
 */
const NAME_RUN = new RegExp(`${NAME_WORD}(?: +(?:(?:${PARTICLE_PATTERN}) +|(?:\\p{Lu}\\. +){1,2})?${NAME_WORD})*`, 'gu');
/** An acronym, with full stops or without: `N.P.A.`, `NPA` (one spelling, however dotted). */
const ACRONYM = /(?<![\p{L}\p{N}.])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}(?![\p{L}\p{N}]))/gu;
/** A middle initial: `D.` */
const INITIAL = /^\p{Lu}\.$/u;

interface Surface {
	text: string;
	count: number;
	articles: Set<string>;
}

/**
 * Group the spellings of names that vary across the texts. Two single words are variants when
 * their consonant skeletons match and they are a few edits apart; two multi-word names are
 * variants when they differ only in particles, hyphens, middle initials or a suffix (or one letter
 * inside a long given name); an acronym is one name with or without full stops. A capitalised word
 * that the texts also write in lower case (`Minister` / `minister`) is a common word, not a name;
 * a word that only ever comes before another name word is a first name (`Jaroslav` Kettu,
 * `Jaroslaw` Brenn), which may belong to different people, and is left alone.
 *
 * @example
 * findNameVariants([{ articleId: 'a', text: 'at Halvenka' }, { articleId: 'b', text: 'at Khalvenka' }])
 * // [{ canonical: 'Halvenka', variants: [{ text: 'Halvenka', … }, { text: 'Khalvenka', … }] }]
 */
export function findNameVariants(sources: readonly NameSource[]): NameVariantGroup[] {
	const words = new Map<string, Surface>();
	const phrases = new Map<string, Surface>();
	const lowerCase = new Set(sources.flatMap(({ text }) => text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}])/gu) ?? []));
	const last = new Set<string>();
	const acronyms = new Map<string, Surface>();
	for (const { articleId, text } of sources) {
		for (const [acronym] of text.matchAll(ACRONYM)) count(acronyms, acronym, articleId);
		for (const match of text.matchAll(NAME_RUN)) {
			const written = match[0].replace(/[’']s$/u, '').split(' ');
			// A generational suffix (`III`) is no name word: the surname is the word before it.
			const parts = written.slice(0, written.length - suffixCount(written));
			const names = parts
				.filter((part) => !isNameParticle(part) && !INITIAL.test(part))
				.map((part) => withoutNamePrefix(part).replace(/[’']s$/u, ''));
			for (const word of names) count(words, word, articleId);
			last.add(names.at(-1) ?? '');
			const name = personName(parts);
			if (name) count(phrases, name, articleId);
		}
	}
	// A common word is also written in lower case; a first name is never the last word of a name;
	// a word in capitals (a dateline's `VELGRAD`, an acronym) is the same name shouted, not another spelling.
	for (const word of words.keys()) if (lowerCase.has(word.toLowerCase()) || !last.has(word) || !/\p{Ll}/u.test(word)) words.delete(word);
	for (const phrase of phrases.keys()) if (!/\p{Ll}/u.test(phrase)) phrases.delete(phrase);
	const groups = [...groupPhrases(phrases), ...groupWords(words), ...groupBy(acronyms, (acronym) => acronym.replaceAll('.', ''))];
	return groups.map(toGroup).toSorted((a, b) => byCodePoint(a.canonical, b.canonical));
}

/**
 * The last two name words of a run, with any particles or initials between them: the part of
 * `Velgradian President Karim al Tamrani` that spells the person, `Karim al Tamrani`.
 */
function personName(parts: string[]): string | undefined {
	const names = parts.flatMap((part, index) => (isNameParticle(part) || INITIAL.test(part) ? [] : [index]));
	const from = names.at(-2);
	return from === undefined ? undefined : parts.slice(from).join(' ');
}

function count(map: Map<string, Surface>, text: string, articleId: string): void {
	const entry = map.get(text) ?? { text, count: 0, articles: new Set<string>() };
	entry.count++;
	entry.articles.add(articleId);
	map.set(text, entry);
}

/**
 * The key of a multi-word name: particles, hyphenated particle prefixes and middle initials dropped.
 *
 * @example
 * phraseKey('Karim al-Tamrani') // 'karim tamrani'
 * phraseKey('Karim S. Tamrani') // 'karim tamrani'
 */
export function phraseKey(name: string): string {
	return name
		.split(/\s+/)
		.filter((part) => !INITIAL.test(part))
		.map((part) => part.toLowerCase())
		.filter((part) => !isNameParticle(part))
		.map(withoutNamePrefix)
		.join(' ');
}

/** The middle initials of a name, in order: `Anna K. Nowak` -> `K.` */
function initialsOf(name: string): string {
	return name
		.split(/\s+/)
		.filter((part) => INITIAL.test(part))
		.join(' ');
}

/**
 * The consonant skeleton of a word: transliteration pairs folded, vowels dropped.
 *
 * @example
 * skeleton('Khalvenka') // 'hlvnk'
 * skeleton('Marvouda') // 'mrvd'
 */
export function skeleton(word: string): string {
	return withoutNamePrefix(stripAccents(word).toLowerCase())
		.replace(/kh/gu, 'h')
		.replace(/[aeiouy’'-]/gu, '')
		.replace(/(.)\1+/gu, '$1');
}

/** A given name shorter than this is never respelled: one letter turns Maria into Mario, Jon into Joan. */
const MIN_GIVEN_NAME_LENGTH = 6;

/**
 * Multi-word names: the same key (particles and hyphens aside), or the same surname after a
 * given name with one letter more or less inside it (`Marcello` / `Marcelo`). A letter added at
 * either end is another name (`Daniel` / `Daniela`, `Paul` / `Paula`), and so is a letter changed
 * (`Maria` / `Mario`).
 */
function groupPhrases(phrases: Map<string, Surface>): Surface[][] {
	const buckets = new Map<string, Surface[]>();
	for (const surface of phrases.values()) {
		const key = phraseKey(surface.text);
		buckets.set(key, [...(buckets.get(key) ?? []), surface]);
	}
	// Different middle initials are different people (`Jan H. W. Dorp`, `Jan W. Dorp`): such a key is ambiguous, and left alone.
	for (const [key, bucket] of buckets)
		if (new Set(bucket.map((surface) => initialsOf(surface.text)).filter(Boolean)).size > 1) buckets.delete(key);
	const keys = [...buckets.keys()];
	const sets = new DisjointSets(keys.length);
	const at = new Map(keys.map((key, index) => [key, index]));
	keys.forEach((key, index) => {
		const [given = '', ...rest] = key.split(' ');
		if (rest.length === 0 || given.length <= MIN_GIVEN_NAME_LENGTH) return;
		// Every form of the given name with one inner letter dropped, looked up among the keys.
		for (let drop = 1; drop < given.length - 1; drop++) {
			const other = at.get([given.slice(0, drop) + given.slice(drop + 1), ...rest].join(' '));
			if (other !== undefined) sets.union(index, other);
		}
	});
	return sets
		.groups()
		.map((group) => group.flatMap((index) => buckets.get(keys[index]!) ?? []))
		.filter((group) => group.length > 1);
}

function groupBy(map: Map<string, Surface>, key: (text: string) => string): Surface[][] {
	const buckets = new Map<string, Surface[]>();
	for (const surface of map.values()) {
		const bucket = buckets.get(key(surface.text)) ?? [];
		bucket.push(surface);
		buckets.set(key(surface.text), bucket);
	}
	return [...buckets.values()].filter((bucket) => bucket.length > 1);
}

/**
 * The most distinct words one consonant skeleton may hold and still be compared pair by pair.
 * A name is spelled a handful of ways; thousands of words on one skeleton are generated or
 * hostile text, and comparing them all would be quadratic.
 */
export const MAX_SKELETON_WORDS = 32;

/** Single words: same skeleton, and linked by small edit distances (chains allowed). */
function groupWords(words: Map<string, Surface>): Surface[][] {
	const candidates = new Map([...words].filter(([text]) => text.length >= MIN_VARIANT_LENGTH && skeleton(text).length >= 2));
	return groupBy(candidates, skeleton)
		.filter((bucket) => bucket.length <= MAX_SKELETON_WORDS)
		.flatMap((bucket) => linked(bucket));
}

function linked(bucket: Surface[]): Surface[][] {
	const sets = new DisjointSets(bucket.length);
	bucket.forEach((a, i) =>
		bucket.forEach((b, j) => {
			if (j > i && spellingsOfOneName(a.text.toLowerCase(), b.text.toLowerCase())) sets.union(i, j);
		}),
	);
	return sets
		.groups()
		.filter((group) => group.length > 1)
		.map((group) => group.map((index) => bucket[index]!));
}

/**
 * Two words a few edits apart, unless one is the other with a derivational ending
 * (`Velgrad` / `Velgradian`, `Dorvia` / `Dorvian`): a demonym is not a spelling.
 */
function spellingsOfOneName(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const base = short.replace(/[aeiouy]$/u, '');
	if (long.startsWith(base) && /^[aeiouy]?(?:ian|ean|an|ia|n|ese|ish|i|s|ns)$/u.test(long.slice(base.length))) return false;
	return editDistance(a, b) <= long.length * 0.4;
}

/**
 * A function that gives the canonical spelling of a name: of the whole name, else of its
 * last word (a surname). First names are left alone: Maria is never Mario.
 *
 * @example
 * const canonical = canonicalSpelling(groups) // groups hold Velinsky / Velinskiy
 * canonical('Marek Velinskiy') // 'Marek Velinsky'
 * canonical('Marek Velinskiy Jr.') // 'Marek Velinsky Jr.'
 */
export function canonicalSpelling(groups: readonly NameVariantGroup[]): (name: string) => string {
	const spelling = new Map(groups.flatMap((group) => group.variants.map((variant) => [variant.text, group.canonical] as const)));
	return (name) => {
		const words = name.split(' ');
		const suffixes = words.splice(words.length - suffixCount(words));
		const whole = spelling.get(name) ?? spelling.get(words.join(' '));
		if (whole) return whole;
		const last = words.pop() ?? '';
		return [...words, spelling.get(last) ?? last, ...suffixes].join(' ');
	};
}

function toGroup(surfaces: Surface[]): NameVariantGroup {
	const variants = surfaces
		.map((surface) => ({ text: surface.text, count: surface.count, articles: [...surface.articles].toSorted() }))
		.toSorted((a, b) => b.count - a.count || byCodePoint(a.text, b.text));
	return { canonical: variants[0]?.text ?? '', variants };
}
