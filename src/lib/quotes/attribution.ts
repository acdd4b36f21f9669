/**
 * Attribution patterns of English news prose, read on a sentence whose quotes are masked
 * (`\uE000` the quote being attributed, `\uE001` any other quote).
 */
import { hasSentenceBreak } from './breaks.ts';
import { isOrganisation } from './names.ts';
import { documentSubject } from './documents.ts';
import { absoluteSubject, deliveredWords, nameLabel, speechNoun } from './nominal.ts';
import type { Subject } from './phrase.ts';
import { INVERTING_VERBS, PARTICIPLES, SPEECH_VERBS } from './speech-verbs.ts';
import { clauseSubject, headSubject, sentenceSubject, tailSubject, wholeSubject } from './subject.ts';
import { COORDINATED, NOT_A_VERB, subjectOfVerb, type VerbSubject } from './verb-subject.ts';

/**
 * A speech verb, a participle or `according to`, as a whole word.
 *
 *     Hadi stated, adding Q      According to President Nowak, …
 *          ^^^^^^  ^^^^^^        ^^^^^^^^^^^^
 */
const ATTRIBUTION_WORD = new RegExp(
	String.raw`(?<![\p{L}\p{M}-])(?:[Aa]ccording to|${[...SPEECH_VERBS, ...PARTICIPLES].join('|')})(?![\p{L}\p{M}-])`,
	'gu',
);
/** Most participles (or coordinated verbs) followed back to the clause they hang on: `X said …, adding …, noting “…”`. */
const MAX_PARTICIPLES = 3;
/**
 * An aside between two dashes, spaced as news sets them, or in brackets: `X — who took office in
 * May — said`, `X (who took office in May) said`.
 *
 *     Nowak — who took office in May — said      Nowak (who took office in May) said
 *             ^^^^^^^^^^^^^^^^^^^^^^ 1                  ^^^^^^^^^^^^^^^^^^^^^^ 2
 */
const DASHED_ASIDE = /\s(?:[—–]\s([^—–\uE000\uE001.!?]{1,120}?)\s[—–]|\(([^()\uE000\uE001.!?]{1,120})\))\s/u;
/** Where a clause before a verb starts: after another quote, a semicolon, a colon or a bracket. */
const CLAUSE_START = /[\uE000\uE001;:(]/gu;

/**
 * Find who a quote is attributed to from the masked words before and after it:
 * first a clause right after it (`“…,” X said`, `, said X`), then the nearest attribution
 * before it (`X said that … “…”`, `…, adding “…”`, `according to X`), then a clause ending
 * the sentence (`“…” in Ruritania, he said.`).
 *
 * @example
 * findAttribution('', ', said Nowak.') // { text: 'Nowak', kind: 'name' }
 * findAttribution('Nowak later said that talks would resume ', '.') // { text: 'Nowak', kind: 'name' }
 */
export function findAttribution(before: string, after: string): Subject | null {
	return attributionAfter(after) ?? attributionBefore(before) ?? trailingAttribution(after) ?? signedAttribution(after);
}

/**
 * A quote signed with a dash and a person's name of two words or more, and nothing else after it:
 * `“…” — Anna Kowalski, harbour master`.
 *
 *     Q — Anna Kowalski, harbour master
 *         ^^^^^^^^^^^^^ 1 name
 */
const SIGNED = /^\s*[—–]\s*(\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){1,3})(?:,\s*[^,;:\uE000\uE001]{1,60})?\s*\.?\s*$/u;

function signedAttribution(after: string): Subject | null {
	const name = SIGNED.exec(after)?.[1]?.replace(/\.$/u, '');
	if (name === undefined) return null;
	// A person signs; a place, a date or an agency after a dash is a dateline or a credit.
	const subject = wholeSubject(name);
	return subject?.kind === 'name' && !isOrganisation(subject.text) ? subject : null;
}

/** `“…,” X said`, `“…,” said X`, `“…,” according to X`, `“…,” the agency cited X as saying`. */
function attributionAfter(after: string): Subject | null {
	// An aside between dashes or in brackets reads as one between commas: `X — who took office in May — said`.
	const text = after
		.replace(/^[\s,–—-]+/u, '')
		.replace(DASHED_ASIDE, (_aside, dashed: string | undefined, bracketed: string | undefined) => `, ${dashed ?? bracketed ?? ''}, `);
	const match = firstAttributionWord(text);
	if (!match || PARTICIPLES.has(match.word)) return null;
	const left = text.slice(0, match.at);
	const right = text.slice(match.at + match.word.length);
	if (left.trim() === '') {
		if (/^according to$/iu.test(match.word) || INVERTING_VERBS.has(match.word)) return headSubject(right);
		return null;
	}
	if (hasSentenceBreak(left) || left.split(/\s+/u).length > 14) return null;
	if (!/^(?:\p{Lu}|(?:the|a|an|he|she|they|his|her|their|its)\b)/u.test(left)) return null;
	return settled(subjectOfVerb(left, match.word, right, wholeSubject));
}

