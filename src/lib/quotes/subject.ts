/**
 * Noun phrases that can be the subject of a speech verb, read from the words around it:
 * a proper name, a pronoun, a role (`the Freedonian president`) or a group (`the defence ministry`).
 */
import { subjectStart } from './clause.ts';
import { findNameRuns } from './names.ts';
import { nounPhraseAt, trimSubject } from './noun-phrase.ts';
import {
	DETERMINER,
	OPAQUE,
	PRONOUN,
	determinerPhrase,
	objectOrDetermined,
	onlyStopwords,
	phraseSubject,
	pureName,
	shortPhrase,
	type Subject,
} from './phrase.ts';

const RELATIVE = /^(?:who|whom|whose|which)\b/iu;
/**
 * A relative clause between a subject and its verb: `Nowak, who had met …, (added)`;
 * not one with a subject of its own, whose verb it is (`Nowak, who he said …`).
 *
 *     Nowak, who had met the visiting envoy Karim al-Hadi,
 *     ^^^^^ subject
 */
const RELATIVE_TAIL = /^(.*\S)\s*,\s*(?:who|which)\s+(?!(?:he|she|they|i|we|you)\b)[^,]*,?$/su;
/**
 * A name with a short place or organisation after it: `Jane Doe of Ohio`, `Jane Doe of Doe & Co`.
 *
 *     Representative Jane Doe of Ohio
 *     ^^^^^^^^^^^^^^^^^^^^^^^ name
 */
const NAME_OF = /^(.*?\S)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'&-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'&-]*){0,3}$/u;
/** Words that open a subordinate clause, whose subject a coordinated verb after it shares. */
const SUBORDINATOR = /(?<![\p{L}\p{M}])(?:after|when|while|because|since|if|before|until|although|though|once|as)\s/giu;

/**
 * Read a phrase that should be a subject as a whole (`Director of X, Marek Zielinski`):
 * a relative clause is dropped, and of appositive parts the proper name wins.
 *
 * @example
 * wholeSubject('Director of the Baltic Policy Center, Marek Zielinski,') // { text: 'Marek Zielinski', kind: 'name' }
 */
export function wholeSubject(segment: string): Subject | null {
	const parts = segment
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
	const clause = parts.findIndex((part) => RELATIVE.test(part));
	const kept = clause === -1 ? parts : parts.slice(0, clause);
	if (kept.length > 1) {
		const named = kept.map(pureName).find((name) => name !== null);
		if (named) return { text: named, kind: 'name' };
	}
	return kept[0] === undefined ? null : phraseSubject(kept[0]);
}

/**
 * Read the subject at the end of the words before a verb: `… the vote, Hadi (stated)`.
 *
 * @example
 * tailSubject('The vote comes after the finance ministry') // { text: 'the finance ministry', kind: 'group' }
 */
export function tailSubject(left: string): Subject | null {
	let clause = left.trim();
	const relative = RELATIVE_TAIL.exec(clause);
	if (relative?.[1] !== undefined) clause = relative[1];
	else if (clause.endsWith(',')) {
		const parts = clause.slice(0, -1).split(',');
		const part = parts.pop()?.trim() ?? '';
		const appositive = pureName(part) ?? pureName(NAME_OF.exec(part)?.[1] ?? '');
		if (appositive) return { text: appositive, kind: 'name' };
		clause = parts.join(',');
	}
	const tail = trimSubject(clause.slice(clause.lastIndexOf(',') + 1).trim());
	// `Jane Doe, who said`: the relative pronoun stands for the noun phrase before it.
	if (/^(?:who|which)$/iu.test(tail) && clause.includes(',')) return tailSubject(clause.slice(0, clause.lastIndexOf(',')));
	const named = NAME_OF.exec(tail)?.[1];
	const nameOf = named === undefined ? null : pureName(named);
	if (nameOf) return { text: nameOf, kind: 'name' };
	const last = tail.split(/\s+/u).at(-1) ?? '';
	if (PRONOUN.test(last)) return { text: last, kind: 'pronoun' };
	if (/^it$/iu.test(last) && tail.split(/\s+/u).length === 1) return { text: last, kind: 'it' };
	if (last === '' || OPAQUE.test(last)) return null;
	const run = findNameRuns(tail).at(-1);
	if (run && run.end === tail.length && (run.title !== '' || !objectOrDetermined(tail, run))) {
		return { text: run.text, kind: 'name' };
	}
	return determinerPhrase(tail) ?? shortPhrase(tail);
}

/**
 * Read the subject at the start of the words after a verb or `according to`: `(said) Nowak.`
 *
 * @example
 * headSubject('Lt. Col. Ewa Lis, the spokesman.') // { text: 'Lt. Col. Ewa Lis', kind: 'name' }
 */
export function headSubject(right: string): Subject | null {
	const text = right.trimStart();
	const pronoun = /^(?:he|she|they)\b/iu.exec(text);
	if (pronoun) return { text: pronoun[0], kind: 'pronoun' };
	const run = findNameRuns(text)[0];
	if (run && run.name !== '' && onlyStopwords(text.slice(0, run.start)) && !DETERMINER.test(text)) {
		return { text: run.text, kind: 'name' };
	}
	const [phrase = '', appositive = ''] = text.split(/[;:!?\uE000\uE001]|\.(?:\s|$)/u)[0]?.split(',') ?? [];
	// `said the agency's spokesman, Jane Doe`: the name in apposition is the speaker.
	const named = pureName(appositive.trim());
	if (named && !pureName(phrase.trim())) return { text: named, kind: 'name' };
	const trimmed = trimSubject(phrase.trim());
	return trimmed.split(/\s+/u).length <= 8 ? phraseSubject(trimmed) : null;
}

/**
 * The subject a sentence opens with, after an introductory phrase: `After the vote, Hadi thanked …`,
 * `The chairman himself responded …` (see noun-phrase.ts).
 *
 * @example
 * sentenceSubject('After the vote, Hadi thanked the staff, calling it ') // { text: 'Hadi', kind: 'name' }
 */
export function sentenceSubject(sentence: string): Subject | null {
	return nounPhraseAt(sentence.slice(subjectStart(sentence, 0)), phraseSubject);
}

/**
 * The subject of the clause a text ends in: after its last subordinator (`… after the man
 * approached the car`), else of the sentence. A verb coordinated with that clause's verb
 * shares it: `… after the woman entered the hall and asked “…”`.
 *
 * @example
 * clauseSubject('Doe is seen leaving after the woman entered the hall') // { text: 'the woman', kind: 'role' }
 */
export function clauseSubject(text: string): Subject | null {
	const subordinator = [...text.matchAll(SUBORDINATOR)].at(-1);
	// A comma after the subordinate clause closed it (`After …, Doe left and said`): the verb is the main clause's.
	if (subordinator && !text.slice(subordinator.index).includes(',')) {
		const found = nounPhraseAt(text.slice(subordinator.index + subordinator[0].length), phraseSubject);
		if (found) return found;
	}
	return sentenceSubject(text);
}
