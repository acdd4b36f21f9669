/**
 * The small words and marks of names, kept once for every reader of names: the lower-case
 * particles that sit inside a name (`Charles de Gaulle`, `Jan van Dorp`), the hyphenated
 * prefixes a surname may carry (`al-Bashir`, `as-Sadr`) and the generational suffixes after it
 * (`Jr.`, `III`), before which the surname stands. Particles and prefixes differ on purpose: a
 * free-standing particle joins two capitalised words into one name, so it must not be an
 * everyday English word (`as`, `an`, `at` are prefixes only when hyphenated).
 */

/**
 * Lower-case words that sit inside names between capitalised words.
 *
 * @example
 * NAME_PARTICLES.includes('van') // true
 */
export const NAME_PARTICLES = [
	'al',
	'el',
	'bin',
	'ibn',
	'abu',
	'ben',
	'de',
	'da',
	'di',
	'du',
	'del',
	'della',
	'der',
	'den',
	'van',
	'von',
	'la',
	'le',
	'dos',
	'das',
	'ter',
] as const;

/**
 * Lower-case prefixes joined to a surname by a hyphen; the surname is filed without them
 * (Arabic `al-` and its assimilated forms, patronymic `bin-`, `ibn-`, `abu-`).
 *
 * @example
 * NAME_PREFIXES.includes('ash') // true
 */
export const NAME_PREFIXES = ['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'abu'] as const;

const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** The particles as a regular-expression alternation: `al|el|…`. */
export const PARTICLE_PATTERN = NAME_PARTICLES.join('|');

/** The prefixes as a regular-expression alternation, without the hyphen: `al|el|…`. */
export const PREFIX_PATTERN = NAME_PREFIXES.join('|');

const HYPHEN_PREFIX = new RegExp(`^(?:${PREFIX_PATTERN})-`, 'u');

/**
 * Whether a word is a free-standing name particle (lower case, as written).
 *
 * @example
 * isNameParticle('von') // true
 * isNameParticle('Von') // false
 */
export function isNameParticle(word: string): boolean {
	return PARTICLE_SET.has(word);
}

/**
 * A name word without its hyphenated prefix.
 *
 * @example
 * withoutNamePrefix('al-Bashir') // 'Bashir'
 * withoutNamePrefix('Al-Bashir') // 'Al-Bashir'
 */
export function withoutNamePrefix(word: string): string {
	return word.replace(HYPHEN_PREFIX, '');
}

/**
 * Generational suffixes written after a surname, without their full stop.
 *
 * @example
 * NAME_SUFFIXES.includes('III') // true
 */
export const NAME_SUFFIXES = ['Jr', 'Sr', 'II', 'III', 'IV'] as const;

const SUFFIX_SET: ReadonlySet<string> = new Set(NAME_SUFFIXES);

/**
 * Whether a word is a generational suffix (`Jr.`, `Jr`, `Sr.,`, `III`).
 *
 * @example
 * isNameSuffix('Jr.') // true
 * isNameSuffix('Junior') // false
 */
export function isNameSuffix(word: string): boolean {
	return SUFFIX_SET.has(word.replace(/[.,]+$/u, ''));
}

/**
 * How many words at the end of a name are generational suffixes: the surname is the word before.
 *
 * @example
 * suffixCount(['Anna', 'K.', 'Nowak', 'III']) // 1
 */
export function suffixCount(words: readonly string[]): number {
	let count = 0;
	// The first word is never a suffix: a lone `II` is no name with a suffix.
	while (count < words.length - 1 && isNameSuffix(words[words.length - 1 - count] ?? '')) count++;
	return count;
}
