/**
 * Attribution shapes of English news, one row per class of error the development corpora
 * showed, written with invented names: the speaker each shape gives.
 */
import { describe, expect, test } from 'vitest';
import { extractArticleQuotes } from '../../../src/lib/quotes/continued.ts';
import { attributeSpeakers } from '../../../src/lib/quotes/speaker.ts';
import type { Article } from '../../../src/lib/schema.ts';
import { withRoleHolders } from '../../../src/lib/shared/speakers.ts';
import { toParagraph } from './paragraphs.ts';

/** The speaker name (or null) found for the (shortest) quote holding `fragment`, in paragraphs given as strings. */
function speakerName(texts: readonly string[], fragment: string): string | null {
	const paragraphs = texts.map(toParagraph);
	const spans = extractArticleQuotes(paragraphs.map((paragraph) => paragraph.text));
	const quotes = paragraphs.flatMap((_paragraph, index) => (spans[index] ?? []).map((quote) => ({ ...quote, paragraph: index })));
	// The shortest quote holding the fragment: a nested quote rather than the one around it.
	const holding = quotes
		.map((quote, index) => ({ index, text: (paragraphs[quote.paragraph]?.text ?? '').slice(quote.start, quote.end) }))
		.filter((quote) => quote.text.includes(fragment))
		.sort((left, right) => left.text.length - right.text.length);
	const found = holding[0]?.index ?? -1;
	if (found === -1) throw new Error(`no quote holds ${JSON.stringify(fragment)}`);
	return attributeSpeakers(paragraphs, quotes)[found]?.name ?? null;
}

