import { describe, expect, test } from 'vitest';
import { lineReason, outletFromFooter } from '../../../src/lib/parse/line-kinds.ts';

describe('lineReason', () => {
	test.each([
		['https://ria.ru/syria/20171211/1510638374.html', 'url-block'],
		['www.example.com/news/1', 'url-block'],
		['Leave a Reply', 'comment-form'],
		['Your email address will not be published. Required fields are marked *', 'comment-form'],
		['Discuss This Article', 'comment-form'],
		['12 Comments', 'comment-form'],
		['Back to top button', 'navigation'],
		['Latest News', 'navigation'],
		['Related Articles', 'navigation'],
		['With reporting by AFP.', 'credit-line'],
		['Reporting by Jane Doe; Editing by John Roe', 'credit-line'],
		["Related article: Russia's Defense Ministry Says Syria '100% Free of Islamic State'", 'related-headline'],
		['Image: Vladimir Putin', 'caption'],
		['Image shows shirtless Putin riding a polar bear.', 'caption'],
		['Other reports by Click Lancashire', 'footer'],
		['© 2017 The Daily Example. All rights reserved.', 'footer'],
		['December 15, 2017', 'date'],
		['Минобороны России Facebook', 'photo-credit'],
		['Photo: Jane Doe / Getty Images', 'photo-credit'],
		['(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Ann Poe)', 'credit-line'],
		['Example Wire writer Jane Doe in Velgrad contributed to this report.', 'credit-line'],
		['John Roe contributed reporting from Dorvia.', 'credit-line'],
		['___', 'separator'],
		['* * *', 'separator'],
		['Published 3 hours ago', 'date'],
		['Updated: 10:32 am GMT', 'date'],
		['Share on Facebook', 'navigation'],
		['Follow us on Twitter @examplenews', 'navigation'],
		['Sign up for our morning newsletter', 'navigation'],
	])('%s -> %s', (line, reason) => {
		expect(lineReason(line)).toBe(reason);
	});

	test.each([
		['a body sentence', 'Putin made the stopover at the base in Latakia province.'],
		['a sentence that mentions Facebook', 'The ministry posted the video on Facebook.'],
		[
			'a sentence about reporting',
			'Reporting from the base was restricted, officials said, and few journalists were allowed in to see the troops.',
		],
		['a quote that starts the paragraph', '“I congratulate you!” the Russian president told a gathering.'],
		['a sentence about a contribution to a report', 'The agency contributed to the report, officials said.'],
		['another that ends on the report', 'Two ministries contributed to the report.'],
		['a sentence about hours ago', 'The ferry left 3 hours ago from the main pier.'],
	])('keeps %s as body', (_name, line) => {
		expect(lineReason(line)).toBeUndefined();
	});
});

describe('outletFromFooter', () => {
	test.each([
		['Other reports by Click Lancashire', 'Click Lancashire'],
		['© 2017 The Daily Example. All rights reserved.', 'The Daily Example'],
		['Copyright Example News', 'Example News'],
		['This article originally appeared on Example Times', 'Example Times'],
	])('%s names %s', (line, outlet) => {
		expect(outletFromFooter(line)).toBe(outlet);
	});
});
