/**
 * Text pasted from a web page often has no blank line between the lines of its header and
 * footer: a headline, a byline and a time stamp in one block, a list of links in another.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../../src/lib/parse/article.ts';

function parse(text: string) {
	const result = parseArticle({ file: 'stacked.txt', bytes: new TextEncoder().encode(text) });
	if (!result.ok) throw new Error(result.problem);
	return result.article;
}

const stacked = `Ferry strike ends after talks in Velgrad
By Anna Kowalski and Piotr Nowak
Published 3 hours ago
Share this article
Share on Facebook

VELGRAD, June 3 (Example Wire) - The ferry strike in Velgrad ended on Tuesday after twelve hours of talks, the union said.

"We are ready to sail again," union leader Jan Dorp told reporters at the harbour.

Sign up for our morning newsletter

The harbour authority said services would resume on Wednesday morning.

Follow us on Twitter @examplenews
Read more:
Strike talks collapse
Union threatens new walkout
`;

describe('a header and a footer written as stacks of lines', () => {
	const article = parse(stacked);

	test('the headline, byline and time stamp are read line by line, not joined into the first paragraph', () => {
		expect(article.headline).toBe('Ferry strike ends after talks in Velgrad');
		expect(article.byline).toBe('Anna Kowalski and Piotr Nowak');
		expect(article.removed.find((line) => line.text === 'Published 3 hours ago')?.reason).toBe('date');
		expect(article.paragraphs[0]?.text).toMatch(/^VELGRAD, June 3/u);
	});

	test('share, newsletter, follow and link-list lines are set aside with their reasons', () => {
		const reasons = Object.fromEntries(article.removed.map((line) => [line.text, line.reason]));
		expect(reasons['Share on Facebook']).toBe('navigation');
		expect(reasons['Sign up for our morning newsletter']).toBe('navigation');
		expect(reasons['Follow us on Twitter @examplenews']).toBe('navigation');
		expect(reasons['Strike talks collapse']).toBeDefined();
		expect(article.paragraphs.map((paragraph) => paragraph.text.slice(0, 20))).toEqual([
			'VELGRAD, June 3 (Exa',
			'"We are ready to sai',
			'The harbour authorit',
		]);
	});
});

describe('prose wrapped at a narrow width', () => {
	test.each([
		['a line followed by a lower-case word', 'The ferry strike in Velgrad ended on Tuesday\nafter twelve hours of talks, the union said.'],
		['a line ending on a function word before a name', 'The strike ended after long talks with\nVelgrad officials on Tuesday night.'],
		['a line ending on a comma', 'After twelve hours of talks on Tuesday,\nVelgrad officials signed the deal.'],
		['a quotation left open at the line end', '“We are ready to sail again,\nJan,” said the union leader at noon.'],
	])('stays one paragraph: %s', (_name, wrapped) => {
		const article = parse(`Ferry strike ends\n\n${wrapped}\n\nThe harbour reopened on Wednesday.\n`);
		expect(article.paragraphs[0]?.text).toBe(wrapped.replace('\n', ' '));
	});
});

describe('a byline under the headline', () => {
	test.each([
		['Anna Kowalski | Example News', 'Anna Kowalski', 'Example News'],
		['By Anna Kowalski, The Daily Example', 'Anna Kowalski', 'The Daily Example'],
		['Story by Anna Kowalski • Updated Dec 11, 2017', 'Anna Kowalski', undefined],
	])('%s', (line, byline, outlet) => {
		const article = parse(
			`Ferry strike ends after talks in Velgrad\n\n${line}\n\nThe ferry strike ended on Tuesday after twelve hours of talks.\n`,
		);
		expect(article.byline).toBe(byline);
		expect(article.outlet?.name).toBe(outlet);
		expect(article.removed.map((removed) => removed.reason)).toEqual(['headline', 'byline']);
	});
});
