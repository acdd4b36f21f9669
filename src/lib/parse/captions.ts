/**
 * Photo captions written as a sentence with no marker (`Photo:`, a credit). News style writes a
 * caption in the present tense of what the picture shows (`A ferry leaves the harbour at dawn.`)
 * while the story around it reports in the past; a one-sentence paragraph that opens on an
 * indefinite subject, whose first verb is a present-tense action, and that has no quote, no
 * speech verb and no past tense, describes a picture rather than reports.
 */
import { SPEECH_VERBS } from '../quotes/speech-verbs.ts';
import { UNAMBIGUOUS_QUOTE_MARKS } from '../text/quote-marks.ts';

/** Longer than this, a line is prose, whatever its tense. */
const MAX_WORDS = 35;
/** The verb must come within this many words of the start: a caption's subject is short. */
const VERB_WITHIN = 8;

/** Any quotation mark, a question, an exclamation, or a second sentence: not a caption. */
const PROSE_MARKS = new RegExp(String.raw`[${UNAMBIGUOUS_QUOTE_MARKS}]|[?!]|[.;:]\s+\S`, 'u');
/** Past or perfect tense anywhere: the line reports, it does not describe. */
const PAST = /\b(?:was|were|had|did|has been|have been|would|could)\b/iu;
/** Words a present-tense verb follows in a caption: a particle, a preposition or an object's determiner. */
const AFTER_VERB = new Set(
	'by past at in on during near outside inside through along toward towards into from with over under before after as a an the his her their its up down out off across around beside behind'.split(
		' ',
	),
);
/** Words that, before a candidate verb, make it part of the subject (`a group of soldiers`) or a clause (`a man who lives`). */
const NOT_BEFORE_VERB = new Set(['of', 'who', 'which', 'that', 'whose', 'where', 'and', 'or']);

/**
 * Whether a one-line paragraph is a photo caption by its grammar.
 *
 * @example
 * isSceneCaption('A fishing boat passes under the old bridge at dusk.') // true
 * isSceneCaption('A spokesman says the bridge will reopen.') // false
 */
export function isSceneCaption(line: string): boolean {
	const text = line.trim();
	if (!/^An?\s/u.test(text) || !/\.$/u.test(text) || PROSE_MARKS.test(text.slice(0, -1)) || PAST.test(text)) return false;
	const words = text.slice(0, -1).split(/\s+/u);
	if (words.length > MAX_WORDS) return false;
	for (let at = 2; at < Math.min(words.length - 1, VERB_WITHIN + 1); at++) {
		const word = words[at] ?? '';
		const before = (words[at - 1] ?? '').toLowerCase();
		if (NOT_BEFORE_VERB.has(before)) return false;
		if (!/^\p{Ll}+(?:es|s)$/u.test(word) || /(?:ss|us|is)$/u.test(word)) continue;
		if (SPEECH_VERBS.has(word)) return false;
		return AFTER_VERB.has((words[at + 1] ?? '').toLowerCase());
	}
	return false;
}
