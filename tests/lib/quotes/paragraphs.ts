/**
 * Test input in the shape the parser hands to the quote modules: one line per paragraph,
 * whitespace collapsed, quote marks as written, sentences as spans.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A paragraph as `attributeSpeakers` reads it. */
export interface TestParagraph {
	text: string;
	sentences: { start: number; end: number }[];
}

/**
 * Split a paragraph into sentences the plain way: after `.`, `!` or `?` (and a closing mark)
 * before a space and a capital or an opening mark. It cuts at `Lt. Col.` on purpose, as a
 * naive splitter would, so the attribution code must cope.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
	const sentences: { start: number; end: number }[] = [];
	let start = 0;
	for (const match of text.matchAll(/[.!?]["”’]?(?=\s+["“‘\p{Lu}])/gu)) {
		const end = match.index + match[0].length;
		sentences.push({ start, end });
		start = end + 1;
	}
	if (start < text.length) sentences.push({ start, end: text.length });
	return sentences;
}

/** Join hard-wrapped lines and collapse whitespace, as the parser does. */
export function toParagraph(raw: string): TestParagraph {
	const text = raw.replace(/\s+/gu, ' ').trim();
	return { text, sentences: splitSentences(text) };
}

/**
 * The body paragraphs of a seed: blocks between blank lines, picked by index so headlines,
 * bylines and link blocks stay out. An index pair joins two blocks (a paragraph cut by a URL block).
 */
export function seedParagraphs(file: string, picks: readonly (number | readonly [number, number])[]): TestParagraph[] {
	const url = new URL(`../../../seeds/${file}`, import.meta.url);
	const blocks = readFileSync(fileURLToPath(url), 'utf8')
		.split(/\n\s*\n/u)
		.filter((block) => block.trim() !== '');
	return picks.map((pick) =>
		toParagraph(typeof pick === 'number' ? (blocks[pick] ?? '') : `${blocks[pick[0]] ?? ''} ${blocks[pick[1]] ?? ''}`),
	);
}
