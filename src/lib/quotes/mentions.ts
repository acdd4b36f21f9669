/**
 * The people one sentence mentions outside its quotes, each weighed by how it stands in the
 * sentence (salience.ts): its subject, an object, inside a prepositional phrase, a possessor.
 * A subject that is a pronoun or a role is handed back for the caller to resolve.
 */
import { subjectStart } from './clause.ts';
import type { Extent } from './context.ts';
import { PREPOSITIONS } from './lexicon.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';
import { canonicalName, isPersonName, type NameIndex } from './name-index.ts';
import type { NameRun } from './names.ts';
import { personNoun } from './people.ts';
import { roleWords } from './phrase.ts';
import { WEIGHTS } from './salience.ts';
import { firstIndex } from '../text/order.ts';

/** A person or plural group the sentence mentions, at an offset of its paragraph. */
export interface SentenceMention {
	name: string;
	at: number;
	weight: number;
	plural: boolean;
}

/** What one sentence says about who is in the discourse. */
export interface SentenceReading {
	mentions: SentenceMention[];
	/** A subject to resolve first: a pronoun (`he`) or a role (`the congressman`), with its role words. */
	subject: { text: string; at: number; kind: 'pronoun' | 'role'; words: string[] } | null;
}

/**
 * Words before a subject name that keep it the subject: capitalised words, and lower-case ones
 * ending in a person noun (a false title: `party organizer Anna Kowalski`).
 */
const FALSE_TITLE = /^(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:[\p{Ll}][\p{L}-]*\s+){0,2}([\p{Ll}][\p{L}-]*)\s+$/u;
/** A plural person noun with one modifier before it: `federal prosecutors`, `Republican officials`. */
/** Most characters between a clause start and its subject name (a false title, an appositive). */
const SUBJECT_REACH = 120;
/** A finite speech verb as a whole word. */
const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${[...SPEECH_VERBS].join('|')})(?![\p{L}\p{M}])`, 'gu');
const GROUP = /(?<![\p{L}\p{M}'’.-])(?:([\p{L}-]+(?:al|ic|ive|ous|an|ish|ese|ary))\s+)?(\p{L}[\p{Ll}-]*(?:s|men|people))(?![\p{L}\p{M}])/gu;

/**
 * Read one sentence (`span` of the paragraph `text`) for the people it mentions.
 * `runs` are the paragraph's name runs, `extents` its top-level quotes, both sorted.
 *
 * @example
 * readSentence('Anna Kowalski met Piotr Nowak.', { start: 0, end: 30 }, runs, [], index).mentions
 * // [{ name: 'Anna Kowalski', weight: 310, … }, { name: 'Piotr Nowak', weight: 280, … }]
 */
export function readSentence(
	text: string,
	span: { start: number; end: number },
	runs: readonly NameRun[],
	extents: readonly Extent[],
	index: NameIndex,
): SentenceReading {
	const quoted = (at: number) => {
		const extent = extents[firstIndex(extents, (item) => item.to > at)];
		return extent !== undefined && extent.from <= at;
	};
	const start = subjectStart(text, span.start);
	const opening = quoted(start) ? '' : text.slice(start, Math.min(span.end, start + 120));
	const mentions: SentenceMention[] = [];
	let subjectTaken = false;
	// Names after the sentence's first speech verb, or after `that`, are inside what someone says or thinks.
	const said = firstSpeechVerb(text, span, start);
	const embedded = Math.min(said, firstThat(text, span, start));
	for (let at = firstIndex(runs, (run) => run.start >= span.start); at < runs.length; at++) {
		const run = runs[at];
		if (!run || run.start >= span.end) break;
		if (quoted(run.start)) continue;
		const name = canonicalName(index, run.name);
		if (!isPersonName(index, name)) continue;
		const possessive = /^['’]/u.test(text.slice(run.end, run.end + 1));
		// The subject stands near the clause start: only a short prefix is read, once per run at most.
		const near = run.start >= start && run.start - start <= SUBJECT_REACH;
		const isSubject: boolean = !subjectTaken && !possessive && near && leadsTo(text.slice(start, run.start));
		subjectTaken ||= isSubject;
		const weight = isSubject
			? said < span.end
				? WEIGHTS.speaker
				: WEIGHTS.subject
			: run.start > embedded
				? WEIGHTS.reported
				: weightAt(text, run);
		mentions.push({ name, at: run.start, weight, plural: false });
	}
	for (const match of text.slice(span.start, span.end).matchAll(GROUP)) {
		const at = span.start + match.index;
		const noun = personNoun(match[2] ?? '');
		if (!noun?.plural || quoted(at)) continue;
		const name = match[1] && !PREPOSITIONS.has(match[1].toLowerCase()) ? `${match[1]} ${match[2]}` : (match[2] ?? '');
		mentions.push({ name: name.toLowerCase(), at, weight: at === start ? WEIGHTS.subject : WEIGHTS.object, plural: true });
	}
	return { mentions, subject: subjectTaken ? null : subjectOf(opening, start) };
}

/** A pronoun or a role opening the subject position. */
function subjectOf(opening: string, at: number): SentenceReading['subject'] {
	const pronoun = /^(?:he|she|they)\b/iu.exec(opening);
	if (pronoun) return { text: pronoun[0], at, kind: 'pronoun', words: [] };
	const phrase = /^the(?:\s+[\p{L}-]+){1,4}/iu.exec(opening)?.[0] ?? '';
	const words = phrase.split(/\s+/u);
	for (let end = words.length; end > 1; end--) {
		const role = roleWords(words.slice(0, end).join(' '));
		if (role) return { text: words.slice(0, end).join(' '), at, kind: 'role', words: role };
	}
	return null;
}

/** Offset of the first speech verb after `from` in the sentence, or the sentence end. */
function firstSpeechVerb(text: string, span: { start: number; end: number }, from: number): number {
	SPEECH_VERB.lastIndex = 0;
	const match = SPEECH_VERB.exec(text.slice(from, span.end));
	return match ? from + match.index : span.end;
}

/** Offset of the first `that` after `from` in the sentence, or the sentence end. */
function firstThat(text: string, span: { start: number; end: number }, from: number): number {
	const match = /(?<![\p{L}\p{M}])that(?![\p{L}\p{M}])/u.exec(text.slice(from, span.end));
	return match ? from + match.index : span.end;
}

/**
 * Whether the words between the subject start and a name keep the name the subject: nothing,
 * capitalised words, a false title, or a description the name stands in apposition to
 * (`The agency's director, Anna Kowalski, said`).
 */
function leadsTo(prefix: string): boolean {
	if (prefix.trim() === '' || /^the\s+$/iu.test(prefix)) return true;
	const appositive = /^([^,]{1,60}),\s+$/u.exec(prefix)?.[1];
	if (appositive !== undefined) return personNoun(appositive.split(/\s+/u).at(-1) ?? '')?.plural === false;
	const noun = FALSE_TITLE.exec(prefix)?.[1];
	if (noun !== undefined) return personNoun(noun)?.plural === false;
	return /^(?:[\p{Lu}][\p{L}.'’-]*\s+)+$/u.test(prefix);
}

/** A possessor (`Nowak’s`), an object of a preposition, or a plain object. */
function weightAt(text: string, run: NameRun): number {
	if (/^['’]s?\b/u.test(text.slice(run.end, run.end + 3))) return WEIGHTS.possessor;
	const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, run.start - 20), run.start))?.[1] ?? '';
	return PREPOSITIONS.has(previous.toLowerCase()) ? WEIGHTS.oblique : WEIGHTS.object;
}
