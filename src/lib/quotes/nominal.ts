/**
 * Attributions without a finite speech verb: a speech noun with its possessor (`his claim
 * that “…”`), a name and a colon (`Jane Doe: “…”`), someone who has words, then a colon (`Jane
 * Doe had a message: “…”`), and the subject of a participle in an absolute construction (`with
 * Jane Doe writing “…”`).
 */
import { hasSentenceBreak } from './breaks.ts';
import type { Subject } from './phrase.ts';
import { wholeSubject } from './subject.ts';

/**
 * A speech noun with its possessor, then `that`: `his claim that`, `Doe’s remarks that`.
 *
 *     her  televised claim that Q
 *     ^^^ speaker
 */
const SPEECH_NOUN = new RegExp(
	String.raw`(?:^|\s)(his|her|their|\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,2}['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?` +
		String.raw`(?:claims?|remarks?|comments?|statements?|assertions?|words|descriptions?|suggestions?|accusations?|arguments?|contentions?|warnings?|promises?|pledges?|declarations?|insistence|views?|charges?)\s+that\s`,
	'gu',
);
/**
 * `with` and a capitalised noun phrase right before a participle, maybe with a dashed aside.
 *
 *     ended with Jane Doe — a critic — (writing)
 *                ^^^^^^^^ subject
 */
const ABSOLUTE = /(?:^|\s)with\s+(\p{Lu}[^,;:—–\uE000\uE001]{0,60}?)\s*(?:[—–]\s[^—–\uE000\uE001]{0,120}\s[—–])?\s*$/u;
/**
 * A sentence that is only a name and a colon before the quote.
 *
 *     … last year. Jane Doe: Q
 *                  ^^^^^^^^ speaker
 */
const NAME_LABEL = /(?:^|[.!?]\s+)(\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,3}):\s*$/u;
/**
 * A sentence in which someone has or gives words, ending in a colon before the quote: `Doe had
 * a message:`, `She had this to say:`, `Doe offered a blunt warning to the board:`.
 *
 *     Jane Doe had a blunt message for the board: Q
 *     ^^^^^^^^ speaker
 */
const DELIVERED = new RegExp(
	String.raw`(?:^|[.!?;]\s+|,\s+)(he|she|they|He|She|They|\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,3})\s+(?:(?:also|then|later|had|has|have)\s+)?` +
		String.raw`(?:had|has|have|gave|gives|offered|offers|sent|sends|issued|issues|delivered|delivers)\s+` +
		String.raw`(?:(?:a|an|one|his|her|their|some|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:message|warning|word|words|answer|reply|response|assessment|verdict|plea|prediction|promise|vow|retort|advice)|(?:this|something|much|plenty)\s+to\s+say)` +
		String.raw`(?:\s+(?:for|to)\s+[^:.!?\uE000\uE001]{1,60})?:\s*$`,
	'u',
);
/** Possessives that stand for a subject pronoun: `his claim` is what he claimed. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * The last speech noun with a possessor in the words before a quote, with where it starts;
 * null when there is none or a sentence ends after it.
 *
 * @example
 * speechNoun('Critics attacked her claim that it was ') // { at: 16, subject: { text: 'her', kind: 'pronoun' } }
 */
export function speechNoun(before: string): { at: number; subject: Subject } | null {
	const match = [...before.matchAll(SPEECH_NOUN)].at(-1);
	const word = match?.[1];
	if (!match || word === undefined || hasSentenceBreak(before.slice(match.index))) return null;
	const subject = POSSESSIVE_PRONOUNS.has(word.toLowerCase())
		? { text: word, kind: 'pronoun' as const }
		: wholeSubject(word.replace(/['’]s?$/u, ''));
	return subject ? { at: match.index, subject } : null;
}

/**
 * `Jane Doe: “…”`: a name and a colon, as interviews and transcripts give a speaker's words.
 *
 * @example
 * nameLabel('Jane Doe: ') // { text: 'Jane Doe', kind: 'name' }
 * nameLabel('UPDATE: ') // null
 */
export function nameLabel(before: string): Subject | null {
	const label = NAME_LABEL.exec(before)?.[1];
	const subject = label === undefined ? null : wholeSubject(label);
	return subject?.kind === 'name' ? subject : null;
}

/**
 * `Jane Doe had a message: “…”`: someone who has or gives words, then a colon.
 *
 * @example
 * deliveredWords('Jane Doe had a message: ') // { text: 'Jane Doe', kind: 'name' }
 * deliveredWords('She had this to say: ') // { text: 'She', kind: 'pronoun' }
 * deliveredWords('The board had a plan: ') // null
 */
export function deliveredWords(before: string): Subject | null {
	const who = DELIVERED.exec(before)?.[1];
	if (who === undefined) return null;
	if (/^(?:he|she|they)$/iu.test(who)) return { text: who, kind: 'pronoun' };
	const subject = wholeSubject(who);
	return subject?.kind === 'name' ? subject : null;
}

/**
 * `… with Jane Doe — a critic — writing`: in an absolute construction the noun phrase after
 * `with` is the participle's subject.
 *
 * @example
 * absoluteSubject('The row grew with Jane Doe — a critic — ') // { text: 'Jane Doe', kind: 'name' }
 */
export function absoluteSubject(left: string): Subject | null {
	const phrase = ABSOLUTE.exec(left)?.[1];
	return phrase === undefined ? null : wholeSubject(phrase.trim());
}
