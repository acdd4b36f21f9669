/**
 * A hand-made cluster for site tests that must not depend on the parser: nested quotes,
 * markup in text, a skipped file, a derived headline. Typed as Cluster, so a schema change
 * shows up here at type-check time.
 */
import type { Cluster } from '../../src/lib/schema.ts';

const nestedText = 'He said "they told me \'stay home\' and I did" at <b>noon</b>.';
const outer = "they told me 'stay home' and I did";
const inner = 'stay home';
const outerStart = nestedText.indexOf(outer);
const innerStart = nestedText.indexOf(inner);
const markupText = '<script>alert(1)</script> and [x](javascript:alert(1)) # not a heading';

export const fixtureCluster: Cluster = {
	version: 1,
	articles: [
		{
			id: 'alpha',
			file: 'alpha.txt',
			headline: 'Alpha <em>story</em>',
			headlineDerived: false,
			outlet: { name: 'Alpha Daily', evidence: 'text' },
			byline: 'Ann Writer',
			date: '2017-12-11',
			section: ['World', 'Middle East'],
			paragraphs: [
				{ text: nestedText, lines: [3], sentences: [{ start: 0, end: nestedText.length }] },
				{ text: markupText, lines: [5], sentences: [{ start: 0, end: markupText.length }] },
			],
			quotes: [
				{
					id: 'alpha-outer',
					articleId: 'alpha',
					paragraph: 0,
					start: outerStart,
					end: outerStart + outer.length,
					text: outer,
					open: '"',
					close: '"',
					depth: 0,
					normalized: 'they told me stay home and i did',
					speaker: { text: 'He', name: 'Vladimir Putin' },
					repeatOf: null,
				},
				{
					id: 'alpha-inner',
					articleId: 'alpha',
					paragraph: 0,
					start: innerStart,
					end: innerStart + inner.length,
					text: inner,
					open: "'",
					close: "'",
					depth: 1,
					normalized: 'stay home',
					speaker: null,
					repeatOf: null,
				},
			],
			links: [
				{ url: 'https://example.com/a?x=1&y=2', host: 'example.com', line: 7 },
				{ url: 'http://example.org/b', host: 'example.org', line: 8 },
			],
			removed: [
				{ line: 1, text: 'Alpha <em>story</em>', reason: 'headline' },
				{ line: 9, text: 'Leave a comment <form>', reason: 'comment-form' },
			],
			wordCount: 20,
		},
		{
			id: 'beta',
			file: 'beta.txt',
			headline: 'The lead sentence becomes the headline',
			headlineDerived: true,
			outlet: null,
			byline: null,
			date: null,
			section: [],
			paragraphs: [{ text: 'The lead sentence becomes the headline.', lines: [1], sentences: [{ start: 0, end: 39 }] }],
			quotes: [],
			links: [],
			removed: [],
			wordCount: 6,
		},
	],
	skipped: [{ file: 'notes.md', problem: 'not a .txt file' }],
	sharedQuotes: [],
	passages: [],
	nameVariants: [],
	fragments: [],
};
