import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract.ts';
import { attributeSpeakers } from '../../../src/lib/quotes/speaker.ts';

/**
 * One sentence with a 40,000-character token: patterns that may start a match after every
 * hyphen or dot inside it once made attribution quadratic (about 30 s here); linear, it takes
 * a fraction of a second. The timeout is the bound.
 */
describe('attributeSpeakers on a sentence with one very long token', () => {
	test.each([['A-'], ['a-'], ['A.']])('reads a token of %s repeated', { timeout: 3_000 }, (unit) => {
		const text = `Anna Kowalski said “yes” about ${unit.repeat(20_000)} today.`;
		const quotes = extractQuotes(text).map((quote) => ({ ...quote, paragraph: 0, text: text.slice(quote.start, quote.end) }));
		const [speaker] = attributeSpeakers([{ text, sentences: [{ start: 0, end: text.length }] }], quotes);
		expect(speaker?.name).toBe('Anna Kowalski');
	});
});