describe('attributeSpeakers on news attribution shapes', () => {
	test.each([
		['an honorific abbreviation before the verb', ['“We are ready,” Mr. Nowak said.'], 'We are ready', 'Nowak'],
		['an initial inside the name', ['“Yes,” said Piotr K. Nowak. “Under the law, yes.”'], 'Under the law', 'Piotr K. Nowak'],
		['a rank abbreviation', ['“Hold the line,” Gen. Anna Kowalski told troops on Monday.'], 'Hold the line', 'Anna Kowalski'],
		[
			'a pronoun: the subject of the sentence before, not the person quoted last',
			['“We are ready,” Anna Kowalski said.', 'Later, Piotr Nowak defended the plan. “It will work,” he told reporters.'],
			'It will work',
			'Piotr Nowak',
		],
		[
			'a pronoun: the person who agrees in gender',
			['Mr. Nowak met Ms. Kowalski on Monday.', '“We agreed,” she said.'],
			'We agreed',
			'Kowalski',
		],
		[
			'a pronoun: the speaker of the sentence before outranks the person spoken of',
			['Sen. Piotr Nowak said Anna Kowalski must resign.', '“She has failed us,” he said.'],
			'She has failed us',
			'Piotr Nowak',
		],
		[
			'a role: the person introduced with it',
			['Piotr Nowak met the agency’s spokesman, Jan Wiśniewski, and Anna Kowalski.', '“No comment,” the spokesman said.'],
			'No comment',
			'Jan Wiśniewski',
		],
		[
			'a role: an office named another way (`Rep.` is a lawmaker)',
			['Rep. Piotr Nowak met Anna Kowalski, a lawyer.', 'Kowalski left.', '“I regret it,” the lawmaker said.'],
			'I regret it',
			'Piotr Nowak',
		],
		[
			'a role: a description of the subject of the sentence before',
			['Anna Kowalski, a party activist, spoke first.', 'Piotr Nowak arrived late.', '“We lost,” the former mayor said.'],
			'We lost',
			'Piotr Nowak',
		],
		[
			'a role: never someone who holds another office',
			['Sen. Piotr Nowak arrived late.', '“Why?” the reporter asked.'],
			'Why?',
			'the reporter',
		],
		['not a weekday', ['The video, posted last Friday, shows the man.', '“Let go of me,” the man said.'], 'Let go of me', 'the man'],
		['not `When`', ['When the minister asked, “Why now?” the room went quiet.'], 'Why now?', 'the minister'],
		['not `One`', ['One of the largest unions passed a resolution Tuesday calling for “fair pay”.'], 'fair pay', 'a resolution'],
		['not `Although`', ['Although his wife said “no”, he went.'], 'no', 'his wife'],
		['not a reflexive', ['Piotr Nowak himself said the plan was “a farce”.'], 'a farce', 'Piotr Nowak'],
		['not an adverb', ['The board initially said the plan would “save money”.'], 'save money', 'The board'],
		[
			'not a verb: a noun after the verb is no verb',
			['Anna Kowalski spoke first.', 'The former mayor said claims that she lied were “absurd”.'],
			'absurd',
			'Anna Kowalski',
		],
		[
			'not a clause fragment: a coordinated verb shares its subject',
			['The man approached the minister and asked, “Why?”'],
			'Why?',
			'The man',
		],
		[
			'a coordinated verb after an introductory clause',
			['After the vote, Rep. Piotr Nowak stormed off, returned and said, “Never again.”'],
			'Never again',
			'Piotr Nowak',
		],
		['an adjective before the name', ['“It is over,” a somber Mr. Nowak said.'], 'It is over', 'Nowak'],
		['a quote ending in its own question mark', ['“Who pays?” Mr. Nowak asked.'], 'Who pays?', 'Nowak'],
		['a catenative verb', ['“We will win,” Piotr Nowak went on to say.'], 'We will win', 'Piotr Nowak'],
		[
			'a name with a place after it',
			['Rep. Anna Kowalski of Ohio, a Democrat, wrote that “the deal is off”.'],
			'the deal is off',
			'Anna Kowalski',
		],
		['the name in apposition after an inverted verb', ['“No,” said the agency’s spokesman, Piotr Nowak.'], 'No', 'Piotr Nowak'],
		['a document a person issued', ['Piotr Nowak issued a statement saying “we are sorry”.'], 'we are sorry', 'Piotr Nowak'],
		[
			'a trailing attribution after several quotes',
			['She took care “to be precise” and gave “useful help”, the filing said.'],
			'to be precise',
			'the filing',
		],
		[
			'passive: the listener is not the speaker',
			['The residents have been told “without question” that they must leave.'],
			'without question',
			null,
		],
		['passive: the agent is the speaker', ['“Leave now,” the crowd was told by Anna Kowalski.'], 'Leave now', 'Anna Kowalski'],
		['perfect passive quoted as saying', ['Anna Kowalski has been quoted as saying the deal was “done”.'], 'done', 'Anna Kowalski'],
		['an outlet reporting what a person said', ['The agency reported Piotr Nowak as saying the war was “over”.'], 'over', 'Piotr Nowak'],
		[
			'a document resolved to the person it was from',
			['“We are disappointed,” said the statement from the firm’s lawyer, Piotr Nowak.', 'The statement said the charges were “baseless”.'],
			'baseless',
			'Piotr Nowak',
		],
		[
			'a speech noun with its possessor',
			['Anna Kowalski arrived.', 'Critics attacked her claim that the war was “a mistake”.'],
			'a mistake',
			'Anna Kowalski',
		],
		[
			'a time between the subject and the verb',
			['Party lawyer Piotr Nowak on Friday also praised the court for “a wise ruling”.'],
			'a wise ruling',
			'Piotr Nowak',
		],
		[
			'an attribution in the sentence before the quote’s paragraph',
			['In a statement on Monday, agency spokesman Piotr Nowak defended the plan.', '“We stand by it.'],
			'We stand by it',
			'Piotr Nowak',
		],
		[
			'a quote running into the next paragraph: the same speaker',
			['“We lost the vote,” Anna Kowalski said. “We will be back next year.', '“And we will win.”'],
			'And we will win',
			'Anna Kowalski',
		],
		[
			'`It said`: the organisation the sentence before was about',
			['The ministry issued a statement on Monday. It said: “The talks have failed.”'],
			'The talks have failed',
			'The ministry',
		],
		[
			'a document speaks for the site it was posted at',
			['Over at Daily Pages, a post about the vote offers this verdict:', '“The vote was a farce.”'],
			'The vote was a farce',
			'Daily Pages',
		],
		['`It said` never stands for a person', ['Anna Kowalski arrived late. It said: “Nothing.”'], 'Nothing', null],
		[
			'`X reports:` before a block quote',
			['The agency reports on its website:', '“Prices rose again in May, and will rise again.”'],
			'Prices rose again',
			'The agency',
		],
		[
			'a block quote after a sentence with someone writing',
			['The criticism peaked with Anna Kowalski — a senior lawmaker — writing a letter to the board.', '“You have failed.”'],
			'You have failed',
			'Anna Kowalski',
		],
		[
			'a closing mark whose opening was lost, after an unclosed paragraph',
			['“We lost the vote,” Piotr Nowak said. “We will be back.', 'We will win next year,” he said.'],
			'We will win next year',
			'Piotr Nowak',
		],
		[
			'a quote over three paragraphs, the middle one without marks',
			['“We lost the vote,” Piotr Nowak said. “We will be back.', 'The party is strong.', 'We will win next year.”'],
			'The party is strong',
			'Piotr Nowak',
		],
		[
			'a closing mark whose opening was lost after `Name:`',
			['Anna Kowalski: We will not stop now.”'],
			'We will not stop now',
			'Anna Kowalski',
		],
		[
			'an aside between dashes between the name and the verb',
			['“We will not stop now,” Anna Kowalski — who took office in May — said.'],
			'We will not stop now',
			'Anna Kowalski',
		],
		[
			'an aside in brackets between the name and the verb',
			['“We will not stop now,” Anna Kowalski (who took office in May) said.'],
			'We will not stop now',
			'Anna Kowalski',
		],
		[
			'a passive that raises its subject: reported to have said',
			['“We will not stop now,” Anna Kowalski is reported to have said.'],
			'We will not stop now',
			'Anna Kowalski',
		],
		[
			'a passive speech verb without an agent still names no listener as the speaker',
			['“We will not stop now,” Anna Kowalski was told.'],
			'We will not stop now',
			null,
		],
		[
			'someone who has words, then a colon',
			['Anna Kowalski had a blunt message for the board: “We will not stop now.”'],
			'We will not stop now',
			'Anna Kowalski',
		],
		[
			'a pronoun who has this to say, then a colon',
			['Anna Kowalski took the floor.', 'She had this to say: “We will not stop now.”'],
			'We will not stop now',
			'Anna Kowalski',
		],
		['a thing found, then a colon, names nobody', ['Police found a note: “We will not stop now.”'], 'We will not stop now', null],
		[
			'an organisation named again as `the group` authors its document',
			['The Harbour Users Group met on Monday. The group issued a statement calling the plan “a disaster for the town.”'],
			'a disaster for the town',
			'Harbour Users Group',
		],
		[
			'`the Velgrad group` is not the Harbour Users Group of the sentence before',
			['The Harbour Users Group met on Monday. The Velgrad group issued a statement calling the plan “a disaster for the town.”'],
			'a disaster for the town',
			'The Velgrad group',
		],
		[
			'`the group` after a sentence about a person stays the group',
			['Anna Kowalski met the members on Monday. The group issued a statement calling the plan “a disaster for the town.”'],
			'a disaster for the town',
			'The group',
		],
		[
			'a quote signed with a dash and a name',
			['“We will not stop now.” — Anna Kowalski, harbour master'],
			'We will not stop now.',
			'Anna Kowalski',
		],
		['a dash and a place after a quote is no signature', ['“We will not stop now.” — New Velgrad, June 3'], 'We will not stop now.', null],
		[
			'a speaker quoting themselves',
			['“We stood up and had to say, ‘Enough is enough,’” Anna Kowalski said.'],
			'Enough is enough',
			'Anna Kowalski',
		],
		[
			'a speaker reporting who said the inner quote gives it that speaker',
			['“I heard the minister said ‘no way,’ and I laughed,” Anna Kowalski said.'],
			'no way',
			'the minister',
		],
		[
			'a speaker reporting a named person, written after the inner quote',
			['“It was ‘a disgrace,’ Piotr Nowak told us, and we agreed,” Anna Kowalski said.'],
			'a disgrace',
			'Piotr Nowak',
		],
		[
			'an inner quote reported by a pronoun stays unattributed: the outer speaker’s discourse is not the article’s',
			['“Then he said ‘no way,’ and I laughed,” Anna Kowalski said.'],
			'no way',
			null,
		],
		['scare quotes inside a quote stay unattributed', ['“This so-called ‘reform’ is a sham,” Anna Kowalski said.'], 'reform', null],
		[
			'an inner quote attributed in another sentence of the outer quote is not taken from it',
			['“The minister spoke. The plan is ‘final,’ it says,” Anna Kowalski said.'],
			'final',
			null,
		],
	])('%s', (_name, texts, fragment, expected) => {
		expect(speakerName(texts, fragment)).toBe(expected);
	});
});

