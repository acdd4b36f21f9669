import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../../src/lib/parse/quote-records.ts';
import { toParagraph } from './paragraphs.ts';

/** The speaker's name of every quote in an article made of these paragraphs, by quote text. */
function speakers(...raw: string[]): Record<string, string | null> {
	const paragraphs = raw.map((text, index) => ({ ...toParagraph(text), lines: [index + 1] }));
	return Object.fromEntries(quotesOf('a', paragraphs).map((quote) => [quote.text, quote.speaker?.name ?? null]));
}

describe('a quote inside a quote that echoes words the article attributes', () => {
	test('takes the speaker of those words', () => {
		const found = speakers(
			'Anna Kowalski drew criticism after calling the strike “a war of pure choice.”',
			'“It was never ‘a war of pure choice,’ and she knows it,” Piotr Nowak wrote.',
		);
		expect(found['a war of pure choice,']).toBe('Anna Kowalski');
		expect(found['It was never ‘a war of pure choice,’ and she knows it,']).toBe('Piotr Nowak');
	});

	test('takes them from inside a longer attributed quote when it is four words or more', () => {
		const found = speakers(
			'“The strike was a war of pure choice and nothing else,” Anna Kowalski said.',
			'“It was never ‘a war of pure choice,’” Piotr Nowak wrote.',
		);
		expect(found['a war of pure choice,']).toBe('Anna Kowalski');
	});

	test('a short inner quote found inside a longer quote stays unattributed: a word or two recurs by chance', () => {
		const found = speakers(
			'“The reform is dead and buried,” Anna Kowalski said.',
			'“This so-called ‘reform’ is a sham,” Piotr Nowak said.',
		);
		expect(found['reform']).toBeNull();
	});

	test('stays unattributed when the article gives the words to two people', () => {
		const found = speakers(
			'Anna Kowalski called it “a war of pure choice.”',
			'Jan Wiśniewski also called it “a war of pure choice.”',
			'“It was never ‘a war of pure choice,’” Piotr Nowak wrote.',
		);
		expect(found['a war of pure choice,']).toBeNull();
	});

	test('its own outer quote does not count', () => {
		const found = speakers('“They call it ‘a war of pure choice,’ which is wrong,” Piotr Nowak said.');
		expect(found['a war of pure choice,']).toBeNull();
	});
});
