import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../../src/lib/quotes/extract.ts';

/** Each quote as [inner text, open, close, depth], in order. */
function read(text: string): [string, string, string, number][] {
	return extractQuotes(text).map((quote) => [text.slice(quote.start, quote.end), quote.open, quote.close, quote.depth]);
}

describe('extractQuotes', () => {
	test.each<[string, string, [string, string, string, number][]]>([
		['curly doubles', 'He said “we won” today.', [['we won', '“', '”', 0]]],
		['straight doubles', 'He said "we won" today.', [['we won', '"', '"', 0]]],
		[
			'straight doubles twice in a sentence',
			'It was "good" and "bad".',
			[
				['good', '"', '"', 0],
				['bad', '"', '"', 0],
			],
		],
		[
			'a straight quote after a dash and before a colon',
			'Strikes - saying: "We will never forget".',
			[['We will never forget', '"', '"', 0]],
		],
		[
			'a straight quote holding curly apostrophes (seed 002)',
			'"Nowak’s announcement of Freedonia’s partial reform," Director Marek Zielinski wrote.',
			[['Nowak’s announcement of Freedonia’s partial reform,', '"', '"', 0]],
		],
		[
			'curly singles nested in curly doubles',
			'“He called it ‘a farce’,” she said.',
			[
				['He called it ‘a farce’,', '“', '”', 0],
				['a farce', '‘', '’', 1],
			],
		],
		[
			'straight singles nested in straight doubles',
			`"He called it 'a farce'," she said.`,
			[
				[`He called it 'a farce',`, '"', '"', 0],
				['a farce', "'", "'", 1],
			],
		],
		[
			'straight doubles nested in straight doubles',
			'"He said "no" twice," she said.',
			[
				['He said "no" twice,', '"', '"', 0],
				['no', '"', '"', 1],
			],
		],
		['British curly singles at top level', '‘We will win,’ he said.', [['We will win,', '‘', '’', 0]]],
		['British straight singles at top level', "'We will win,' he said.", [['We will win,', "'", "'", 0]]],
		['British singles around an apostrophe', '‘I don’t know,’ he said.', [['I don’t know,', '‘', '’', 0]]],
		[
			'British singles around doubles',
			'‘He said “no”,’ she said.',
			[
				['He said “no”,', '‘', '’', 0],
				['no', '“', '”', 1],
			],
		],
		['a single quote starting with digits', "Freedonia '100% Free of Rebels'", [['100% Free of Rebels', "'", "'", 0]]],
		['guillemets with inner spaces', '« Bonjour », dit-il.', [['Bonjour', '«', '»', 0]]],
		['German low-high doubles', '„Ja“, sagte er.', [['Ja', '„', '“', 0]]],
		['reversed guillemets', 'Er sagte »Ja« laut.', [['Ja', '»', '«', 0]]],
		[
			'corner brackets, nested',
			'彼は「私は『はい』と言った」と述べた。',
			[
				['私は『はい』と言った', '「', '」', 0],
				['はい', '『', '』', 1],
			],
		],
		['a closing corner bracket alone opens nothing', 'a 」stray」 mark', []],
		['a reversed high double opens', 'He said ‟yes” loudly.', [['yes', '‟', '”', 0]]],
		[
			'a single opened with the wrong mark after a space, inside a double',
			'“Two words: ’categorically false,’” she said.',
			[
				['Two words: ’categorically false,’', '“', '”', 0],
				['categorically false,', '’', '’', 1],
			],
		],
		['a wrong-way single that never closes is an apostrophe', 'They sang ’bout home all night.', []],
		[
			'a plural possessive inside a straight single quote',
			"'The workers' union agrees,' she said.",
			[["The workers' union agrees,", "'", "'", 0]],
		],
		[
			'a closing straight single before `of` still closes',
			"They cheered the 'heroes' of the day and the players' wives.",
			[['heroes', "'", "'", 0]],
		],
		['elisions and plural possessives stay apostrophes', 'In the ’80s they sang rock ’n’ roll at the players’ club.', []],
		[
			'a single left open inside a double ends with it',
			'“I said, ‘Now it is over,” he said.',
			[
				['I said, ‘Now it is over,', '“', '”', 0],
				['Now it is over,', '‘', '', 1],
			],
		],
		[
			'a straight single left open inside a double is a stray mark',
			'"He said \'no and left," she said.',
			[["He said 'no and left,", '"', '"', 0]],
		],
		['a curly quote closed by a straight mark', 'He said “mixed" marks.', [['mixed', '“', '"', 0]]],
		[
			'an unclosed curly quote',
			'He said: “We will fight on. We will never surrender',
			[['We will fight on. We will never surrender', '“', '', 0]],
		],
		['an unclosed straight quote', 'He said "We will fight on', [['We will fight on', '"', '', 0]]],
		['empty quotes are skipped', 'He said "" and “” then "ok".', [['ok', '"', '"', 0]]],
		['a single quote inside an unclosed double is dropped, the double kept', "\"I'm sure it's", [["I'm sure it's", '"', '', 0]]],
	])('%s', (_name, text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	test.each([
		['possessives', "Freedonia’s army and Nowak’s plan and Freedonia's base"],
		['contractions', "don’t, can't, won’t"],
		['elided decades', "the ’80s, the '90s and the ‘70s"],
		['plural possessives', "the Joneses’ house and the Smiths' car"],
		['clipped words', "rock 'n' roll and ’em"],
		['an elided year that never closes', "the class of '99 met"],
		['a lone straight quote between spaces', 'a " b'],
	])('finds no quote in %s', (_name, text) => {
		expect(extractQuotes(text)).toEqual([]);
	});

	test('keeps a plural possessive inside a double quote as an apostrophe', () => {
		expect(read('"The Joneses\' car is red," he said.')).toEqual([["The Joneses' car is red,", '"', '"', 0]]);
	});

	test('reads a plural possessive inside a single quote when the quote closes after it', () => {
		expect(read('‘the Joneses’ car’')).toEqual([['the Joneses’ car', '‘', '’', 0]]);
		// With no mark to close it later, the possessive's mark closes the quote.
		expect(read('‘the Joneses’ car is red')).toEqual([['the Joneses', '‘', '’', 0]]);
	});

	test('returns quotes sorted by start with the nested one after its parent', () => {
		const quotes = extractQuotes('“a ‘b’ c” and “d”');
		expect(quotes.map((quote) => quote.start)).toEqual([1, 4, 15]);
	});

	test('never throws and returns non-empty, in-bounds, sorted spans (property)', () => {
		const marks = fc.constantFrom(
			'"',
			"'",
			'“',
			'”',
			'‘',
			'’',
			'„',
			'«',
			'»',
			'‹',
			'›',
			'‚',
			'「',
			'」',
			'『',
			'』',
			'‟',
			'‛',
			' ',
			'a',
			's',
			'8',
			',',
			'—',
			'(',
		);
		const texts = fc.oneof(
			fc.string({ unit: marks, maxLength: 60 }),
			fc.string({ maxLength: 60 }),
			fc.string({ unit: 'binary', maxLength: 30 }),
		);
		fc.assert(
			fc.property(texts, (text) => {
				const quotes = extractQuotes(text);
				quotes.forEach((quote, index) => {
					expect(quote.start).toBeGreaterThanOrEqual(0);
					expect(quote.end).toBeLessThanOrEqual(text.length);
					expect(text.slice(quote.start, quote.end).trim()).not.toBe('');
					expect(quote.start).toBeGreaterThanOrEqual(quotes[index - 1]?.start ?? 0);
				});
			}),
		);
	});
});
