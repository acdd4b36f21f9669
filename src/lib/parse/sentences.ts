/**
 * unified plugin: find sentence boundaries with retext's English parser (parse-english),
 * which knows abbreviations such as "Lt. Col." and "U.S." that a naive split on "." breaks.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { ParseEnglish } from 'parse-english';
import type { Sentence } from '../schema.ts';
import { CLOSING_MARK_CLASS } from './line-kinds.ts';
import { paragraphsOf, textOf } from './tree.ts';
import { OPENING_QUOTE_MARKS } from '../text/quote-marks.ts';

const parser = new ParseEnglish();

/**
 * Longest text handed to the parser in one call. Its merging passes splice arrays of
 * sentences (parse-latin `lib/plugin/merge-non-word-sentences.js`), so one call is quadratic
 * in the sentences it holds; news paragraphs are far shorter, longer text is cut first.
 */
const LONGEST_PARSED = 2_000;

/**
 * Where a sentence most likely ends: a full stop, question or exclamation mark, closing marks,
 * spaces, then a capital (maybe after an opening mark). The cut goes after the spaces.
 *
 *     … on Monday.” The minister …
 *                ^^^ closing mark and space; the next piece starts at `The`
 */
const SENTENCE_END = new RegExp(`[.!?…][${CLOSING_MARK_CLASS}]*\\s+(?=[${OPENING_QUOTE_MARKS}(]?\\p{Lu})`, 'gu');

/**
 * Sentence spans of a paragraph, as offsets into its text; the whole text when the parser finds none.
 *
 * @example
 * splitSentences('Lt. Col. Nowak spoke. He left.') // [{ start: 0, end: 21 }, { start: 22, end: 30 }]
 */
export function splitSentences(text: string): Sentence[] {
	const spans: Sentence[] = [];
	for (const piece of piecesOf(text)) spans.push(...parsedSentences(text.slice(piece.start, piece.end), piece.start));
	return spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}

/**
 * Cut a text into pieces of at most LONGEST_PARSED characters, each ending at a likely sentence
 * end, else after a space, else anywhere but inside a surrogate pair. Every cut moves forward.
 */
function piecesOf(text: string): Sentence[] {
	const pieces: Sentence[] = [];
	let start = 0;
	while (text.length - start > LONGEST_PARSED) {
		const end = cutPoint(text, start, start + LONGEST_PARSED);
		pieces.push({ start, end });
		start = end;
	}
	pieces.push({ start, end: text.length });
	return pieces;
}

/** The end of a piece starting at `start`: always after `start`, at most `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
	const window = text.slice(start, limit);
	const lastEnd = [...window.matchAll(SENTENCE_END)].at(-1);
	if (lastEnd) return start + lastEnd.index + lastEnd[0].length;
	const space = window.lastIndexOf(' ');
	if (space > 0) return start + space + 1;
	const last = text.charCodeAt(limit - 1);
	return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}

function parsedSentences(text: string, offset: number): Sentence[] {
	const spans: Sentence[] = [];
	for (const paragraph of parser.parse(text).children) {
		if (paragraph.type !== 'ParagraphNode') continue;
		for (const sentence of paragraph.children) {
			const start = sentence.position?.start.offset;
			const end = sentence.position?.end.offset;
			if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined && end > start) {
				spans.push({ start: start + offset, end: end + offset });
			}
		}
	}
	return spans;
}

/** unified plugin: attach `data.sentences` to every paragraph. */
export function attachSentences(): Transformer<Root, Root> {
	return (tree: Root): void => {
		for (const node of paragraphsOf(tree)) {
			node.data = { ...node.data, sentences: splitSentences(textOf(node)) };
		}
	};
}
