/**
 * A quote inside a quote is someone else's words (reported.ts names them when the outer quote
 * does), or scare quotes, which keep no speaker; but a speaker quoting themselves (`“We said, ‘Enough is enough,’” Doe said.`) gives the inner quote
 * the outer one's speaker: a speech verb right before it, in a sentence whose speaker is `I`/`we`.
 */
import type { Speaker } from '../schema.ts';

/** A quote as attribution reads it. */
interface Span {
	paragraph: number;
	start: number;
	end: number;
	depth: number;
}

/** Most characters of the outer quote read before the inner one. */
const REACH = 200;
/**
 * A speech verb right before the inner quote whose subject is `I`/`we`: right before it
 * (`I said, ‘`), or earlier in the sentence when the verb is a bare infinitive, which takes its
 * subject from the clause it hangs on (`It was time to speak out and say, ‘`).
 *
 *     and I said, ‘            It was time to speak out and say, ‘
 *         ^^^^^^ verb          ^^ first person                     ^^^ bare verb
 */
const SELF_QUOTED = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:I|we)\s+(?:\p{Ll}+\s+){0,2}?(?:said|told|asked|wrote|added|say|tell|ask|write|add)[,:]?\s*\S?$` +
		String.raw`|(?:^|[^\p{L}])(?:I|we)\s[^.!?]*?\s(?:say|tell|ask|write|add)[,:]?\s*\S?$`,
	'iu',
);

/**
 * Give each quote nested one level in a top-level quote the outer speaker when the outer
 * speaker is quoting themselves; `speakers` is changed in place, one entry per quote.
 *
 * @example
 * // “We said, ‘Enough,’” Doe said. -> the inner ‘Enough’ is Doe's too
 */
export function attributeSelfQuotes(texts: readonly string[], quotes: readonly Span[], speakers: (Speaker | null)[]): void {
	// Quotes arrive in reading order per paragraph; the outer quote of a nested one is the last top-level one containing it.
	const outer = new Map<number, { quote: Span; index: number }>();
	quotes.forEach((quote, index) => {
		if (quote.depth === 0) {
			outer.set(quote.paragraph, { quote, index });
			return;
		}
		const parent = outer.get(quote.paragraph);
		const speaker = parent ? speakers[parent.index] : null;
		if (!parent || !speaker || quote.depth !== 1 || speakers[index] !== null) return;
		if (parent.quote.start > quote.start || parent.quote.end < quote.end) return;
		const before = (texts[quote.paragraph] ?? '').slice(Math.max(parent.quote.start, quote.start - REACH), quote.start);
		if (SELF_QUOTED.test(before)) speakers[index] = speaker;
	});
}
