import { describe, expect, test } from 'vitest';
import { isQuoteSegment, MAX_QUOTE_NESTING, toSegments, type QuoteSpan, type Segment } from '../../src/lib/segments.ts';

/** Join segments back into text, marking quotes as [id:…] to show the structure. */
function show(segments: Segment[]): string {
	return segments.map((s) => (isQuoteSegment(s) ? `[${s.quoteId}:${show(s.children)}]` : s.text)).join('');
}

function flat(segments: Segment[]): string {
	return segments.map((s) => s.text).join('');
}

const span = (id: string, start: number, end: number): QuoteSpan => ({ id, start, end, speaker: null });

describe('toSegments', () => {
	test('leaves text without quotes as one plain run', () => {
		expect(toSegments('No quotes here.', [])).toEqual([{ text: 'No quotes here.' }]);
	});

	test('returns nothing for empty text', () => {
		expect(toSegments('', [])).toEqual([]);
	});

	test.each([
		['a quote in the middle', 'He said "go" now.', [span('q', 9, 11)], 'He said "[q:go]" now.'],
		['a quote at the very start', 'go now', [span('q', 0, 2)], '[q:go] now'],
		['a quote at the very end', 'say stop', [span('q', 4, 8)], 'say [q:stop]'],
		['two quotes, given out of order', '"a" and "b"', [span('b', 9, 10), span('a', 1, 2)], '"[a:a]" and "[b:b]"'],
		['a quote inside a quote', `"x 'y' z"`, [span('in', 4, 5), span('out', 1, 8)], `"[out:x '[in:y]' z]"`],
		['two quotes on the same span', '"same"', [span('a', 1, 5), span('b', 1, 5)], '"[a:[b:same]]"'],
		['a quote crossing another stays unmarked', 'abcdefgh', [span('a', 0, 4), span('b', 2, 6)], '[a:abcd]efgh'],
		['an empty span is ignored', 'abc', [span('e', 1, 1)], 'abc'],
	])('marks %s', (_name, text, quotes, expected) => {
		const segments = toSegments(text, quotes);
		expect(show(segments)).toBe(expected);
		expect(flat(segments)).toBe(text);
	});

	test('keeps the spaces around a quote, which compressHTML must not eat', () => {
		const segments = toSegments('a “b” c', [span('q', 3, 4)]);
		expect(segments.map((s) => s.text)).toEqual(['a “', 'b', '” c']);
	});

	test('carries the speaker on the quote segment', () => {
		const [, quote] = toSegments('x "y"', [{ id: 'q', start: 3, end: 4, speaker: { text: 'he', name: 'Vladimir Putin' } }]);
		expect(quote).toMatchObject({ quoteId: 'q', speaker: { name: 'Vladimir Putin' } });
	});

	test.each([[span('q', 2, 9)], [span('q', 3, 1)]])('throws when a span lies outside the text: %o', (quote) => {
		expect(() => toSegments('short', [quote])).toThrow(/outside its paragraph/);
	});

	test('never loses or adds a character, whatever the spans', () => {
		const text = 'The quick "brown" fox said \'jumps\' over "the lazy" dog.';
		for (let start = 0; start < text.length; start += 3) {
			for (let end = start; end <= text.length; end += 5) {
				const segments = toSegments(text, [span('a', start, end), span('b', Math.floor(start / 2), Math.min(text.length, end + 2))]);
				expect(flat(segments)).toBe(text);
			}
		}
	});
});

describe('toSegments nesting', () => {
	/** How many quote levels a segment tree holds. */
	const depthOf = (segments: readonly Segment[]): number =>
		Math.max(0, ...segments.map((segment) => (isQuoteSegment(segment) ? 1 + depthOf(segment.children) : 0)));
	const flat = (segments: readonly Segment[]): string => segments.map((segment) => segment.text).join('');

	test('1,500 quotes nested in one another are marked at most MAX_QUOTE_NESTING deep, and no text is lost', () => {
		const levels = 1500;
		const text = `${'«'.repeat(levels)}x${'»'.repeat(levels)}`;
		const spans: QuoteSpan[] = Array.from({ length: levels }, (_, level) => ({
			id: `q${level}`,
			start: level + 1,
			end: 2 * levels - level,
			speaker: null,
		}));
		const segments = toSegments(text, spans);
		expect(depthOf(segments)).toBe(MAX_QUOTE_NESTING);
		expect(flat(segments)).toBe(text);
	});
});
