/**
 * The subject of one speech verb, read from the words before it once auxiliaries, adverbs and
 * reflexives are dropped, with English's exceptions: a passive verb's subject is the listener
 * (`X was told “…”`) and its speaker the `by` agent; `cited`/`quoted`/`reported X as saying`
 * name X; a catenative (`went on to say`) hands the verb to its own subject; a verb after
 * `and` shares the subject of the verb it is coordinated with.
 */
import { hasSentenceBreak } from './breaks.ts';
import { isAdverb, trimSubject } from './noun-phrase.ts';
import type { Subject } from './phrase.ts';
import { PASSIVE_AUXILIARIES, SPEECH_VERBS, VERB_MODIFIERS } from './speech-verbs.ts';
import { wholeSubject } from './subject.ts';

/** The verb is coordinated (`… and said`): its subject is that of the verb before. */
export const COORDINATED = Symbol('coordinated');
/** The word is no verb here but a noun after one (`said claims that …`): try the word before. */
export const NOT_A_VERB = Symbol('not a verb');

/** What reading a verb's subject gives: a subject, none, or one of the two signals above. */
export type VerbSubject = Subject | null | typeof COORDINATED | typeof NOT_A_VERB;

/** Words for a time: weekdays, months, parts of days. */
const TIME_WORDS =
	'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|today|yesterday|tonight';
/** Verbs whose object is the speaker when active: `the agency cited X as saying`. */
const OBJECT_NAMES_SPEAKER = new Set(['cited', 'cites', 'quoted', 'quotes', 'reported', 'reports']);
/** Active verbs never take a passive speaker: `X was quoted as saying` keeps X. */
const SPEAKER_STAYS_SUBJECT = new Set(['cited', 'quoted']);
/**
 * `cited X as saying`, `reports X saying`: the object is the speaker.
 *
 *     (cited) Hadi as saying.
 *             ^^^^ speaker
 */
const CITED_OBJECT = /^\s*(.+?)\s+(?:as\s+)?(?:saying|telling|stating|writing|adding)\b/su;
/**
 * A passive that raises its subject to a speech verb: `X is reported to have said`, `X was
 * said to have told`. X is the speaker, not the listener.
 *
 *     Nowak is reported (to have said)
 */
const RAISED = /^\s*to\s+(?:have\s+)?(?:said|say|told|tell|stated|state|written|write|added|add|warned|warn|claimed|claim)\b/u;
/** `was told by X`: the agent of a passive speech verb. */
const AGENT = /^\s*by\s+([^,.;:!?\uE000\uE001]+)/u;
const CONJUNCTION = /^(?:and|but|or|then)$/iu;
/**
 * A time or a medium between a subject and its verb: `Doe on Friday said`, `Doe late Friday
 * evening wrote`, `Doe in a statement said`, `Doe, in an interview, said`. The run of commas and
 * spaces it starts with must start after another character, so it is not retried from inside the run.
 *
 *     Jane Doe on Friday also (said)     Jane Doe in a statement (said)
 *              ^^^^^^^^^ adjunct                  ^^^^^^^^^^^^^^ adjunct
 */
const ADJUNCT = new RegExp(
	String.raw`(?<![,\s])[,\s]+(?:(?:on|late|early|last|this|next|in|during|by)\s+)?(?:${TIME_WORDS})(?:\s+(?:morning|afternoon|evening|night))?[,\s]*$` +
		String.raw`|(?<![,\s])[,\s]+(?:in|on|via|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|tweet|post|letter|e-mail|email|speech|release|video|message|hearing|briefing|conference)[,\s]*$`,
	'iu',
);

/** The words before a verb, spaces collapsed, without the time and medium adjuncts at their end (at most two). */
function withoutAdjuncts(left: string): string {
	let text = left.trim().replace(/\s+/gu, ' ');
	for (let step = 0; step < 2; step++) {
		const words = text.split(/\s+/u);
		while (words.length > 1 && (VERB_MODIFIERS.has(words.at(-1) ?? '') || isAdverb(words.at(-1) ?? ''))) words.pop();
		const kept = words.join(' ');
		const adjunct = ADJUNCT.exec(kept);
		if (!adjunct || adjunct.index === 0) break;
		text = kept.slice(0, adjunct.index) + text.slice(kept.length);
	}
	return text.trim();
}

/**
 * The subject of `verb`, from the words `left` of it and `right` of it.
 *
 * @example
 * subjectOfVerb('Anna Kowalski later', 'said', '', wholeSubject) // { text: 'Anna Kowalski', kind: 'name' }
 * subjectOfVerb('The families have been', 'told', ' they died', wholeSubject) // null: they were told
 * subjectOfVerb('the agency', 'cited', ' Anna Kowalski as saying', wholeSubject) // { text: 'Anna Kowalski', kind: 'name' }
 */
export function subjectOfVerb(left: string, verb: string, right: string, read: (phrase: string) => Subject | null): VerbSubject {
	const words = withoutAdjuncts(left).split(/\s+/u).filter(Boolean);
	let passive = false;
	for (let step = 0; step < 2; step++) {
		// Pop before testing: `passive ||= …(words.pop())` would stop popping once passive is true.
		while (words.length > 0 && (VERB_MODIFIERS.has(words.at(-1) ?? '') || isAdverb(words.at(-1) ?? ''))) {
			const word = words.pop() ?? '';
			// Only an auxiliary of the speech verb itself makes it passive: in `X is reported to have said`
			// the `is` belongs to the catenative, and X still speaks (`to have been told` stays passive).
			if (PASSIVE_AUXILIARIES.has(word) && step === 0) passive = true;
		}
		// A catenative hands its subject on: `went on to say`, `declined to comment but continued to insist`.
		if (words.at(-1) !== 'to' || step > 0) break;
		words.pop();
		if (words.at(-1) === 'on') words.pop();
		words.pop();
	}
	const last = words.at(-1) ?? '';
	if (CONJUNCTION.test(last)) return COORDINATED;
	if (SPEECH_VERBS.has(last)) return NOT_A_VERB;
	if (OBJECT_NAMES_SPEAKER.has(verb) && !passive) {
		const object = CITED_OBJECT.exec(right)?.[1];
		if (object !== undefined && !hasSentenceBreak(object)) return wholeSubject(object);
	}
	if (passive && !SPEAKER_STAYS_SUBJECT.has(verb) && !RAISED.test(right)) {
		const agent = AGENT.exec(right)?.[1];
		return agent === undefined ? null : wholeSubject(agent.trim());
	}
	const phrase = trimSubject(words.join(' '));
	return phrase === '' ? null : read(phrase);
}
