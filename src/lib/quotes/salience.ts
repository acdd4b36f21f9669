/**
 * Who a pronoun most likely means: the discourse salience model of Lappin and Leass ("An
 * algorithm for pronominal anaphora resolution", Computational Linguistics 20(4), 1994), cut
 * down to what plain text shows. Every mention of a person (or of a plural group) adds weight
 * for being recent, for being a subject, for not sitting in a prepositional phrase; the weight
 * halves with each sentence. A pronoun takes the most salient entity before it that agrees in
 * gender and number, so a person named as a subject a sentence ago outranks one quoted three
 * paragraphs back, whether or not they were ever quoted.
 */

/** Gender as the text shows it: an honorific, a gendered noun, or a pronoun resolved to the person. */
export type Gender = 'm' | 'f';

/** How a mention stands in its sentence, by weight (Lappin and Leass's salience factors, summed). */
export const WEIGHTS = {
	/** A subject that says something (of a speech verb, or a quote's speaker): news goes on with its source. */
	speaker: 410,
	/** Recency 100, subject 80, head noun 80, non-adverbial 50. */
	subject: 310,
	/** Recency 100, direct object 50, head noun 80, non-adverbial 50. */
	object: 280,
	/** In a prepositional phrase: recency 100, oblique 40, head noun 80. */
	oblique: 220,
	/** Inside what a speaker says (`Kowalski said Nowak must go`): recency 100, embedded subject 100. */
	reported: 200,
	/** A possessor (`Nowak’s plan`): recency 100, non-adverbial 50. */
	possessor: 150,
} as const;

/** One mention of a person or group: which, where, how salient. */
export interface Mention {
	key: string;
	paragraph: number;
	at: number;
	sentence: number;
	weight: number;
}

/** The mentions of the last few sentences, and what is known of each entity. */
export interface Discourse {
	mentions: Mention[];
	/** Index of the oldest mention still in the window. */
	first: number;
	/** Gender per person key, as far as the article shows it. */
	genders: Map<string, Gender>;
	/** Keys of plural groups (`prosecutors`); every other key is one person. */
	plural: Set<string>;
	/** The last person mentioned at all: the answer when the window holds nobody who agrees. */
	lastPerson: string | null;
	/** The last person who was a subject, and in which sentence: the center a description continues. */
	lastSubject: { key: string; sentence: number } | null;
}

/** What being the center (the last subject, a sentence ago at most) adds for a pronoun: one sentence's recency. */
const CENTER_BONUS = 100;
/** Most mentions kept in the window: a query's work stays bounded in a sentence full of names. */
const MAX_MENTIONS = 200;
/** Sentences a mention stays in the window: after five halvings it weighs under a tenth of a fresh one. */
const WINDOW = 5;

/**
 * An empty discourse, with the genders the article already shows (honorifics, gendered nouns).
 *
 * @example
 * createDiscourse(new Map([['Anna Kowalski', 'f']])).genders.get('Anna Kowalski') // 'f'
 */
export function createDiscourse(genders: ReadonlyMap<string, Gender> = new Map()): Discourse {
	return { mentions: [], first: 0, genders: new Map(genders), plural: new Set(), lastPerson: null, lastSubject: null };
}

/**
 * Record a mention. Mentions are added in reading order; those that left the window are
 * skipped from then on, so a query reads a few sentences' worth, however long the article.
 *
 * @example
 * addMention(discourse, { key: 'Anna Kowalski', paragraph: 0, at: 0, sentence: 0, weight: WEIGHTS.subject })
 */
export function addMention(discourse: Discourse, mention: Mention, plural = false): void {
	discourse.mentions.push(mention);
	if (plural) discourse.plural.add(mention.key);
	else discourse.lastPerson = mention.key;
	if (!plural && mention.weight >= WEIGHTS.subject) discourse.lastSubject = { key: mention.key, sentence: mention.sentence };
	while ((discourse.mentions[discourse.first]?.sentence ?? Infinity) < mention.sentence - WINDOW) discourse.first++;
	// However many names a few sentences hold, a query reads at most MAX_MENTIONS of them.
	discourse.first = Math.max(discourse.first, discourse.mentions.length - MAX_MENTIONS);
}

