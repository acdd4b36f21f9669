/**
 * A quote inside a quote that repeats words the article attributes elsewhere: a letter that
 * says `the ferry was never ‘a floating ruin’` after the article reported who called it `a
 * floating ruin`. The inner quote is those words again, so it takes their speaker — when every
 * attributed top-level quote holding the words names the same person.
 */
import type { Speaker } from '../schema.ts';

/** A quote as this step reads it: place, depth, comparison key and speaker. */
interface EchoQuote {
	paragraph: number;
	start: number;
	end: number;
	depth: number;
	normalized: string;
	speaker: Speaker | null;
}

/**
 * Fewest words an inner quote needs to be found inside a longer quote: a word or two
 * (`‘reform’`, `‘not yet’`) recurs by chance; the whole of a shorter quote matches at any length.
 */
const MIN_CONTAINED_WORDS = 4;

/**
 * The speakers of the quotes after echoes are attributed: a nested quote without a speaker
 * takes the speaker of the top-level quotes of the same article that hold its words (equal, or
 * containing them when it is long enough), if they all name one person; its own outer quote
 * does not count. Returns one speaker per quote, in order.
 *
 * @example
 * // “It is no ‘floating ruin at all’,” Doe wrote. … a ferry Roe called “a floating ruin at all.”
 * // -> the inner ‘floating ruin at all’ in Doe's quote: Roe
 */
export function attributeEchoes(quotes: readonly EchoQuote[]): (Speaker | null)[] {
	const attributed = quotes
		.filter((quote) => quote.depth === 0 && quote.speaker !== null && quote.normalized !== '')
		.map((quote) => ({ ...quote, padded: ` ${quote.normalized} ` }));
	return quotes.map((quote) => {
		if (quote.depth === 0 || quote.speaker !== null || quote.normalized === '') return quote.speaker;
		const words = quote.normalized.split(' ').length;
		const sources = attributed.filter(
			(other) =>
				!contains(other, quote) &&
				(other.normalized === quote.normalized || (words >= MIN_CONTAINED_WORDS && other.padded.includes(` ${quote.normalized} `))),
		);
		const names = new Set(sources.map((other) => other.speaker?.name));
		return names.size === 1 ? (sources[0]?.speaker ?? null) : null;
	});
}

function contains(outer: EchoQuote, inner: EchoQuote): boolean {
	return outer.paragraph === inner.paragraph && outer.start <= inner.start && inner.end <= outer.end;
}
