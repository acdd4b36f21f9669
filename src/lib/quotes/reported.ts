/**
 * A quote inside a quote that the outer speaker attributes in so many words: `“Then the harbour
 * master said ‘wait a year,’ so we waited,” Doe said.` — the inner `wait a year` is the harbour
 * master's.
 * The attribution is read inside the outer quote, on the sentence around the inner one, with
 * the same patterns as any other quote. A pronoun there (`he said ‘…’`) points into the outer
 * speaker's own discourse, which the article does not give, so it names nobody; `I`/`we` are the
 * outer speaker quoting themselves (self-quotes.ts).
 */
import type { Speaker } from '../schema.ts';
import { findAttribution } from './attribution.ts';
import { CONTEXT_REACH, quoteExtent } from './context.ts';

/** A quote as attribution reads it. */
interface Span {
	paragraph: number;
	start: number;
	end: number;
	depth: number;
}

/** Where a sentence ends inside the outer quote: a full stop, question or exclamation mark, then a space. */
const SENTENCE_BREAK = /[.!?]["'”’»›」』]*\s+/gu;

/**
 * Give each nested quote still without a speaker the one its outer quote names for it;
 * `speakers` is changed in place, one entry per quote. `named` turns an attributed name into a
 * speaker as the article resolves names.
 *
 * @example
 * // “Then the harbour master said ‘wait a year,’” Doe said. -> ‘wait a year’: the harbour master
 */
export function attributeReportedQuotes(
	texts: readonly string[],
	quotes: readonly Span[],
	speakers: (Speaker | null)[],
	named: (text: string) => Speaker,
): void {
	// Quotes arrive in reading order per paragraph; the outer quote of a nested one is the last top-level one containing it.
	const outer = new Map<number, Span>();
	quotes.forEach((quote, index) => {
		if (quote.depth === 0) {
			outer.set(quote.paragraph, quote);
			return;
		}
		const parent = outer.get(quote.paragraph);
		const text = texts[quote.paragraph];
		if (!parent || text === undefined || quote.depth !== 1 || speakers[index] !== null) return;
		if (parent.start > quote.start || parent.end < quote.end) return;
		const extent = quoteExtent(text, quote);
		// Read inside the outer quote, and only as far as any attribution reads, so a long outer quote full of inner ones stays linear.
		const from = Math.max(parent.start, extent.from);
		const to = Math.min(parent.end, extent.to);
		const preceding = text.slice(Math.max(parent.start, from - CONTEXT_REACH), from);
		const before = preceding.slice(lastBreak(preceding));
		const rest = text.slice(to, Math.min(parent.end, to + CONTEXT_REACH));
		const after = rest.slice(0, nextBreak(rest));
		const subject = findAttribution(before, after);
		if (!subject || subject.kind === 'pronoun' || subject.kind === 'it') return;
		speakers[index] = subject.kind === 'name' ? named(subject.text) : { text: subject.text, name: subject.text };
	});
}

function lastBreak(text: string): number {
	let at = 0;
	for (const match of text.matchAll(SENTENCE_BREAK)) at = match.index + match[0].length;
	return at;
}

function nextBreak(text: string): number {
	SENTENCE_BREAK.lastIndex = 0;
	const match = SENTENCE_BREAK.exec(text);
	return match ? match.index + 1 : text.length;
}
