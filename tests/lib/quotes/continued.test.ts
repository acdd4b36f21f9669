import { describe, expect, test } from 'vitest';
import { extractArticleQuotes } from '../../../src/lib/quotes/continued.ts';

/** Each paragraph's quotes as [inner text, open, close, depth]. */
function quoted(texts: string[]): [string, string, string, number][][] {
	return extractArticleQuotes(texts).map((spans, index) =>
		spans.map((span) => [(texts[index] ?? '').slice(span.start, span.end), span.open, span.close, span.depth]),
	);
}

describe('extractArticleQuotes', () => {
	test('finds a paragraph whose closing mark lost its opening, after an unclosed paragraph', () => {
		expect(quoted(['“We lost.', 'We will be back,” she said.'])).toEqual([[['We lost.', '“', '', 0]], [['We will be back,', '', '”', 0]]]);
	});

	test('quotes whole the paragraphs between, their own quotes one level deeper', () => {
		expect(quoted(['“We lost.', 'The “party” is strong.', 'We will win.”'])).toEqual([
			[['We lost.', '“', '', 0]],
			[
				['The “party” is strong.', '', '', 0],
				['party', '“', '”', 1],
			],
			[['We will win.', '', '”', 0]],
		]);
	});

	test('leaves a paragraph reopened with a mark as it is (the convention, nothing lost)', () => {
		expect(quoted(['“We lost.', '“We will win.”'])).toEqual([[['We lost.', '“', '', 0]], [['We will win.', '“', '”', 0]]]);
	});

	test('does not follow a quote into paragraphs that never close it', () => {
		expect(quoted(['“We lost.', 'Nowak left.', 'Kowalski stayed.'])).toEqual([[['We lost.', '“', '', 0]], [], []]);
	});

	test('starts a quote after a name and a colon when its closing mark has no opening', () => {
		expect(quoted(['Anna Kowalski: We will not stop now.” Then she left.'])).toEqual([[['We will not stop now.', '', '”', 0]]]);
	});

	test('keeps paragraphs with ordinary quotes unchanged', () => {
		expect(quoted(['He said “yes,” twice.'])).toEqual([[['yes,', '“', '”', 0]]]);
	});
});
