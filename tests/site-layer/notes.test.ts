import { describe, expect, test } from 'vitest';
import { toParagraphViews } from '../../src/site/article-view.ts';
import { notePoints, placeNotes, withTrailingNotes } from '../../src/site/notes.ts';
import { isNoteSegment, isQuoteSegment, toSegments, type QuoteSpan, type Segment } from '../../src/lib/segments.ts';
import type { Passage } from '../../src/lib/schema.ts';
import { makeArticle } from '../helpers/articles.ts';

const span = (id: string, text: string, quoted: string, from = 0): QuoteSpan => {
	const start = text.indexOf(quoted, from);
	return { id, start, end: start + quoted.length, speaker: null };
};

/** Segments as text with quotes as [id:…] and note places as {ids}. */
function show(segments: readonly Segment[]): string {
	return segments
		.map((segment) =>
			isQuoteSegment(segment)
				? `[${segment.quoteId}:${show(segment.children)}]`
				: isNoteSegment(segment)
					? `{${segment.notesFor.join(',')}}`
					: segment.text,
		)
		.join('');
}

describe('notePoints and placeNotes', () => {
	test.each([
		[
			'after the sentence, not between the words and the closing mark',
			'“We won,” she said. Then she left.',
			[span('q', '“We won,” she said. Then she left.', 'We won,')],
			[
				{ start: 0, end: 19 },
				{ start: 20, end: 34 },
			],
			'“[q:We won,]” she said.{q} Then she left.',
		],
		[
			'after the closing mark and its punctuation when no sentences are known',
			'He called it “a new stage”. Then he left.',
			[span('q', 'He called it “a new stage”. Then he left.', 'a new stage')],
			[],
			'He called it “[q:a new stage]”.{q} Then he left.',
		],
		[
			'after a sentence that ends inside the closing mark',
			'She said “we stay.” Then she left.',
			[span('q', 'She said “we stay.” Then she left.', 'we stay.')],
			[
				{ start: 0, end: 18 },
				{ start: 20, end: 34 },
			],
			'She said “[q:we stay.]”{q} Then she left.',
		],
		[
			'after the quote around it when the sentence ends inside another quote',
			'He said “they told me ‘stay.’ And I did.” Then he left.',
			[
				span('outer', 'He said “they told me ‘stay.’ And I did.” Then he left.', 'they told me ‘stay.’ And I did.'),
				span('inner', 'He said “they told me ‘stay.’ And I did.” Then he left.', 'stay.'),
			],
			[
				{ start: 0, end: 29 },
				{ start: 30, end: 41 },
				{ start: 42, end: 55 },
			],
			'He said “[outer:they told me ‘[inner:stay.]’ And I did.]”{inner} Then he left.',
		],
	])('%s', (_name, text, quotes, sentences, expected) => {
		const noted = new Set(quotes.filter((quote) => quote.id !== 'outer').map((quote) => quote.id));
		const segments = placeNotes(toSegments(text, quotes), notePoints(text, quotes, noted, sentences));
		expect(show(segments)).toBe(expected);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
	});

	test('two quotes of one sentence share one place, in reading order', () => {
		const text = '“Yes,” he said, “and no.” Done.';
		const quotes = [span('a', text, 'Yes,'), span('b', text, 'and no.')];
		const points = notePoints(text, quotes, new Set(['a', 'b']), [
			{ start: 0, end: 25 },
			{ start: 26, end: 31 },
		]);
		expect(show(placeNotes(toSegments(text, quotes), points))).toBe('“[a:Yes,]” he said, “[b:and no.]”{a,b} Done.');
	});

	test('5,000 noted quotes in one paragraph are placed in well under a second', () => {
		const text = `They chanted ${'“stop” '.repeat(5000)}all night.`;
		const quotes = Array.from({ length: 5000 }, (_, index) => ({
			id: `q${index}`,
			start: 14 + index * 7,
			end: 18 + index * 7,
			speaker: null,
		}));
		const started = performance.now();
		const segments = placeNotes(
			toSegments(text, quotes),
			notePoints(text, quotes, new Set(quotes.map((quote) => quote.id)), [{ start: 0, end: text.length }]),
		);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(segments.at(-1)).toEqual({ text: '', notesFor: quotes.map((quote) => quote.id) });
	});
});

describe('withTrailingNotes', () => {
	test('puts the notes of noted quotes that have no place at the end, once each', () => {
		const text = 'He said “go” and “go” again';
		const segments = toSegments(text, [span('a', text, 'go'), span('b', text, 'go', 12)]);
		expect(show(withTrailingNotes(segments, (id) => id !== 'b'))).toBe('He said “[a:go]” and “[b:go]” again{a}');
		expect(show(withTrailingNotes([...segments, { text: '', notesFor: ['a'] }], () => true))).toBe(
			'He said “[a:go]” and “[b:go]” again{a}{b}',
		);
	});
});

describe('toParagraphViews with notes', () => {
	test('a note after a reused sentence stands outside its passage run, and the quote is coloured as shared', () => {
		const article = makeArticle('a', ['Rain fell. “We stay,” she said. Then she left.']);
		const text = article.paragraphs[0]!.text;
		article.paragraphs[0]!.sentences = [
			{ start: 0, end: 10 },
			{ start: 11, end: 31 },
			{ start: 32, end: text.length },
		];
		const passage: Passage = {
			id: 'p',
			aliases: [],
			text: '“We stay,” she said.',
			articles: ['a', 'b'],
			occurrences: [{ articleId: 'a', quoteId: null, paragraph: 0, start: 11, end: 31, text: '“We stay,” she said.' }],
		};
		const [view] = toParagraphViews(article, [passage], (id) => id, new Set([article.quotes[0]!.id]));
		expect(view!.runs.map((run) => [run.passage?.id ?? null, show(run.segments)])).toEqual([
			[null, 'Rain fell. '],
			['p', `“[${article.quotes[0]!.id}:We stay,]” she said.`],
			[null, `{${article.quotes[0]!.id}} Then she left.`],
		]);
		const mark = view!.runs[1]!.segments.find(isQuoteSegment);
		expect(mark?.shared).toBe(true);
	});
});
