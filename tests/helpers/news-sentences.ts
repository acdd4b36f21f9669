/**
 * Test helpers: fast-check arbitraries for grammatical news sentences that quote someone.
 * Speakers are invented names with titles and appositives, pronouns, roles and groups; verbs
 * are every speech verb and participle of the lexicon, in simple, perfect, future and passive
 * forms. Quote marks come from the caller, so one article can keep (or mix) a style.
 */
import fc from 'fast-check';
import { INVERTING_VERBS, PARTICIPLES, SPEECH_VERBS } from '../../src/lib/quotes/lexicon.ts';

/** The opening and closing mark of one quote style. */
export type QuoteStyle = readonly [open: string, close: string];

/** A subject with its grammatical number, so the verb agrees. */
interface Speaker {
	text: string;
	plural: boolean;
}

const IRREGULAR_PAST = ['said', 'told', 'wrote'];
/** Past forms of the lexicon: `said`, `added`, `wrote`. */
const PAST_VERBS = [...SPEECH_VERBS].filter((verb) => verb.endsWith('ed') || IRREGULAR_PAST.includes(verb));
/** Third-person present forms: `says`, `adds`. */
const PRESENT_VERBS = [...SPEECH_VERBS].filter((verb) => !PAST_VERBS.includes(verb) && verb.endsWith('s'));
/** Bare forms, after `will` or a plural subject: `say`. */
const BASE_VERBS = [...SPEECH_VERBS].filter((verb) => !PAST_VERBS.includes(verb) && !PRESENT_VERBS.includes(verb));
/** Past participles among the past forms (`has said`, `had been told`); `wrote` is past only. */
const PERFECT_VERBS = PAST_VERBS.filter((verb) => verb !== 'wrote');

const GIVEN = ['Anna', 'Tomas', 'Ilse', 'Marek', 'Sunita', 'Kofi', 'Lena', 'Rafael', 'Yuki', 'Odile', 'Bram', 'Nadia', 'Jonas'];
const FAMILY = [
	'Kowalski',
	'Verhoef',
	'Adeyemi',
	'Lindqvist',
	'Moreau-Blanc',
	'al-Haddad',
	'de Souza',
	'O’Connell',
	'Brennick',
	'Halvorsen',
];
const TITLES = ['Defense Minister', 'President', 'Mayor', 'Senator', 'Dr.', 'Mr.', 'Ms.', 'Lt. Col.', 'Chief Inspector', 'Gen.', 'Judge'];
const APPOSITIVES = [
	', 54,',
	', 61,',
	', the deputy mayor,',
	', a spokeswoman for the city council,',
	', who chairs the harbour committee,',
	', who had earlier told reporters the vote was lost,',
	', whose office declined to comment on Monday,',
];
const GROUPS: Speaker[] = [
	{ text: 'the interior ministry', plural: false },
	{ text: 'a police spokesman', plural: false },
	{ text: 'the agency', plural: false },
	{ text: 'the deputy mayor', plural: false },
	{ text: 'officials', plural: true },
	{ text: 'the families', plural: true },
	{ text: 'Residents of Eastvale', plural: true },
];
const PRONOUNS: Speaker[] = [
	{ text: 'he', plural: false },
	{ text: 'she', plural: false },
	{ text: 'they', plural: true },
];
const MODIFIERS = ['', 'also ', 'later ', 'then ', 'reportedly ', 'once again ', 'publicly '];
/** Passive forms that go before a quote: `was quoted as saying “…”`, `have been told “…”`. */
const PASSIVE_BEFORE = ['told', 'also told', 'asked', 'quoted as saying', 'cited as saying', 'reported as saying'];

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Titled names with an appositive now and then: `Defense Minister Anna Kowalski, 54,`. */
const name: fc.Arbitrary<Speaker> = fc
	.tuple(
		fc.option(fc.constantFrom(...TITLES)),
		fc.constantFrom(...GIVEN),
		fc.constantFrom(...FAMILY),
		fc.option(fc.constantFrom(...APPOSITIVES)),
	)
	.map(([title, given, family, appositive]) => ({
		text: `${title ? `${title} ` : ''}${given} ${family}${appositive ?? ''}`,
		plural: false,
	}));

