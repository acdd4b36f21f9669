import { describe, expect, test } from 'vitest';
import { isSceneCaption } from '../../../src/lib/parse/captions.ts';
import { lineReason } from '../../../src/lib/parse/line-kinds.ts';
import { parseArticle } from '../../../src/lib/parse/article.ts';
import { seedArticle } from '../../helpers/seeds.ts';

describe('isSceneCaption', () => {
	test.each([
		'A fishing boat passes under the old bridge at dusk.',
		'An army helicopter lands beside the flooded road near the village.',
		'A protester waves a flag outside the parliament building.',
	])('a present-tense picture description: %s', (line) => {
		expect(isSceneCaption(line)).toBe(true);
	});

	test.each([
		['a speech verb', 'A spokesman says the bridge will reopen on Monday.'],
		['a relative clause before the verb', 'A man who lives in the village was among the first to leave.'],
		['a partitive subject', 'A group of residents in the valley rebuilt the bridge.'],
		['past tense', 'A ferry sinks in the bay, officials said, and was never raised.'],
		['a quote', 'A witness recalls “a loud bang” at the harbour.'],
		['a definite subject', 'The ferry passes under the old bridge at dusk.'],
		['two sentences', 'A ferry passes under the bridge. It is late.'],
		['no verb', 'A new chapter for the harbour town.'],
	])('not a caption: %s', (_case, line) => {
		expect(isSceneCaption(line)).toBe(false);
	});
});

describe('captions and labels in an article', () => {
	const text = (body: string[]) =>
		new TextEncoder().encode(['Ferry Strike Ends After Three Days', '', ...body.flatMap((line) => [line, ''])].join('\n'));

	test('a picture description past the lead is set aside as a caption; the same line as the lead is kept', () => {
		const caption = 'A ferry passes under the old bridge at dusk.';
		const later = parseArticle({
			file: 'a.txt',
			bytes: text(['The strike ended on Monday.', 'Ferries ran again on Tuesday.', caption, 'Officials said crews were back.']),
		});
		const lead = parseArticle({ file: 'b.txt', bytes: text([caption, 'The strike ended on Monday.', 'Officials said crews were back.']) });
		expect(later.ok && later.article.removed.find((line) => line.text === caption)?.reason).toBe('caption');
		expect(lead.ok && lead.article.paragraphs[0]?.text).toBe(caption);
	});

	test('seed 001’s picture caption is set aside', () => {
		const article = seedArticle('001');
		expect(article.removed.find((line) => line.text.startsWith('A Russian Su-24 bomber'))?.reason).toBe('caption');
	});

	test.each([['UPDATE:'], ['EDITOR’S NOTE:'], ['CORRECTION:']])('a label alone in capitals is set aside: %s', (line) => {
		expect(lineReason(line)).toBe('section-label');
	});

	test.each([['WASHINGTON — Lawmakers met on Monday:'], ['He said:'], ['Update: the bridge is open.']])('not a label: %s', (line) => {
		expect(lineReason(line)).toBeUndefined();
	});
});
