/**
 * unified plugin: turn blocks of hard-wrapped lines into clean paragraphs, and join a
 * paragraph that page furniture (a block of URLs, a caption) cut in two.
 */
import type { Paragraph, Root } from 'mdast';
import type { Transformer } from 'unified';
import { CLOSING_MARK_CLASS } from './line-kinds.ts';
import { linesOf, paragraphFrom, paragraphsOf, textOf, type SourceLine } from './tree.ts';

/** A sentence's final mark, maybe before closing marks of any quote style. */
const ENDS_SENTENCE = new RegExp(`[.!?…][${CLOSING_MARK_CLASS}]*$`, 'u');
/** Lines longer than this are not hard-wrapped: each one is a paragraph of its own. */
const LONGEST_WRAPPED_LINE = 120;

/** unified plugin: unwrap hard wraps and rejoin cut paragraphs. */
export function joinParagraphs(): Transformer<Root, Root> {
	return (tree: Root): void => {
		const unwrapped = paragraphsOf(tree).flatMap((node) =>
			splitWrappedLines(linesOf(node)).map((lines, index, all) => {
				const paragraph = paragraphFrom(lines);
				const last = index === all.length - 1;
				if (last && node.data?.continues && paragraph.data) paragraph.data.continues = true;
				return paragraph;
			}),
		);
		tree.children = rejoinCut(unwrapped).map((node) => singleLine(node));
	};
}

/**
 * Group a block's lines into paragraphs. A line ends a paragraph when it ends a sentence
 * and is clearly shorter than the block's wrap width; a block of very long lines is one
 * paragraph per line.
 */
export function splitWrappedLines(lines: SourceLine[]): SourceLine[][] {
	const width = lines.reduce((widest, line) => Math.max(widest, line.text.length), 0);
	if (width > LONGEST_WRAPPED_LINE) return lines.map((line) => [line]);
	const paragraphs: SourceLine[][] = [[]];
	lines.forEach((line, index) => {
		paragraphs.at(-1)?.push(line);
		const short = line.text.length < width * 0.8;
		const endsSentence = ENDS_SENTENCE.test(line.text);
		if (short && endsSentence && index < lines.length - 1) paragraphs.push([]);
	});
	return paragraphs;
}

function rejoinCut(nodes: Paragraph[]): Paragraph[] {
	const result: Paragraph[] = [];
	let carry: SourceLine[] | undefined;
	for (const node of nodes) {
		const lines = [...(carry ?? []), ...linesOf(node)];
		carry = undefined;
		if (node.data?.continues) {
			carry = lines;
			continue;
		}
		result.push(paragraphFrom(lines));
	}
	if (carry) result.push(paragraphFrom(carry));
	return result;
}

/** Join a paragraph's lines into one line of text, keeping its source lines. */
function singleLine(node: Paragraph): Paragraph {
	const text = joinLines(textOf(node).split('\n'));
	return { ...node, children: [{ type: 'text', value: text }] };
}

/**
 * Join hard-wrapped lines with one space; a line ending in a hyphen after a letter runs on.
 *
 * @example
 * joinLines(['the U.K.-', 'based trust', 'said']) // 'the U.K.-based trust said'
 */
export function joinLines(lines: string[]): string {
	// Look at each line and its predecessor only: testing the growing text would make this quadratic.
	return lines.map((line, index) => (index === 0 || runsOn(lines[index - 1] ?? '', line) ? line : ` ${line}`)).join('');
}

function runsOn(previous: string, line: string): boolean {
	return /[\p{L}.]-$/u.test(previous) && /^\p{Ll}/u.test(line);
}