/** Anyone who can say something: names (most often), groups, pronouns. */
const speaker: fc.Arbitrary<Speaker> = fc.oneof({ weight: 3, arbitrary: name }, fc.constantFrom(...GROUPS), fc.constantFrom(...PRONOUNS));

/** What a verb or participle needs before its quote: `told reporters`, `calling it`, `described it as`. */
function complement(verb: string): string {
	if (/^(?:told|tells|telling)$/u.test(verb)) return ' reporters';
	if (/^(?:urged|urges|urging|asked|asks)$/u.test(verb)) return ' residents';
	if (/^(?:called|calls|calling|dubbed|dubbing|branded|branding|termed|terming)$/u.test(verb)) return ' it';
	if (/^(?:described|describes|describing|hailed|hails|hailing)$/u.test(verb)) return ' it as';
	if (/^(?:cited|quoted)$/u.test(verb)) return ' the report as saying';
	return '';
}

/** A finite speech verb agreeing with its subject: simple, present, perfect or future, maybe with an adverb. */
function verbPhrase(subject: Speaker): fc.Arbitrary<string> {
	const modifier = fc.constantFrom(...MODIFIERS);
	const forms = [
		fc.tuple(modifier, fc.constantFrom(...PAST_VERBS)).map(([adverb, verb]) => `${adverb}${verb}`),
		fc
			.tuple(fc.constantFrom(subject.plural ? 'have' : 'has', 'had'), modifier, fc.constantFrom(...PERFECT_VERBS))
			.map(([auxiliary, adverb, verb]) => `${auxiliary} ${adverb}${verb}`),
		fc.constantFrom(...BASE_VERBS).map((verb) => (subject.plural ? verb : `will ${verb}`)),
	];
	if (!subject.plural) forms.push(fc.tuple(modifier, fc.constantFrom(...PRESENT_VERBS)).map(([adverb, verb]) => `${adverb}${verb}`));
	return fc.oneof(...forms).map((verb) => `${verb}${complement(verb.split(' ').at(-1) ?? '')}`);
}

/** Passive and perfect forms whose subject is told, asked or quoted: `has been quoted as saying`, `have been told`. */
function passivePhrase(subject: Speaker, participles: readonly string[]): fc.Arbitrary<string> {
	const auxiliaries = subject.plural
		? ['were', 'have been', 'had been', 'will be', 'are']
		: ['was', 'has been', 'had been', 'will be', 'is'];
	return fc.tuple(fc.constantFrom(...auxiliaries), fc.constantFrom(...participles)).map((parts) => parts.join(' '));
}

/** Someone and their speech verb, ready to end in a colon: `Ms. Anna Kowalski, 54, has also said`. */
export const saying: fc.Arbitrary<string> = speaker.chain((subject) =>
	verbPhrase(subject).map((verb) => `${capital(subject.text)} ${verb}`),
);

const OPENERS = ['We', 'I', 'They', 'Nobody', 'The city', 'This government', 'Our crews'];
const ACTIONS = ['will rebuild', 'never accepted', 'cannot ignore', 'did not expect', 'must finish', 'kept counting', 'won’t abandon'];
const OBJECTS = [
	'the bridge',
	'these losses',
	'the ’90s rules',
	'the harbour plan',
	'what happened',
	"the Halvorsens' complaint",
	'a single vote',
];
const ENDINGS = ['', ' before winter', ' this year', ' at any price', ' again', ', whatever it costs', ' in Northbridge'];

