/**
 * Test helpers: whole news articles made of grammatical news sentences (news-sentences.ts), for
 * the parser's property test and the bench. A headline, maybe a byline and a date, then
 * paragraphs; some quotes run across paragraphs the news way (no closing mark at the end of a
 * paragraph, an opening mark again at the start of the next); some articles are hard-wrapped.
 */
import fc from 'fast-check';
import { newsSentence, quoteText, saying, type QuoteStyle } from './news-sentences.ts';

/** Every quote style news text uses: curly and straight, low-high, guillemets both ways, corner brackets. */
export const QUOTE_STYLES: readonly QuoteStyle[] = [
	['“', '”'],
	['‘', '’'],
	['"', '"'],
	["'", "'"],
	['„', '“'],
	['«', '»'],
	['« ', ' »'],
	['»', '«'],
	['‹', '›'],
	['「', '」'],
];

const PLACES = ['Eastvale', 'Northbridge', 'Harbourside', 'Westmere'];
const BODIES = ['Council', 'Mayor', 'Ministry', 'Court', 'Union'];
const ACTIONS = ['Approves', 'Rejects', 'Delays', 'Defends', 'Questions'];
const MATTERS = ['Harbour Budget', 'Bridge Repairs', 'New Tax', 'Flood Plan'];

const headline = fc
	.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...BODIES), fc.constantFrom(...ACTIONS), fc.constantFrom(...MATTERS))
	.chain((words) =>
		fc.constantFrom('', ' After Long Debate', ': What We Know', ' as Protests Grow').map((tail) => `${words.join(' ')}${tail}`),
	);
const byline = fc.constantFrom('By Tamsin Ravel', 'Oskar Benedek', 'By Maren Solberg and Idris Farrow');
const dateLine = fc.constantFrom('March 3, 2021', '2021-03-03', 'Published: 3 March 2021', 'Monday, Dec. 6, 2021 10:32 am');

/** One to three sentences in one paragraph. */
function paragraph(style: QuoteStyle, inner: QuoteStyle): fc.Arbitrary<string[]> {
	return fc.array(newsSentence(style, inner), { minLength: 1, maxLength: 3 }).map((sentences) => [sentences.join(' ')]);
}

/** A quote over two or three paragraphs: each but the last opens again and is never closed. */
function runningQuote(style: QuoteStyle, inner: QuoteStyle): fc.Arbitrary<string[]> {
	const [open, close] = style;
	return fc
		.tuple(saying, fc.array(quoteText(inner), { minLength: 2, maxLength: 3 }), fc.constantFrom('she added', 'he said', 'they wrote'))
		.map(([who, parts, tag]) => {
			const last = parts.length - 1;
			return parts.map((part, index) => {
				if (index === 0) return `${who}: ${open}${part}.`;
				return index === last ? `${open}${part},${close} ${tag}.` : `${open}${part}.`;
			});
		});
}

/** Break a paragraph into lines of at most `width` characters at spaces, as e-mail and wire copy do. */
function hardWrap(text: string, width: number): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	return [...lines, line].join('\n');
}

/** A block of paragraphs in the article's style, or now and then in another one. */
function block(style: QuoteStyle): fc.Arbitrary<string[]> {
	const styles = fc.oneof({ weight: 4, arbitrary: fc.constant(style) }, fc.constantFrom(...QUOTE_STYLES));
	return fc
		.tuple(styles, fc.constantFrom(...QUOTE_STYLES))
		.chain(([outer, inner]) => fc.oneof({ weight: 4, arbitrary: paragraph(outer, inner) }, runningQuote(outer, inner)));
}

/**
 * A whole news article as a plain-text file: headline, optional byline and date, 2 to 12
 * paragraphs, blank lines between them, `\n` or `\r\n` line ends.
 *
 * @example
 * fc.sample(newsArticle, { numRuns: 1, seed: 1 })[0] // 'Eastvale Council Approves …\n\nBy Tamsin Ravel\n\n“We will …,” she said. …'
 */
export const newsArticle: fc.Arbitrary<string> = fc
	.record({
		headline,
		byline: fc.option(byline),
		date: fc.option(dateLine),
		blocks: fc.constantFrom(...QUOTE_STYLES).chain((style) => fc.array(block(style), { minLength: 2, maxLength: 10 })),
		wrap: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, fc.integer({ min: 40, max: 90 })),
		end: fc.constantFrom('\n', '\r\n'),
	})
	.map(({ headline: title, byline: by, date, blocks, wrap, end }) => {
		const paragraphs = blocks.flat().map((text) => (wrap === null ? text : hardWrap(text, wrap)));
		const head = [title, by, date].filter((line): line is string => line !== null);
		return [...head, ...paragraphs].join('\n\n').replaceAll('\n', end);
	});

/** `count` articles from a fixed seed: the same corpus on every run, for the bench. */
export function sampleArticles(count: number, seed = 1): string[] {
	return fc.sample(newsArticle, { numRuns: count, seed });
}
