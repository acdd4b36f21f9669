/**
 * The syntax tree Chorus parses plain text into: an mdast root of paragraphs, one per
 * blank-line-separated block at first, carrying the source lines each was made from.
 * Later steps remove page furniture, join hard wraps and attach sentences.
 */
import type { Paragraph, Root } from 'mdast';
import type { Outlet, RemovedLine, Sentence } from '../schema.ts';

/** One non-blank source line, trimmed, with its 1-based number. */
export interface SourceLine {
	line: number;
	text: string;
}

declare module 'mdast' {
	interface ParagraphData {
		/** Source lines this paragraph is made of. */
		lines?: SourceLine[];
		/** The paragraph runs on into the next one (a block of URLs or a caption cut it). */
		continues?: boolean;
		/** Sentence spans within the paragraph text. */
		sentences?: Sentence[];
	}
}

declare module 'vfile' {
	interface DataMap {
		removed: RemovedLine[];
		headline: string;
		sectionLabels: string[];
		byline: string;
		date: string;
		outlet: Outlet;
		/** The site name glued to the headline (`Title | Site`), when there was one. */
		siteName: string;
		/** The newsroom a byline names (`By Anna Kowalski, The Daily Example`). */
		bylineOutlet: string;
	}
}

/** Build a paragraph node from source lines; its text is the lines joined by newlines. */
export function paragraphFrom(lines: SourceLine[]): Paragraph {
	const first = lines[0]?.line ?? 1;
	const last = lines.at(-1)?.line ?? first;
	return {
		type: 'paragraph',
		children: [{ type: 'text', value: lines.map((line) => line.text).join('\n') }],
		position: { start: { line: first, column: 1 }, end: { line: last, column: 1 } },
		data: { lines },
	};
}

/** The source lines of a paragraph node. */
export function linesOf(node: Paragraph): SourceLine[] {
	return node.data?.lines ?? [];
}

/** The text of a paragraph node. */
export function textOf(node: Paragraph): string {
	const child = node.children[0];
	return child?.type === 'text' ? child.value : '';
}

/** The paragraphs of a root, in order. */
export function paragraphsOf(tree: Root): Paragraph[] {
	return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}