/** What is quoted: one or two short sentences, sometimes with a quote inside (`‘…’`), no final mark. */
export function quoteText(inner: QuoteStyle): fc.Arbitrary<string> {
	const clause = fc
		.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...ACTIONS), fc.constantFrom(...OBJECTS), fc.constantFrom(...ENDINGS))
		.map(([who, what, object, ending]) => `${who} ${what} ${object}${ending}`);
	const nested = fc
		.tuple(clause, fc.constantFrom('a farce', 'the last chance', 'unacceptable'))
		.map(([text, word]) => `${text}, and we call it ${inner[0]}${word}${inner[1]}`);
	return fc.oneof(
		clause,
		nested,
		fc.tuple(clause, clause).map(([first, second]) => `${first}. ${second}`),
	);
}

/** A quotation in one style; now and then a mark is lost, as in copied text. */
function quoted(style: QuoteStyle, text: string, end: string): fc.Arbitrary<string> {
	return fc.constantFrom('both', 'both', 'both', 'both', 'both', 'both', 'no-close', 'no-open', 'stray').map((marks) => {
		if (marks === 'no-close') return `${style[0]}${text}${end}`;
		if (marks === 'no-open') return `${text}${end}${style[1]}`;
		if (marks === 'stray') return `${style[0]}${text}${end}${style[1]}${style[0]}`;
		return `${style[0]}${text}${end}${style[1]}`;
	});
}

/** One sentence of news prose quoting someone (or not), in the given styles. */
export function newsSentence(style: QuoteStyle, inner: QuoteStyle): fc.Arbitrary<string> {
	const q = (end: string) => quoteText(inner).chain((text) => quoted(style, text, end));
	const bare = (subject: Speaker) => subject.text.replace(/,$/u, '');
	return fc.oneof(
		// “…,” Defense Minister Anna Kowalski, 54, said.
		speaker.chain((s) => fc.tuple(q(','), verbPhrase(s)).map(([quote, verb]) => `${quote} ${s.text} ${verb}.`)),
		// “…,” said Anna Kowalski.
		fc.tuple(q(','), fc.constantFrom(...INVERTING_VERBS), name).map(([quote, verb, s]) => `${quote} ${verb} ${bare(s)}.`),
		// Anna Kowalski has also said: “….” / She said that “…”.
		fc.tuple(saying, q('.')).map(([who, quote]) => `${who}: ${quote}`),
		fc.tuple(saying, q('')).map(([who, quote]) => `${who} that ${quote}.`),
		// Officials have been told “….” / Anna Kowalski was quoted as saying “….”
		speaker.chain((s) => fc.tuple(passivePhrase(s, PASSIVE_BEFORE), q('.')).map(([verb, quote]) => `${capital(s.text)} ${verb} ${quote}`)),
		// “…?” she had been asked by reporters.
		speaker.chain((s) =>
			fc
				.tuple(q('?'), passivePhrase(s, ['asked', 'also asked', 'told']))
				.map(([quote, verb]) => `${quote} ${s.text} ${verb} by reporters.`),
		),
		// The agency quoted Anna Kowalski as saying “….”
		fc
			.tuple(
				fc.constantFrom('The agency', 'A local newspaper'),
				fc.constantFrom('quoted', 'cited', 'has quoted', 'will cite'),
				name,
				q('.'),
			)
			.map(([outlet, verb, s, quote]) => `${outlet} ${verb} ${s.text} as saying ${quote}`),
		// Anna Kowalski said the plan was late, adding “….”
		fc
			.tuple(saying, fc.constantFrom(...PARTICIPLES), q('.'))
			.map(([who, participle, quote]) => `${who} the plan was late, ${participle}${complement(participle)} ${quote}`),
		// According to Anna Kowalski, “….” / “…,” according to officials.
		speaker.chain((s) => q('.').map((quote) => `According to ${s.text.endsWith(',') ? s.text : `${s.text},`} ${quote}`)),
		speaker.chain((s) => q(',').map((quote) => `${quote} according to ${bare(s)}.`)),
		// A scare quote, and plain narrative.
		fc
			.constantFrom('plan', 'vote', 'deal')
			.chain((what) => quoted(style, 'temporary', '').map((word) => `The so-called ${word} ${what} was approved.`)),
		fc.constantFrom('The council met on Tuesday.', 'Repairs began in March, two weeks late.', 'The bridge has been closed since 2019.'),
	);
}
