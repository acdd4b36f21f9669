/**
 * Attribution shapes of English news, one row per class of error the development corpora
 * showed, written with invented names: the speaker each shape gives.
 */
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract.ts';
import { attributeSpeakers } from '../../../src/lib/quotes/speaker.ts';
import { toParagraph } from './paragraphs.ts';

/** The speaker name (or null) found for the quote holding `fragment`, in paragraphs given as strings. */
function speakerName(texts: readonly string[], fragment: string): string | null {
	const paragraphs = texts.map(toParagraph);
	const quotes = paragraphs.flatMap((paragraph, index) => extractQuotes(paragraph.text).map((quote) => ({ ...quote, paragraph: index })));
	const found = quotes.findIndex((quote) => (paragraphs[quote.paragraph]?.text ?? '').slice(quote.start, quote.end).includes(fragment));
	if (found === -1) throw new Error(`no quote holds ${JSON.stringify(fragment)}`);
	return attributeSpeakers(paragraphs, quotes)[found]?.name ?? null;
}

describe('attributeSpeakers on news attribution shapes', () => {
	test.each([
		['an honorific abbreviation before the verb', ['“We are ready,” Mr. Nowak said.'], 'We are ready', 'Nowak'],
		['an initial inside the name', ['“Yes,” said Piotr K. Nowak. “Under the law, yes.”'], 'Under the law', 'Piotr K. Nowak'],
		['a rank abbreviation', ['“Hold the line,” Gen. Anna Kowalski told troops on Monday.'], 'Hold the line', 'Anna Kowalski'],
	])('%s', (_name, texts, fragment, expected) => {
		expect(speakerName(texts, fragment)).toBe(expected);
	});
});
