/**
 * A unified parser for plain-text articles. It does not read Markdown on purpose: a line
 * that starts with `# ` or holds `[x](javascript:…)` is prose here, never markup.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { paragraphFrom, type SourceLine } from './tree.ts';

/**
 * Characters with no width that join or mark words rather than separate them (zero-width
 * space, word joiner, byte order mark, Mongolian vowel separator): dropped, so `clo\u200bsed`
 * reads `closed`, not `clo sed`. Zero-width (non-)joiners stay: they shape Persian and emoji.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u180e]/g;

/**
 * Split text into blocks of consecutive non-blank lines, each with its 1-based line number.
 *
 * @example
 * splitBlocks('a\nb\n\n c ') // [[{ line: 1, text: 'a' }, { line: 2, text: 'b' }], [{ line: 4, text: 'c' }]]
 */
export function splitBlocks(text: string): SourceLine[][] {
	const blocks: SourceLine[][] = [];
	let current: SourceLine[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = raw
			.replace(INVISIBLE, '')
			.replace(/[\s\u00a0]+/g, ' ')
			.trim();
		if (line) {
			current.push({ line: index + 1, text: line });
			return;
		}
		if (current.length > 0) blocks.push(current);
		current = [];
	});
	if (current.length > 0) blocks.push(current);
	return blocks;
}

/** unified plugin: parse plain text into an mdast root with one paragraph per block. */
export const plainTextParse: Plugin<[], string, Root> = function () {
	this.parser = (document) => ({
		type: 'root',
		children: splitBlocks(document).map(paragraphFrom),
	});
};
