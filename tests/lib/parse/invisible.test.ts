import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../../src/lib/parse/article.ts';
import { splitBlocks } from '../../../src/lib/parse/plain-text.ts';

describe('splitBlocks and invisible characters', () => {
	test.each([
		['zero\u200bwidth', 'zerowidth'],
		['word\u2060joiner', 'wordjoiner'],
		['\ufeffbyte order mark', 'byte order mark'],
		['soft\u00adhyphen', 'soft\u00adhyphen'],
		['a\u200b \u200bb', 'a b'],
	])('%j reads as %j: a zero-width character is not a space', (line, text) => {
		expect(splitBlocks(line)[0]?.[0]?.text).toBe(text);
	});

	test('a line of zero-width characters only is blank', () => {
		expect(splitBlocks('a\n\u200b\u200b\nb')).toEqual([[{ line: 1, text: 'a' }], [{ line: 3, text: 'b' }]]);
	});

	test('an article whose words are split by zero-width spaces keeps its words whole', () => {
		const text = 'Floods close the road\n\nThe road was clo\u200bsed on Mon\u200bday after heavy rain, officials said.\n';
		const result = parseArticle({ file: 'a.txt', bytes: new TextEncoder().encode(text) });
		expect(result.ok && result.article.paragraphs[0]?.text).toBe('The road was closed on Monday after heavy rain, officials said.');
	});
});