/**
 * The nearest attribution before the quote in its sentence. A word read as a verb that is a
 * noun after another verb (`said claims that`) gives way to the word before it.
 */
function attributionBefore(before: string): Subject | null {
	const words = [...before.matchAll(ATTRIBUTION_WORD)].map((match) => ({ word: match[0], at: match.index }));
	const last = words.at(-1)?.at ?? -1;
	const nominal = words.length === 0 ? (nameLabel(before) ?? deliveredWords(before)) : null;
	if (nominal) return nominal;
	const noun = speechNoun(before);
	if (noun && noun.at > last) return noun.subject;
	for (let index = words.length - 1; index >= Math.max(0, words.length - 3); index--) {
		const found = attributionEndingAt(before, words, index, MAX_PARTICIPLES);
		if (found !== NOT_A_VERB) return settled(found);
	}
	return null;
}

/**
 * The attribution made by `words[index]`, the last attribution word of `before`. A participle
 * hangs on the clause before it (`X said …, adding “…”`), followed back at most `participles`
 * times; without a comma it describes a document before it (`a statement saying “…”`). A verb
 * after `and` shares the subject of the verb before it, or else of its clause.
 */
function attributionEndingAt(
	before: string,
	words: readonly { word: string; at: number }[],
	index: number,
	participles: number,
	whole: string = before,
): VerbSubject {
	const match = words[index];
	if (!match) return null;
	// What follows the verb is read in the whole sentence, so `reported X as (saying)` sees its participle.
	const right = whole.slice(match.at + match.word.length);
	if (/^according to$/iu.test(match.word)) return headSubject(right);
	const left = before.slice(0, match.at);
	const earlier = () => (participles > 0 ? settled(attributionEndingAt(left, words, index - 1, participles - 1, whole)) : null);
	if (PARTICIPLES.has(match.word)) return earlier() ?? absoluteSubject(left) ?? documentSubject(left) ?? sentenceSubject(left);
	const clause = left.slice(lastIndexOf(left, CLAUSE_START) + 1);
	const found = subjectOfVerb(clause, match.word, right, tailSubject);
	if (found !== COORDINATED) return found;
	return earlier() ?? clauseSubject(left.replace(/\s*\b(?:and|but|or|then)\s*$/u, ''));
}

/** A subject, or none for the signals only a caller that can look further back acts on. */
function settled(found: VerbSubject): Subject | null {
	return found === COORDINATED || found === NOT_A_VERB ? null : found;
}

/**
 * `…“…” in Ruritania, he said.`: a comma, a subject, a verb, after the quote, in the words up to
 * the next quote, or else in those after the sentence's last quote (`he took care “…” and gave
 * “…”, the filing said`).
 */
function trailingAttribution(after: string): Subject | null {
	const segments = after.split(/[\uE000\uE001]/u);
	const first = trailingClause(segments[0] ?? '');
	return first ?? (segments.length > 1 ? trailingClause(segments.at(-1) ?? '') : null);
}

function trailingClause(text: string): Subject | null {
	// The comma before each verb, found by walking forward once rather than back from every verb.
	let comma = -1;
	let nextComma = text.indexOf(',');
	for (const match of text.matchAll(ATTRIBUTION_WORD)) {
		const word = match[0];
		if (PARTICIPLES.has(word) || /^according to$/iu.test(word)) continue;
		for (; nextComma !== -1 && nextComma < match.index; nextComma = text.indexOf(',', nextComma + 1)) comma = nextComma;
		if (comma === -1) continue;
		const left = text.slice(comma + 1, match.index);
		const right = text.slice(match.index + word.length);
		const inverted = left.trim() === '' && INVERTING_VERBS.has(word);
		const subject = inverted ? headSubject(right) : settled(subjectOfVerb(left, word, right, wholeSubject));
		if (subject) return subject;
	}
	return null;
}

function firstAttributionWord(text: string): { word: string; at: number } | null {
	const match = ATTRIBUTION_WORD.exec(text);
	ATTRIBUTION_WORD.lastIndex = 0;
	return match ? { word: match[0], at: match.index } : null;
}

function lastIndexOf(text: string, pattern: RegExp): number {
	return [...text.matchAll(pattern)].at(-1)?.index ?? -1;
}
