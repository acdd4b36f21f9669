/**
 * Hostile articles: small files written to make a pass quadratic, an output unbounded, a record
 * invalid or a page spoofed, one per class of issue 14. The benchmark times the records step on
 * each; the hostile test suite runs them all through `npm run records`. Invented text only.
 */

/** One hostile article file and the class of trouble it carries. */
export interface HostileArticle {
	file: string;
	/** What it tries, in a few words. */
	attack: string;
	text: string;
}

const lead = (topic: string): string =>
	`Floods close the ${topic}\n\nThe ${topic} was closed on Monday after heavy rain, officials said.\n\n`;

/** Distinct capitalised words sharing one consonant skeleton (`h l v n k r s t m`): vowels vary in seven slots. */
function oneSkeletonWords(count: number): string[] {
	const vowels = 'aeiou';
	return Array.from({ length: count }, (_, index) => {
		const vowel = (slot: number) => vowels[Math.floor(index / 5 ** slot) % 5]!;
		return `H${vowel(0)}lv${vowel(1)}nk${vowel(2)}r${vowel(3)}s${vowel(4)}t${vowel(5)}m${vowel(6)}`;
	});
}

/**
 * Every hostile article, in a fixed order (the same bytes on every run).
 *
 * @example
 * hostileArticles().map((article) => article.file) // ['h01-unclosed-guillemets.txt', …]
 */
export function hostileArticles(): HostileArticle[] {
	return [
		{ file: 'h01-unclosed-guillemets.txt', attack: '40 KB of opening « that never close', text: `${lead('pier')}${'« '.repeat(20_000)}\n` },
		{ file: 'h02-copyright-dots.txt', attack: 'a copyright sign and 40 KB of dots', text: `${lead('quay')}© ${'.'.repeat(40_000)}\n` },
		{
			file: 'h03-one-skeleton.txt',
			attack: '20,000 capitalised words on one consonant skeleton',
			text: `${lead('dam')}${oneSkeletonWords(20_000)
				.map((word) => `${word} came.`)
				.join(' ')}\n`,
		},
		{
			file: 'h04-many-quotes.txt',
			attack: 'one sentence with 5,000 quotes',
			text: `${lead('canal')}They chanted ${Array.from({ length: 5000 }, (_, index) => `“w${index}”`).join(' ')} all night.\n`,
		},
		{
			file: 'h04b-repeated-quote.txt',
			attack: 'one sentence with 5,000 copies of one quote',
			text: `${lead('basin')}They chanted ${'“close the gates” '.repeat(5000)}all night.\n`,
		},
		{
			file: 'h04c-quotes-in-a-quote.txt',
			attack: 'one quote holding 2,000 quotes, each echoing one of 2,000 attributed quotes',
			text: `${lead('sluice')}“They chanted ${Array.from({ length: 2000 }, (_, index) => `‘w${index} keep the sluice shut’`).join(' and ')} all night,” said the keeper.\n\n${Array.from({ length: 2000 }, (_, index) => `“w${index} keep the sluice shut,” Anna Kowalski said.`).join('\n\n')}\n`,
		},
		{
			file: 'h05-nested.txt',
			attack: 'quotes nested 1,500 deep',
			text: `${lead('ferry')}He said ${'«'.repeat(1500)}stop${'»'.repeat(1500)} and left.\n`,
		},
		{ file: 'h06-punctuation-quote.txt', attack: 'a quote of a comma', text: `${lead('lock')}“,” she said, and the lock stayed shut.\n` },
		{ file: 'h07-punctuation-quote.txt', attack: 'a quote of a semicolon', text: `${lead('weir')}“;” he wrote, and the weir held.\n` },
		{ file: 'h08-emoji-quote.txt', attack: 'a quote of an emoji', text: `${lead('ford')}“🙂” was all the mayor posted about the ford.\n` },
		{
			file: 'h09-upper-case-link.txt',
			attack: 'an upper-case HTTP:// link',
			text: `${lead('causeway')}Updates are at HTTP://EXAMPLE.ORG/ALERTS on the hour.\n`,
		},
		{
			file: 'h10-bidi.txt',
			attack: 'a right-to-left override inside a quote',
			text: `${lead('viaduct')}“We will reopen it \u202eand not a day before,” said a council engineer.\n`,
		},
		{
			file: 'h11-long-word.txt',
			attack: 'a 165-character tracking URL and a 320-character word',
			text: `${lead('embankment')}See https://www.example.com/news/2024/06/01/floods?utm_source=newsletter&utm_medium=email&utm_campaign=${'x'.repeat(60)}&id=1234567890abcdef and ${'Hochwasserschutz'.repeat(20)}.\n`,
		},
		{
			file: 'h12-zero-width.txt',
			attack: 'zero-width spaces inside words',
			text: `${lead('levee')}The lev\u200bee was clo\u200bsed on Mon\u200bday, officials said.\n`,
		},
		{
			file: `h13-${'long-name-'.repeat(24)}end.txt`,
			attack: 'a 251-character file name',
			text: `${lead('tunnel')}“The tunnel is closed,” said a police officer.\n`,
		},
	];
}
