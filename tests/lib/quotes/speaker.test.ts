import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract.ts';
import { attributeSpeakers } from '../../../src/lib/quotes/speaker.ts';
import { seedParagraphs, toParagraph, type TestParagraph } from './paragraphs.ts';

/** Body paragraphs of each seed, picked by block index (headlines, bylines, links left out). */
const seeds: Record<string, TestParagraph[]> = {
	'000': seedParagraphs('000_e50597ed88ffc82d.txt', [3, 4, 5, 6, 7, 8, 9, 10, 11]),
	'001': seedParagraphs('001_55f370228178386a.txt', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
	'002': seedParagraphs('002_a019ba5e20539cc2.txt', [0, 1, [3, 5], 6, 7, 8, 9, 10, 11, 12, 13]),
	'003': seedParagraphs('003_ed0f819319b8e3fd.txt', [1, 2, 4, 5, 7, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19]),
	'004': seedParagraphs('004_ca7f5d1c64f82479.txt', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
};

/** Extract every quote, attribute them all, and return the speaker of the quote that is (else contains) `fragment`. */
function speakerOf(paragraphs: readonly TestParagraph[], fragment: string) {
	const quotes = paragraphs.flatMap((paragraph, index) =>
		extractQuotes(paragraph.text).map((quote) => ({ ...quote, paragraph: index, text: paragraph.text.slice(quote.start, quote.end) })),
	);
	const exact = quotes.findIndex((quote) => quote.text === fragment);
	const found = exact === -1 ? quotes.findIndex((quote) => quote.text.includes(fragment)) : exact;
	if (found === -1) throw new Error(`no quote contains ${JSON.stringify(fragment)}`);
	return attributeSpeakers(paragraphs, quotes)[found];
}

/** Paragraphs from raw strings, as the parser would hand them over. */
function article(...paragraphs: string[]): TestParagraph[] {
	return paragraphs.map(toParagraph);
}

describe('attributeSpeakers on the seed articles', () => {
	test.each([
		['000', 'completely liberated', 'the defence ministry', 'the defence ministry'],
		['000', 'token withdrawal', 'A Pentagon spokesman', 'A Pentagon spokesman'],
		['000', 'for a political resolution', 'Putin', 'Vladimir Putin'],
		['000', 'terrorists raise their heads', 'he', 'Vladimir Putin'],
		['000', 'We will never forget', 'he', 'Vladimir Putin'],
		['000', 'This blood, shed on the Syrian land', 'Assad', 'Bashar Assad'],
		['000', 'returning home with victory', 'President Putin', 'Vladimir Putin'],
		// The body of 001 never writes a first name (only its headline does), so Putin stays Putin.
		['001', 'on a permanent basis', 'Putin', 'Putin'],
		['001', 'new stage', 'Putin', 'Putin'],
		['001', 'terrorists', 'Russian officials', 'Russian officials'],
		['001', 'excellent', 'the Russian leader', 'Putin'],
		['001', 'The greatest concern', 'Lt. Col. Damien Pickart', 'Damien Pickart'],
		['002', 'On behalf of all of the people', 'Assad', 'Bashar Assad'],
		['002', 'very important for the whole world', 'Assad', 'Bashar Assad'],
		['002', 'announcement of Russia’s partial withdrawal', 'Dmitri Trenin', 'Dmitri Trenin'],
		['002', 'I order the Defense Minister', 'Putin', 'Vladimir Putin'],
		['002', 'raise their heads again', 'the president', 'Vladimir Putin'],
		['002', 'we will strike them', 'the president', 'Vladimir Putin'],
		['003', 'I have taken a decision', 'Putin', 'Vladimir Putin'],
		['003', 'I congratulate you!', 'the Russian president', 'Vladimir Putin'],
		['003', 'on a permanent basis.', 'He', 'Vladimir Putin'],
		['003', 'The task of fighting armed bandits', 'Putin', 'Vladimir Putin'],
		['004', 'I have taken a decision', 'Putin', 'Vladimir Putin'],
		['004', 'most battle-ready group', 'Putin', 'Vladimir Putin'],
		['004', 'Have a safe trip', 'Putin', 'Vladimir Putin'],
		['004', 'new stage', 'Putin', 'Vladimir Putin'],
		// `discussed steps to “…”`: a verb of communication, coordinated with `agreed`, shares its subject.
		['004', 'complete the elimination', 'the military chiefs', 'the military chiefs'],
	])('%s “%s” -> %s (%s)', (seed, fragment, text, name) => {
		expect(speakerOf(seeds[seed] ?? [], fragment)).toEqual({ text, name });
	});

	test.each([['001', 'The Motherland is waiting for you', 'a quote-only sentence mid-paragraph with no quote before it']])(
		'%s “%s” -> null: %s',
		(seed, fragment) => {
			expect(speakerOf(seeds[seed] ?? [], fragment)).toBeNull();
		},
	);
});

describe('attributeSpeakers patterns', () => {
	test.each([
		['verb after the quote', ['“We are ready,” Jane Doe told reporters.'], 'We are ready', 'Jane Doe', 'Jane Doe'],
		['inverted verb after the quote', ['“We are ready,” says Jane Doe.'], 'We are ready', 'Jane Doe', 'Jane Doe'],
		['inverted verb with a group', ['“We are ready,” said the minister.'], 'We are ready', 'the minister', 'the minister'],
		['verb before with that', ['Jane Doe said that the plan was “dead in the water”.'], 'dead in the water', 'Jane Doe', 'Jane Doe'],
		['time phrase before the subject', ['Last week Jane Doe said that the plan was “dead”.'], 'dead', 'Jane Doe', 'Jane Doe'],
		['colon before the quote', ['Jane Doe said: “It is over.”'], 'It is over', 'Jane Doe', 'Jane Doe'],
		[
			'relative clause between subject and verb',
			['Jane Doe, who chairs the committee, said: “We will vote.”'],
			'We will vote',
			'Jane Doe',
			'Jane Doe',
		],
		['according to', ['According to Jane Doe, the plan is “dead in the water”.'], 'dead in the water', 'Jane Doe', 'Jane Doe'],
		[
			'quote then according to',
			['The plan is “dead”, according to the finance ministry.'],
			'dead',
			'the finance ministry',
			'the finance ministry',
		],
		['passive cited by', ['“It is over,” Jane Doe was cited by the agency as saying.'], 'It is over', 'Jane Doe', 'Jane Doe'],
		['active cited as saying', ['“It is over,” the agency cited John Roe as saying.'], 'It is over', 'John Roe', 'John Roe'],
		[
			'passive cited, paragraph cut before "as saying"',
			['“I order it,” Jane Doe was cited by the state-run agency'],
			'I order it',
			'Jane Doe',
			'Jane Doe',
		],
		['quoted as saying', ['John Roe was quoted as saying the plan was “dead”.'], 'dead', 'John Roe', 'John Roe'],
		['participle after the main clause', ['Mr John Roe praised the team, calling it “the best”.'], 'the best', 'Mr John Roe', 'John Roe'],
		[
			'trailing clause after the quote',
			['Prices would “keep rising” this year, the central bank said.'],
			'keep rising',
			'the central bank',
			'the central bank',
		],
		['bare plural group', ['Officials say the talks are “stalled”.'], 'stalled', 'Officials', 'Officials'],
		['appositive with a proper name', ['“Enough,” Head of the Union, Mary Smith, wrote on Twitter.'], 'Enough', 'Mary Smith', 'Mary Smith'],
		['British single quotes', ['‘We will win,’ Jane Doe said.'], 'We will win', 'Jane Doe', 'Jane Doe'],
		['title in the text, not the name', ['“Yes,” said Prime Minister Jane Doe.'], 'Yes', 'Prime Minister Jane Doe', 'Jane Doe'],
	])('%s', (_name, paragraphs, fragment, text, name) => {
		expect(speakerOf(article(...paragraphs), fragment)).toEqual({ text, name });
	});

	test.each([
		['no attribution at all', ['The weather was “awful” all week.'], 'awful'],
		['a pronoun with no person before it', ['“It is over,” she said.'], 'It is over'],
		['an opaque subject', ['“It is over,” it said.'], 'It is over'],
		['a quote-only paragraph first in the article', ['“It is over.”'], 'It is over'],
		['a nested quote', ['“He called it ‘a farce’,” Jane Doe said.'], 'a farce'],
	])('null for %s', (_name, paragraphs, fragment) => {
		expect(speakerOf(article(...paragraphs), fragment)).toBeNull();
	});

	test('resolves a surname to the fullest form the article writes, dropping honorifics', () => {
		const paragraphs = article('Ruritanian President Karim al-Hadi met the envoy.', '“We thank you,” Mr Hadi said.');
		expect(speakerOf(paragraphs, 'We thank you')).toEqual({ text: 'Mr Hadi', name: 'Karim al-Hadi' });
	});

	test('resolves a pronoun to the most salient person, not the group quoted since', () => {
		const paragraphs = article('“We are ready,” Jane Doe said.', '“Talks stalled,” the ministry said.', '“Not for long,” she added.');
		expect(speakerOf(paragraphs, 'Not for long')).toEqual({ text: 'she', name: 'Jane Doe' });
	});

	test('resolves a pronoun to a titled person mentioned when nobody was quoted yet', () => {
		const paragraphs = article('Dr Jane Doe arrived on Monday.', '“It is over,” she said.');
		expect(speakerOf(paragraphs, 'It is over')).toEqual({ text: 'she', name: 'Jane Doe' });
	});

	test('resolves a role with a modifier to the person whose title has those words', () => {
		const paragraphs = article(
			'Ruritanian President Karim Hadi met Freedonian President Piotr Nowak.',
			'“We won,” Nowak said.',
			'“We thank you,” the Ruritanian president said.',
		);
		expect(speakerOf(paragraphs, 'We thank you')).toEqual({ text: 'the Ruritanian president', name: 'Karim Hadi' });
	});

	test('gives a quote-only paragraph after a paragraph without quotes the person that paragraph ended on', () => {
		const paragraphs = article('Jane Doe issued a statement on Monday.', '“It is over.”');
		expect(speakerOf(paragraphs, 'It is over')).toEqual({ text: 'Jane Doe', name: 'Jane Doe' });
	});

	test('gives a quote-only paragraph the speaker of the last quote in the previous paragraph', () => {
		const paragraphs = article('“We won,” Jane Doe said, “and we will win again.”', '“Nobody can stop us.”');
		expect(speakerOf(paragraphs, 'Nobody can stop us')).toEqual({ text: 'Jane Doe', name: 'Jane Doe' });
	});

	test('returns one entry per quote, in input order, null for nested and malformed spans', () => {
		const paragraphs = article('“He called it ‘a farce’,” Jane Doe said.');
		const result = attributeSpeakers(paragraphs, [
			{ paragraph: 0, start: 15, end: 22, depth: 1 },
			{ paragraph: 5, start: 0, end: 3, depth: 0 },
			{ paragraph: 0, start: 1, end: 24, depth: 0 },
			{ paragraph: 0, start: 9, end: 2, depth: 0 },
		]);
		expect(result).toEqual([null, null, { text: 'Jane Doe', name: 'Jane Doe' }, null]);
	});

	test('never throws on random paragraphs and quote spans (property)', () => {
		const text = fc.string({ unit: fc.constantFrom('“', '”', '"', ',', '.', ' ', 'he said', 'Mr Doe', 'the agency', 'a'), maxLength: 40 });
		fc.assert(
			fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
				const paragraphs = texts.map((raw) => ({ text: raw, sentences: [{ start: 0, end: raw.length }] }));
				const quotes = paragraphs.flatMap((paragraph, index) =>
					extractQuotes(paragraph.text).map((quote) => ({ ...quote, paragraph: index })),
				);
				expect(attributeSpeakers(paragraphs, quotes)).toHaveLength(quotes.length);
			}),
		);
	});
});
