/**
 * Snippets with the matched words marked, as segments for the page to render with
 * `textContent` and `<mark>` elements: data, never an HTML string.
 */
import { foldTokens, type FoldedToken, type VariantMap } from './fold.ts';
import { termMatches } from './match.ts';
import type { ParsedQuery } from './query.ts';

/** A run of snippet text, marked when it matched the query. */
export interface Segment {
	text: string;
	mark?: true;
}

/**
 * Which words of a text matched: fuzzy words as Fuse would match them, phrases word by word in order.
 *
 * @example
 * matchedTokens(foldTokens('at Khalvenka harbour', map), parseQuery('halveenka', map)) // [false, true, false]
 */
export function matchedTokens(tokens: readonly FoldedToken[], query: ParsedQuery): boolean[] {
	const marked = tokens.map((token) => token.keys.some((key) => query.words.some((word) => termMatches(word, key))));
	for (const phrase of query.phrases) {
		for (let start = 0; start + phrase.length <= tokens.length; start++) {
			const fits = phrase.every((word, offset) => {
				const keys = tokens[start + offset]!.keys;
				return offset === phrase.length - 1 ? keys.some((key) => key.startsWith(word)) : keys.includes(word);
			});
			if (fits) for (let offset = 0; offset < phrase.length; offset++) marked[start + offset] = true;
		}
	}
	return marked;
}

/**
 * A snippet of at most about `maxLength` characters around the first match, as segments;
 * `…` stands for what was cut.
 *
 * @example
 * snippet('They left Khalvenka on Monday.', parseQuery('khalvenka', map), map)
 * // [{ text: 'They left ' }, { text: 'Khalvenka', mark: true }, { text: ' on Monday.' }]
 */
export function snippet(text: string, query: ParsedQuery, variants?: VariantMap, maxLength = 260): Segment[] {
	const tokens = foldTokens(text, variants);
	const marked = matchedTokens(tokens, query);
	let from = 0;
	let to = text.length;
	if (text.length > maxLength) {
		const first = tokens[marked.indexOf(true)];
		const anchor = first ? first.start : 0;
		from = wordStart(tokens, Math.max(0, anchor - Math.round(maxLength / 4)));
		to = Math.min(text.length, from + maxLength);
		const last = tokens.findLast((token) => token.end <= to);
		if (to < text.length && last) to = last.end;
	}
	const segments: Segment[] = [];
	const push = (part: string, mark: boolean) => {
		if (part === '') return;
		const previous = segments.at(-1);
		if (previous && !previous.mark && !mark) previous.text += part;
		else segments.push(mark ? { text: part, mark: true } : { text: part });
	};
	if (from > 0) push('…', false);
	let cursor = from;
	tokens.forEach((token, index) => {
		if (!marked[index] || token.start < from || token.end > to) return;
		push(text.slice(cursor, token.start), false);
		push(text.slice(token.start, token.end), true);
		cursor = token.end;
	});
	push(text.slice(cursor, to), false);
	if (to < text.length) push('…', false);
	return segments;
}

/** The start of the first word at or after `offset`. */
function wordStart(tokens: readonly FoldedToken[], offset: number): number {
	return tokens.find((token) => token.start >= offset)?.start ?? offset;
}
