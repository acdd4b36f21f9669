/**
 * Documents as speakers. A participle with no comma before it describes the noun before it,
 * not the clause's subject (`passed a resolution calling for …`, `sent an e-mail saying …`);
 * when that noun is a document, its words are its author's when a person wrote it, and the
 * document's own when an organisation did (`a resolution`).
 */
import type { Subject } from './phrase.ts';
import { clauseSubject } from './subject.ts';

/** Nouns for texts that can say something. */
const DOCUMENT_NOUNS = `statement|resolution|letter|e-mail|email|memo|memorandum|report|release|post|tweet|message|note|filing|motion|complaint|lawsuit|indictment|ruling|editorial|column|article|story|petition|proposal|document|transcript|speech|essay|op-ed|ad|advertisement|video`;
/**
 * A document noun phrase ending the words before a participle: a determiner, up to three
 * modifiers, the noun, then up to five words with no comma (`Tuesday`, `to the members`).
 *
 *     … passed a resolution Tuesday (calling)
 *              ^^^^^^^^^^^^ document
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
 * documentSubject('The council passed a resolution Tuesday ') // { text: 'a resolution', kind: 'group' }
 * documentSubject('Anna Kowalski spoke on Monday, ') // null
 */
export function documentSubject(left: string): Subject | null {
	const match = DOCUMENT_BEFORE.exec(left);
	if (!match?.[1]) return null;
	const author = clauseSubject(left.slice(0, match.index));
	if (author && author.kind !== 'group') return author;
	return { text: match[1], kind: 'group' };
}
