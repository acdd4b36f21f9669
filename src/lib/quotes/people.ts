/**
 * Nouns that denote people, as news prose uses them to describe a speaker (`the spokesman`,
 * `a Republican lawmaker`, `federal prosecutors`): which nouns they are, their gender where
 * the word says it, and which office words name the same office (`Rep.` and `congressman`).
 * Every noun listed has a noun.person sense in WordNet (tests/lib/quotes/people.test.ts checks).
 */

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/u).filter(Boolean));
}

/**
 * Person nouns in their singular, lower case.
 *
 * @example
 * PERSON_NOUNS.has('spokesman') // true
 */
export const PERSON_NOUNS = words(`
	official spokesman spokeswoman spokesperson representative lawyer attorney counsel journalist
	reporter correspondent editor columnist commentator analyst blogger publisher writer author host
	anchor producer photographer cameraman interviewer president leader chairman chairwoman director
	founder organizer organiser activist campaigner advocate member delegate senator congressman
	congresswoman lawmaker legislator governor mayor minister secretary premier chancellor ambassador
	envoy diplomat adviser advisor aide assistant deputy chief commander general colonel officer
	soldier sergeant captain lieutenant admiral marshal prosecutor judge investigator detective agent
	inspector sheriff candidate nominee challenger incumbent hopeful front-runner executive manager owner employee
	worker staffer volunteer professor researcher scientist expert economist historian scholar teacher
	student doctor physician nurse surgeon supporter critic opponent rival ally backer protester
	demonstrator voter resident citizen immigrant migrant refugee witness victim suspect defendant
	plaintiff father mother son daughter brother sister wife husband widow widower child parent
	grandmother grandfather uncle aunt cousin friend neighbor neighbour man woman boy girl person guy
	lady gentleman priest pastor rabbi imam bishop pope cleric king queen prince princess monarch
	emperor republican democrat conservative liberal progressive entrepreneur businessman
	businesswoman tycoon billionaire millionaire mogul celebrity player coach athlete operative
	strategist consultant pollster lobbyist fan novice veteran militant fighter rebel guard pilot`);

/** Irregular plurals of person nouns. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
	['people', 'person'],
	['children', 'child'],
	['men', 'man'],
	['women', 'woman'],
]);

/**
 * Gender a person noun states: `spokeswoman` is a woman, `congressman` a man.
 *
 * @example
 * nounGender('spokeswoman') // 'f'
 * nounGender('lawmaker') // null
 * nounGender('press') // null
 */
export function nounGender(noun: string): 'm' | 'f' | null {
	const word = noun.toLowerCase();
	// Only a person noun has a gender: `press` and `business` end like `princess` but are none.
	if (personNoun(word) === null) return null;
	if (/(?:woman|ess)$/u.test(word) || FEMALE.has(word)) return 'f';
	if (/man$/u.test(word) || MALE.has(word)) return word === 'chairman' ? null : 'm';
	return null;
}

const FEMALE = words('girl lady mother daughter sister wife widow grandmother aunt queen princess');
const MALE = words('boy gentleman father son brother husband widower grandfather uncle king prince guy');

/**
 * The singular of a person noun, and whether it was plural; `null` when the word is no person noun.
 * Plurals made with `-men`, `-s`, `-es`, `-ies` are read; case is ignored.
 *
 * @example
 * personNoun('Prosecutors') // { noun: 'prosecutor', plural: true }
 * personNoun('congressmen') // { noun: 'congressman', plural: true }
 * personNoun('editor-in-chief') // { noun: 'editor', plural: false }
 * personNoun('statement') // null
 */
export function personNoun(word: string): { noun: string; plural: boolean } | null {
	const lower = word.toLowerCase();
	if (PERSON_NOUNS.has(lower)) return { noun: lower, plural: false };
	// A compound is read by its head: `editor-in-chief` by its first part, `co-founder` by its last.
	const parts = lower.split('-');
	const head = parts.includes('in') ? parts[0] : parts.at(-1);
	if (parts.length > 1 && head !== undefined) return personNoun(head);
	const irregular = IRREGULAR_PLURALS.get(lower) ?? (lower.endsWith('men') ? `${lower.slice(0, -3)}man` : undefined);
	if (irregular !== undefined && PERSON_NOUNS.has(irregular)) return { noun: irregular, plural: true };
	for (const singular of [lower.replace(/ies$/u, 'y'), lower.replace(/es$/u, ''), lower.replace(/s$/u, '')]) {
		if (singular !== lower && PERSON_NOUNS.has(singular)) return { noun: singular, plural: true };
	}
	return null;
}

/**
 * Offices that news prose names with several words: a `Rep.` is a `congressman` and a
 * `lawmaker`; a `President` is the country's `leader`. Each ring lists words for one office.
 */
const OFFICE_RINGS: readonly (readonly string[])[] = [
	['representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'legislator'],
	['senator', 'sen', 'lawmaker', 'legislator'],
	['governor', 'gov'],
	['president', 'leader'],
	['premier', 'prime', 'leader'],
	['chancellor', 'leader'],
	['king', 'queen', 'monarch', 'leader'],
	['chairman', 'chairwoman', 'chair', 'leader'],
	['spokesman', 'spokeswoman', 'spokesperson'],
	['lawyer', 'attorney', 'counsel'],
	['journalist', 'reporter', 'correspondent'],
	['general', 'gen', 'commander'],
	['professor', 'prof'],
	['doctor', 'dr', 'physician'],
];

const RINGS_OF = new Map<string, number[]>();
OFFICE_RINGS.forEach((ring, index) => {
	for (const word of ring) RINGS_OF.set(word, [...(RINGS_OF.get(word) ?? []), index]);
});

/**
 * Whether two role words name the same office: equal, or in one ring (`rep` and `lawmaker`).
 *
 * @example
 * sameOffice('rep', 'congressman') // true
 * sameOffice('senator', 'governor') // false
 */
export function sameOffice(a: string, b: string): boolean {
	if (a === b) return true;
	const rings = RINGS_OF.get(a);
	return rings !== undefined && (RINGS_OF.get(b) ?? []).some((ring) => rings.includes(ring));
}

/**
 * Whether a word names an office (it is in a ring of office words).
 *
 * @example
 * isOffice('rep') // true
 * isOffice('supporter') // false
 */
export function isOffice(word: string): boolean {
	return RINGS_OF.has(word);
}

/**
 * The words that name the same office as a word, the word included.
 *
 * @example
 * officeWords('senator') // ['senator', 'sen', 'lawmaker', 'legislator']
 */
export function officeWords(word: string): string[] {
	return [...new Set([word, ...(RINGS_OF.get(word) ?? []).flatMap((ring) => OFFICE_RINGS[ring] ?? [])])];
}
