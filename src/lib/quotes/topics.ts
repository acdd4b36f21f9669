/**
 * What each sentence is about: its subject as a speaker, so that `It said: “…”` and a quote
 * after `X reports:` can name who the sentence before was about. An organisation or a document
 * counts here; `it` never stands for a person.
 */
import type { Speaker } from '../schema.ts';
import { canonicalName, isPersonName, type NameIndex } from './name-index.ts';
import { splitTitle } from './names.ts';
import { sentenceSubject } from './subject.ts';
import { OPENING_QUOTE_MARKS } from '../text/quote-marks.ts';

/** A sentence's subject as a speaker, whether it is a person, whether the sentence ends on a colon. */
export interface Topic {
	/** The sentence itself, to read its attribution when its subject says nothing. */
	text: string;
	speaker: Speaker;
	person: boolean;
	colon: boolean;
	sentence: number;
}

/** A sentence that opens with a quote has the quote's speaker for subject, found elsewhere. */
const OPENS_WITH_QUOTE = new RegExp(String.raw`^\s*[${OPENING_QUOTE_MARKS}]`, 'u');

/**
 * The topic of one sentence: a person resolved while reading it (`person`), else the noun phrase
 * it opens with; `It …` continues the topic before when that is no person.
 *
 * @example
 * sentenceTopic('The ministry issued a statement:', null, null, index, 4) // { speaker: { text: 'The ministry', … }, person: false, colon: true, sentence: 4 }
 */
export function sentenceTopic(
	sentence: string,
	person: Speaker | null,
	previous: Topic | null,
	names: NameIndex,
	number: number,
): Topic | null {
	const colon = /:\s*$/u.test(sentence);
	if (person) return { text: sentence, speaker: person, person: true, colon, sentence: number };
	if (OPENS_WITH_QUOTE.test(sentence)) return null;
	const subject = sentenceSubject(sentence);
	if (subject?.kind === 'it') return previous && !previous.person ? { ...previous, text: sentence, colon, sentence: number } : null;
	if (subject?.kind !== 'group' && subject?.kind !== 'name') return null;
	const name = subject.kind === 'name' ? canonicalName(names, splitTitle(subject.text.split(' ')).name) || subject.text : subject.text;
	const speaker = { text: subject.text, name };
	return { text: sentence, speaker, person: subject.kind === 'name' && isPersonName(names, name), colon, sentence: number };
}