/**
 * The entity a pronoun refers to: the most salient one mentioned before `(paragraph, at)` that
 * agrees with it (`he` no known woman, `she` no known man, `they` a plural group). A resolved
 * `he` or `she` teaches the entity's gender.
 *
 * @example
 * resolvePronoun(discourse, 'she', { paragraph: 1, at: 0, sentence: 2 }) // 'Anna Kowalski'
 */
export function resolvePronoun(
	discourse: Discourse,
	pronoun: string,
	where: { paragraph: number; at: number; sentence: number },
): string | null {
	// A possessive stands for its subject pronoun: `his claim` is what he claimed.
	const word = ({ his: 'he', her: 'she', their: 'they' } as Record<string, string>)[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
	const plural = word === 'they';
	const gender: Gender | null = word === 'he' ? 'm' : word === 'she' ? 'f' : null;
	// Centering: a pronoun most often continues the subject of the sentence before (or of its own).
	const center = discourse.lastSubject;
	const centered = center !== null && center.sentence >= where.sentence - 1 ? center.key : null;
	const candidates = scored(discourse, where, plural).map(([key, score]): [string, number] => [
		key,
		key === centered ? score + CENTER_BONUS : score,
	]);
	let best: string | null = null;
	for (const [key] of candidates.sort((left, right) => right[1] - left[1])) {
		if (agrees(discourse, key, gender)) {
			best = key;
			break;
		}
	}
	if (best === null && !plural) best = agrees(discourse, discourse.lastPerson, gender) ? discourse.lastPerson : null;
	if (best !== null && gender !== null && !discourse.genders.has(best)) discourse.genders.set(best, gender);
	return best;
}

/**
 * The entities mentioned before a point, most salient first: people, or plural groups.
 *
 * @example
 * ranked(discourse, { paragraph: 3, at: 0, sentence: 7 }, false) // ['Piotr Nowak', 'Anna Kowalski']
 */
export function ranked(discourse: Discourse, where: { paragraph: number; at: number; sentence: number }, plural: boolean): string[] {
	return scored(discourse, where, plural).map(([key]) => key);
}

/** Entities mentioned before a point with their salience, most salient first. */
function scored(discourse: Discourse, where: { paragraph: number; at: number; sentence: number }, plural: boolean): [string, number][] {
	// Per entity and sentence only the strongest mention counts, as each salience factor counts
	// once per sentence: three mentions as an object do not outweigh one as the subject.
	const scores = new Map<string, number>();
	const strongest = new Map<string, { sentence: number; weight: number }>();
	for (let index = discourse.first; index < discourse.mentions.length; index++) {
		const mention = discourse.mentions[index];
		if (!mention || !before(mention, where) || discourse.plural.has(mention.key) !== plural) continue;
		const decay = 2 ** Math.max(0, where.sentence - mention.sentence);
		const last = strongest.get(mention.key);
		const counted = last?.sentence === mention.sentence ? last.weight : 0;
		if (mention.weight <= counted) continue;
		strongest.set(mention.key, { sentence: mention.sentence, weight: mention.weight });
		scores.set(mention.key, (scores.get(mention.key) ?? 0) + (mention.weight - counted) / decay);
	}
	return [...scores].sort((left, right) => right[1] - left[1]);
}

/**
 * The most salient of some candidate entities at a point, or null when none is in the window.
 *
 * @example
 * mostSalient(discourse, ['Anna Kowalski', 'Piotr Nowak'], { paragraph: 3, at: 0, sentence: 7 }) // 'Piotr Nowak'
 */
export function mostSalient(
	discourse: Discourse,
	candidates: readonly string[],
	where: { paragraph: number; at: number; sentence: number },
): string | null {
	return ranked(discourse, where, false).find((key) => candidates.includes(key)) ?? null;
}

function before(mention: Mention, where: { paragraph: number; at: number }): boolean {
	return mention.paragraph < where.paragraph || (mention.paragraph === where.paragraph && mention.at < where.at);
}

function agrees(discourse: Discourse, key: string | null, gender: Gender | null): boolean {
	if (key === null) return false;
	const known = discourse.genders.get(key);
	return gender === null || known === undefined || known === gender;
}
