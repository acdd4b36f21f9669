/**
 * unified plugin: find sentence boundaries with retext's English parser (parse-english),
 * which knows abbreviations such as "Lt. Col." and "U.S." that a naive split on "." breaks.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { ParseEnglish } from 'parse-english';
import type { Sentence } from '../schema.ts';
import { paragraphsOf, textOf } from './tree.ts';

const parser = new ParseEnglish();

/**
 * Sentence spans of a paragraph, as offsets into its text; the whole text when the parser finds none.
 *
 * @example
 * splitSentences('Lt. Col. Pickart spoke. He left.') // [{ start: 0, end: 23 }, { start: 24, end: 32 }]
 */
export function splitSentences(text: string): Sentence[] {
	const spans: Sentence[] = [];
	for (const paragraph of parser.parse(text).children) {
		if (paragraph.type !== 'ParagraphNode') continue;
		for (const sentence of paragraph.children) {
			const start = sentence.position?.start.offset;
			const end = sentence.position?.end.offset;
			if (sentence.type === 'SentenceNode' && start !== undefined && end !== undefined && end > start) {
				spans.push({ start, end });
			}
		}
	}
	return spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}

/** unified plugin: attach `data.sentences` to every paragraph. */
export function attachSentences(): Transformer<Root, Root> {
	return (tree: Root): void => {
		for (const node of paragraphsOf(tree)) {
			node.data = { ...node.data, sentences: splitSentences(textOf(node)) };
		}
	};
}
