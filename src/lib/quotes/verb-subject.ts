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

/** Verbs whose object is the speaker when active: `the agency cited X as saying`. */
const OBJECT_NAMES_SPEAKER = new Set(['cited', 'cites', 'quoted', 'quotes', 'reported', 'reports']);
/** Active verbs never take a passive speaker: `X was quoted as saying` keeps X. */
const SPEAKER_STAYS_SUBJECT = new Set(['cited', 'quoted']);
/**
 * `cited X as saying`, `reports X saying`: the object is the speaker.
 *
 *     (cited) Assad as saying.
 *             ^^^^^ speaker
 */
const CITED_OBJECT = /^\s*(.+?)\s+(?:as\s+)?(?:saying|telling|stating|writing|adding)\b/su;
/** `was told by X`: the agent of a passive speech verb. */
const AGENT = /^\s*by\s+([^,.;:!?\uE000\uE001]+)/u;
const CONJUNCTION = /^(?:and|but|or|then)$/iu;

/**
 * The subject of `verb`, from the words `left` of it and `right` of it.
 *
 * @example
 * subjectOfVerb('Anna Kowalski later', 'said', '', wholeSubject) // { text: 'Anna Kowalski', kind: 'name' }
 * subjectOfVerb('The families have been', 'told', ' they died', wholeSubject) // null: they were told
 * subjectOfVerb('the agency', 'cited', ' Anna Kowalski as saying', wholeSubject) // { text: 'Anna Kowalski', kind: 'name' }
 */
export function subjectOfVerb(left: string, verb: string, right: string, read: (phrase: string) => Subject | null): VerbSubject {
	const words = left.trim().split(/\s+/u).filter(Boolean);
	let passive = false;
	for (let step = 0; step < 2; step++) {
		// Pop before testing: `passive ||= …(words.pop())` would stop popping once passive is true.
		while (words.length > 0 && (VERB_MODIFIERS.has(words.at(-1) ?? '') || isAdverb(words.at(-1) ?? ''))) {
			const word = words.pop() ?? '';
			if (PASSIVE_AUXILIARIES.has(word)) passive = true;
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
	if (passive && !SPEAKER_STAYS_SUBJECT.has(verb)) {
		const agent = AGENT.exec(right)?.[1];
		return agent === undefined ? null : wholeSubject(agent.trim());
	}
	const phrase = trimSubject(words.join(' '));
	return phrase === '' ? null : read(phrase);
}
