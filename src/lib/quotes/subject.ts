/**
 * Noun phrases that can be the subject of a speech verb, read from the words around it:
 * a proper name, a pronoun, a role (`the Russian president`) or a group (`the defence ministry`).
 */
import { findNameRuns } from './names.ts';
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
 * A relative clause between a subject and its verb: `Putin, who was welcomed by …, (added)`.
 *
 *     Putin, who was welcomed by Syrian President Bashar al-Assad,
 *     ^^^^^ subject
 */
const RELATIVE_TAIL = /^(.*\S)\s*,\s*(?:who|whom|whose|which)\b[^,]*,?$/su;

/**
 * Read a phrase that should be a subject as a whole (`Director of X, Dmitri Trenin`):
 * a relative clause is dropped, and of appositive parts the proper name wins.
 *
 * @example
 * wholeSubject('Director of the Carnegie Moscow Center, Dmitri Trenin,') // { text: 'Dmitri Trenin', kind: 'name' }
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
 * Read the subject at the end of the words before a verb: `… terrorism, Assad (stated)`.
 *
 * @example
 * tailSubject('The announcement comes after the defence ministry') // { text: 'the defence ministry', kind: 'group' }
 */
export function tailSubject(left: string): Subject | null {
	let clause = left.trim();
	const relative = RELATIVE_TAIL.exec(clause);
	if (relative?.[1] !== undefined) clause = relative[1];
	else if (clause.endsWith(',')) {
		const parts = clause.slice(0, -1).split(',');
		const appositive = pureName(parts.pop()?.trim() ?? '');
		if (appositive) return { text: appositive, kind: 'name' };
		clause = parts.join(',');
	}
	const tail = clause.slice(clause.lastIndexOf(',') + 1).trim();
	const last = tail.split(/\s+/u).at(-1) ?? '';
	if (PRONOUN.test(last)) return { text: last, kind: 'pronoun' };
	if (last === '' || OPAQUE.test(last)) return null;
	const run = findNameRuns(tail).at(-1);
	if (run && run.end === tail.length && (run.title !== '' || !objectOrDetermined(tail, run))) {
		return { text: run.text, kind: 'name' };
	}
	return determinerPhrase(tail) ?? shortPhrase(tail);
}

/**
 * Read the subject at the start of the words after a verb or `according to`: `(said) Putin.`
 *
 * @example
 * headSubject('Lt. Col. Damien Pickart, the spokesman.') // { text: 'Lt. Col. Damien Pickart', kind: 'name' }
 */
export function headSubject(right: string): Subject | null {
	const text = right.trimStart();
	const pronoun = /^(?:he|she|they)\b/iu.exec(text);
	if (pronoun) return { text: pronoun[0], kind: 'pronoun' };
	const run = findNameRuns(text)[0];
	if (run && run.name !== '' && onlyStopwords(text.slice(0, run.start)) && !DETERMINER.test(text)) {
		return { text: run.text, kind: 'name' };
	}
	const phrase = text.split(/[,;:!?\uE000\uE001]|\.(?:\s|$)/u)[0]?.trim() ?? '';
	return phrase.split(/\s+/u).length <= 8 ? phraseSubject(phrase) : null;
}

/**
 * The subject a sentence opens with, after an introductory phrase: `In turn, Assad thanked …`.
 * Only names and pronouns; a determiner phrase's extent cannot be told without a parser.
 *
 * @example
 * sentenceSubject('In turn, Assad thanked the pilots, calling it ') // { text: 'Assad', kind: 'name' }
 */
export function sentenceSubject(sentence: string): Subject | null {
	const text = sentence.trimStart();
	const intro = /^[^,]{1,30},\s*(?=\p{Lu})/u.exec(text);
	const starts = intro ? [text.slice(intro[0].length), text] : [text];
	for (const start of starts) {
		const pronoun = /^(?:he|she|they)\b/iu.exec(start);
		if (pronoun) return { text: pronoun[0], kind: 'pronoun' };
		const run = findNameRuns(start)[0];
		const prefix = run ? start.slice(0, run.start) : '';
		if (run && run.name !== '' && onlyStopwords(prefix) && !DETERMINER.test(start)) {
			return { text: run.text, kind: 'name' };
		}
	}
	return null;
}
