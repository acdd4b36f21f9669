/**
 * Attribution patterns of English news prose, read on a sentence whose quotes are masked
 * (`\uE000` the quote being attributed, `\uE001` any other quote).
 */
import { hasSentenceBreak } from './breaks.ts';
import { INVERTING_VERBS, PARTICIPLES, PASSIVE_AUXILIARIES, SPEECH_VERBS, VERB_MODIFIERS } from './lexicon.ts';
import type { Subject } from './phrase.ts';
import { headSubject, sentenceSubject, tailSubject, wholeSubject } from './subject.ts';

/**
 * A speech verb, a participle or `according to`, as a whole word.
 *
 *     Assad stated, adding Q      According to President Putin, …
 *           ^^^^^^  ^^^^^^        ^^^^^^^^^^^^
 */
const ATTRIBUTION_WORD = new RegExp(
	String.raw`(?<![\p{L}\p{M}-])(?:[Aa]ccording to|${[...SPEECH_VERBS, ...PARTICIPLES].join('|')})(?![\p{L}\p{M}-])`,
	'gu',
);
/**
 * `cited X as saying`: the object is the speaker.
 *
 *     (cited) Assad as saying.
 *             ^^^^^ speaker
 */
const CITED_OBJECT = /^\s*(.+?)\s+as\s+(?:saying|telling|stating|writing)\b/su;
/** Most participles followed back to the clause they hang on: `X said …, adding …, noting “…”`. */
const MAX_PARTICIPLES = 3;
/** Where a clause before a verb starts: after another quote, a semicolon, a colon or a bracket. */
const CLAUSE_START = /[\uE000\uE001;:(]/gu;

/**
 * Find who a quote is attributed to from the masked words before and after it:
 * first a clause right after it (`“…,” X said`, `, said X`), then the nearest attribution
 * before it (`X said that … “…”`, `…, adding “…”`, `according to X`), then a clause ending
 * the sentence (`“…” in Syria, he said.`).
 *
 * @example
 * findAttribution('', ', said Putin.') // { text: 'Putin', kind: 'name' }
 * findAttribution('Putin also said that conditions exist ', '.') // { text: 'Putin', kind: 'name' }
 */
export function findAttribution(before: string, after: string): Subject | null {
	return attributionAfter(after) ?? attributionBefore(before) ?? trailingAttribution(after);
}

/** `“…,” X said`, `“…,” said X`, `“…,” according to X`, `“…,” the agency cited X as saying`. */
function attributionAfter(after: string): Subject | null {
	const text = after.replace(/^[\s,–—-]+/u, '');
	const match = firstAttributionWord(text);
	if (!match || PARTICIPLES.has(match.word)) return null;
	const left = text.slice(0, match.at);
	const right = text.slice(match.at + match.word.length);
	if (left.trim() === '') {
		if (/^according to$/iu.test(match.word) || INVERTING_VERBS.has(match.word)) return headSubject(right);
		return null;
	}
	if (hasSentenceBreak(left) || left.split(/\s+/u).length > 14) return null;
	if (!/^(?:\p{Lu}|(?:the|a|an|he|she|they)\b)/u.test(left)) return null;
	return subjectOfVerb(left, match.word, right, wholeSubject);
}

/** The nearest attribution before the quote in its sentence. */
function attributionBefore(before: string): Subject | null {
	const words = [...before.matchAll(ATTRIBUTION_WORD)].map((match) => ({ word: match[0], at: match.index }));
	return attributionEndingAt(before, words, words.length - 1, MAX_PARTICIPLES);
}

/**
 * The attribution made by `words[index]`, the last attribution word of `before`. A participle
 * hangs on the clause before it (`X said …, adding “…”`), followed back at most `participles` times.
 */
function attributionEndingAt(
	before: string,
	words: readonly { word: string; at: number }[],
	index: number,
	participles: number,
): Subject | null {
	const match = words[index];
	if (!match) return null;
	const right = before.slice(match.at + match.word.length);
	if (/^according to$/iu.test(match.word)) return headSubject(right);
	const left = before.slice(0, match.at);
	if (PARTICIPLES.has(match.word)) {
		const earlier = participles > 0 ? attributionEndingAt(left, words, index - 1, participles - 1) : null;
		return earlier ?? sentenceSubject(left);
	}
	const clause = left.slice(lastIndexOf(left, CLAUSE_START) + 1);
	return subjectOfVerb(clause, match.word, right, tailSubject);
}

/** `…“…” in Syria, he said.`: a comma, a subject, a verb, after the quote. */
function trailingAttribution(after: string): Subject | null {
	const text = after.split(/[\uE000\uE001]/u)[0] ?? '';
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
		const subject = left.trim() === '' && INVERTING_VERBS.has(word) ? headSubject(right) : subjectOfVerb(left, word, right, wholeSubject);
		if (subject) return subject;
	}
	return null;
}

/**
 * The subject of a speech verb from the words before it, after dropping auxiliaries and
 * adverbs (`was also`). Active `cited`/`quoted` take their object: `cited X as saying`.
 */
function subjectOfVerb(left: string, verb: string, right: string, read: (phrase: string) => Subject | null): Subject | null {
	const words = left.trim().split(/\s+/u);
	let passive = false;
	// Pop before testing: `passive ||= …(words.pop())` would stop popping once passive is true.
	while (words.length > 0 && VERB_MODIFIERS.has(words.at(-1) ?? '')) {
		const word = words.pop() ?? '';
		if (PASSIVE_AUXILIARIES.has(word)) passive = true;
	}
	if ((verb === 'cited' || verb === 'quoted') && !passive) {
		const object = CITED_OBJECT.exec(right)?.[1];
		if (object !== undefined && !hasSentenceBreak(object)) return wholeSubject(object);
	}
	const phrase = words.join(' ');
	return phrase === '' ? null : read(phrase);
}

function firstAttributionWord(text: string): { word: string; at: number } | null {
	const match = ATTRIBUTION_WORD.exec(text);
	ATTRIBUTION_WORD.lastIndex = 0;
	return match ? { word: match[0], at: match.index } : null;
}

function lastIndexOf(text: string, pattern: RegExp): number {
	return [...text.matchAll(pattern)].at(-1)?.index ?? -1;
}
