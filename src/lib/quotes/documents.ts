/**
 * Documents as speakers. A participle with no comma before it describes the noun before it,
 * not the clause's subject (`passed a resolution calling for …`, `sent an e-mail saying …`);
 * when that noun is a document, its words are its author's when a person wrote it, and the
 * document's own when an organisation did (`a resolution`).
 */
import type { Subject } from './phrase.ts';
import { clauseSubject } from './subject.ts';

/** Document nouns that name one kind of document, filed under one key. */
const SAME_DOCUMENT: Readonly<Record<string, string>> = { article: 'report', story: 'report', release: 'statement', 'e-mail': 'email' };
/** Nouns for texts that can say something. */
const DOCUMENT_NOUNS = `statement|resolution|letter|e-mail|email|memo|memorandum|report|release|post|tweet|message|note|filing|motion|complaint|lawsuit|indictment|ruling|editorial|column|article|story|petition|proposal|document|transcript|speech|essay|op-ed|ad|advertisement|video`;
/**
 * A document noun phrase ending the words before a participle: a determiner, up to three
 * modifiers, the noun, then up to five words with no comma (`Tuesday`, `to the members`).
 *
 *     … issued a report Friday (calling)
 *              ^^^^^^^^ document
 */
const DOCUMENT_BEFORE = new RegExp(
	String.raw`(?:^|\s)((?:a|an|the|its|his|her|their)\s+(?:(?!(?:a|an|the)\s)[\p{L}\p{N}’'-]+\s+){0,3}?(?:${DOCUMENT_NOUNS}))((?:\s+[^\s,;:.!?\uE000\uE001]+){0,5})\s*$`,
	'iu',
);

/**
 * The speaker of a quote hung on a participle right after a document: the clause's subject
 * when it is a person (a name, a pronoun, a role), else the document; null when no document
 * stands before the participle.
 *
 * @example
 * documentSubject('Anna Kowalski issued a statement ') // { text: 'Anna Kowalski', kind: 'name' }
 * documentSubject('The council issued a report Friday ') // { text: 'a report', kind: 'group' }
 * documentSubject('Anna Kowalski spoke on Monday, ') // null
 */
export function documentSubject(left: string): Subject | null {
	const match = DOCUMENT_BEFORE.exec(left);
	if (!match?.[1]) return null;
	const author = clauseSubject(left.slice(0, match.index));
	// An organisation named again by description (`The group drafted a resolution`) is still the author.
	if (author && (author.kind !== 'group' || organisationDescription(author.text) !== null)) return author;
	return { text: match[1], kind: 'group' };
}

/**
 * A definite description of an organisation, and the capitalised words that narrow it:
 * `the group` -> '', `the Harbour group` -> 'Harbour'; null for anything else.
 *
 *     the Harbour group
 *         ^^^^^^^ 1 modifier
 */
const ORGANISATION_DESCRIPTION =
	/^(?:the|this)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3})(?:[\p{Ll}-]+\s+)?(?:group|organi[sz]ation|coalition|association|committee|company|union|council|campaign|movement|network|alliance)$/u;

/**
 * The modifier of a definite description of an organisation (`the Harbour group` -> 'Harbour',
 * `the group` -> ''), or null when the phrase is no such description.
 *
 * @example
 * organisationDescription('The group') // ''
 * organisationDescription('the Harbour group') // 'Harbour'
 * organisationDescription('the statement') // null
 */
export function organisationDescription(phrase: string): string | null {
	const match = ORGANISATION_DESCRIPTION.exec(phrase.replace(/^The\b/u, 'the'));
	return match ? (match[1] ?? '').trim() : null;
}

const DOCUMENT_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:${DOCUMENT_NOUNS})(?![\p{L}\p{M}-])`, 'giu');
/** `The statement`, `the group's report`: a definite phrase headed by a document noun. */
const DEFINITE_DOCUMENT = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?(${DOCUMENT_NOUNS})$`, 'iu');
/** A date is no author: `the memo on Friday`. */
const CALENDAR =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A capitalised name of up to four words. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3}`;
/**
 * A named author or publisher of a document: `Anna Kowalski’s report`, `a statement from Anna
 * Kowalski`, `a post on Daily Pages`, `At Daily Pages, a post …`.
 *
 *     Anna Kowalski’s new report        a statement from Anna Kowalski
 *     ^^^^^^^^^^^^^ author  ^^^^^^ noun   ^^^^^^^^^      ^^^^^^^^^^^^^ author
 */
const AUTHOR = new RegExp(
	String.raw`(?<![\p{L}\p{M}'’.-])(${NAME})['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?(${DOCUMENT_NOUNS})(?![\p{L}\p{M}])` +
		String.raw`|(?<![\p{L}\p{M}'’.-])(${DOCUMENT_NOUNS})\s+(?:from|by|on|at)\s+(${NAME})` +
		String.raw`|(?<![\p{L}\p{M}'’.-])(?:at|on)\s+(${NAME}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(${DOCUMENT_NOUNS})(?![\p{L}\p{M}])`,
	'gu',
);

/** The key a document noun is filed under. */
function keyOf(noun: string): string {
	const lower = noun.toLowerCase();
	return SAME_DOCUMENT[lower] ?? lower;
}

/**
 * The keys of the document nouns a text mentions.
 *
 * @example
 * documentKeys('Nowak said in a statement and an article') // ['statement', 'report']
 */
export function documentKeys(text: string): string[] {
	return [...new Set([...text.matchAll(DOCUMENT_WORD)].map((match) => keyOf(match[0])))];
}

/**
 * The key of the document a definite phrase names, or null: `The statement` -> `statement`.
 *
 * @example
 * definiteDocument('the article') // 'report'
 * definiteDocument('the agency') // null
 */
export function definiteDocument(phrase: string): string | null {
	const noun = DEFINITE_DOCUMENT.exec(phrase.trim())?.[1];
	return noun === undefined ? null : keyOf(noun);
}

/**
 * Documents a text gives a named author, as [key, author as written].
 *
 * @example
 * documentAuthors('a statement from Anna Kowalski came') // [['statement', 'Anna Kowalski']]
 */
export function documentAuthors(text: string): [string, string][] {
	return [...text.matchAll(AUTHOR)].flatMap((match): [string, string][] => {
		const noun = match[2] ?? match[3] ?? match[6];
		const author = match[1] ?? match[4] ?? match[5];
		return noun === undefined || author === undefined || CALENDAR.test(author) ? [] : [[keyOf(noun), author]];
	});
}

/** `a post`, `The statement`: a phrase headed by a document noun, with any article. */
const DOCUMENT_PHRASE = new RegExp(String.raw`^(?:a|an|the|this|that)\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?(${DOCUMENT_NOUNS})$`, 'iu');

/**
 * The key of the document any article phrase names, or null: `a post` -> `post`.
 *
 * @example
 * documentPhrase('a new post') // 'post'
 */
export function documentPhrase(phrase: string): string | null {
	const noun = DOCUMENT_PHRASE.exec(phrase.trim())?.[1];
	return noun === undefined ? null : keyOf(noun);
}