describe('withRoleHolders', () => {
	/** An article record holding one paragraph and one quote by `speaker`. */
	function article(id: string, text: string, speaker: { text: string; name: string }) {
		const paragraph = { text, lines: [1], sentences: [{ start: 0, end: text.length }] };
		const quote = { id: `${id}-q`, articleId: id, paragraph: 0, start: 1, end: 5, text: 'No.', open: '“', close: '”', depth: 0 };
		return { id, paragraphs: [paragraph], quotes: [{ ...quote, normalized: 'no', speaker }] } as unknown as Article;
	}

	test('names a role the one person another article describes with it', () => {
		const a = article('a', '“No.” a ministry spokesman said.', { text: 'a ministry spokesman', name: 'a ministry spokesman' });
		const b = article('b', 'Ministry spokesman Piotr Nowak declined.', { text: 'Piotr Nowak', name: 'Piotr Nowak' });
		expect(withRoleHolders([a, b])[0]?.quotes[0]?.speaker?.name).toBe('Piotr Nowak');
	});

	test('leaves a role two people hold', () => {
		const a = article('a', '“No.” a ministry spokesman said.', { text: 'a ministry spokesman', name: 'a ministry spokesman' });
		const b = article('b', 'Ministry spokesman Piotr Nowak and ministry spokesman Jan Wiśniewski declined.', { text: 'x', name: 'x' });
		expect(withRoleHolders([a, b])[0]?.quotes[0]?.speaker?.name).toBe('a ministry spokesman');
	});
});
