/**
 * Quotes -> who said them. The article is read sentence by sentence, keeping a discourse model
 * of who is salient (salience.ts); each quote's sentence is read for an attribution, and its
 * subject resolved against the article: `he` to the most salient person who agrees, `the
 * spokesman` to the person introduced as one, `Nowak` to the fullest form the article writes.
 */
import type { Speaker } from '../schema.ts';
import { findAttribution } from './attribution.ts';
import { endsOnAbbreviation } from './breaks.ts';
import { quoteContexts, quoteExtent, type Extent, type QuoteContext } from './context.ts';
import { indexNames } from './name-index.ts';
import { attributeReportedQuotes } from './reported.ts';
import { attributeSelfQuotes } from './self-quotes.ts';
import { createMemory, readIntoDiscourse, type Memory } from './memory.ts';
import { noteSpeaker, resolve, speakerOfName } from './resolve.ts';

/** A span of paragraph text. */
interface Span {
	start: number;
	end: number;
}

interface ParagraphInput {
	text: string;
	sentences: readonly Span[];
}

interface QuoteInput {
	paragraph: number;
	start: number;
	end: number;
	depth: number;
}

/** One top-level quote of a paragraph, with its index in the input. */
interface Entry {
	index: number;
	quote: QuoteInput;
}

/**
 * Attribute each quote to a speaker, or `null` when the text does not say (or nests the quote).
 * Returns one entry per quote, in input order. Group speakers (`the defence ministry`,
 * `A Treasury spokesman`) keep `name` equal to `text`, determiner included, as the schema
 * says for unresolved speakers.
 *
 * @example
 * const text = '“We will win,” President Piotr Nowak said.';
 * attributeSpeakers([{ text, sentences: [{ start: 0, end: text.length }] }], [{ paragraph: 0, start: 1, end: 13, depth: 0 }])
 * // [{ text: 'President Piotr Nowak', name: 'Piotr Nowak' }]
 */
export function attributeSpeakers(paragraphs: readonly ParagraphInput[], quotes: readonly QuoteInput[]): (Speaker | null)[] {
	const memory = createMemory(indexNames(paragraphs.map((paragraph) => paragraph.text)));
	const speakers: (Speaker | null)[] = quotes.map(() => null);
	const groups = topLevelByParagraph(paragraphs, quotes);
	paragraphs.forEach((source, paragraph) => {
		const entries = groups.get(paragraph) ?? [];
		const extents = entries.map((entry) => quoteExtent(source.text, entry.quote));
		const contexts = quoteContexts(source.text, source.sentences, extents);
		const sentences = joinedAtAbbreviations(source.text, source.sentences);
		let next = 0;
		let previous: Speaker | null | undefined;
		const attributeUpTo = (end: number) => {
			for (; next < entries.length && (extents[next]?.from ?? Infinity) < end; next++) {
				const entry = entries[next];
				const context = contexts[next];
				const extent = extents[next];
				if (!entry || !context || !extent) continue;
				const speaker = speakerOf(context, previous, memory, { paragraph, text: source.text, extent });
				speakers[entry.index] = speaker;
				previous = speaker;
				memory.lastOfParagraph.set(paragraph, speaker);
			}
		};
		for (const sentence of sentences) {
			memory.sentence++;
			readIntoDiscourse(memory, paragraph, source.text, sentence, extents);
			attributeUpTo(sentence.end);
		}
		attributeUpTo(Infinity);
	});
	const texts = paragraphs.map((paragraph) => paragraph.text);
	attributeSelfQuotes(texts, quotes, speakers);
	attributeReportedQuotes(texts, quotes, speakers, (text) => speakerOfName(memory, text));
	return speakers;
}

/** The speaker of one quote: its attribution, else the quote before it, else the paragraph before. */
function speakerOf(
	context: QuoteContext,
	previous: Speaker | null | undefined,
	memory: Memory,
	place: { paragraph: number; text: string; extent: Extent },
): Speaker | null {
	const subject = findAttribution(context.before, context.after);
	if (subject) return resolve(subject, memory, { ...place, context });
	const inferred = continuedSpeaker(context, previous, memory, place.paragraph);
	// The speaker of a quote is a subject of the discourse whether or not the sentence names them.
	if (inferred) noteSpeaker(memory, inferred, { paragraph: place.paragraph, at: place.extent.from, sentence: memory.sentence });
	return inferred;
}

/**
 * The speaker of a quote with no attribution of its own: the quote before it in its sentence's
 * paragraph, else (opening a paragraph) the last quote of the paragraph before, or, when that
 * one quoted nobody, who its last sentence was about or had speak (`X issued a statement.`,
 * `X reports:`, `… with X writing a letter.`).
 */
function continuedSpeaker(context: QuoteContext, previous: Speaker | null | undefined, memory: Memory, paragraph: number): Speaker | null {
	if (context.alone && previous !== undefined) return previous;
	if (!context.alone || !context.leads) return null;
	const before = memory.lastOfParagraph.get(paragraph - 1);
	if (before !== undefined) return before;
	const topic = memory.topics[0];
	if (topic === null || topic.sentence !== memory.sentence - 1) return null;
	if (topic.person || topic.colon) return topic.speaker;
	const said = findAttribution(`${topic.text} `, '');
	return said?.kind === 'name' ? speakerOfName(memory, said.text) : null;
}

/**
 * A paragraph's sentences in order, a sentence a splitter ended at an abbreviation joined to the
 * next (`… said Sen.` | `Anna Kowalski …`); the whole paragraph when there are none.
 */
function joinedAtAbbreviations(text: string, sentences: readonly Span[]): Span[] {
	const joined: Span[] = [];
	for (const sentence of sentences.toSorted((a, b) => a.start - b.start)) {
		const last = joined.at(-1);
		if (last && endsOnAbbreviation(text.slice(Math.max(last.start, last.end - 12), last.end).trimEnd())) last.end = sentence.end;
		else joined.push({ ...sentence });
	}
	return joined.length > 0 ? joined : [{ start: 0, end: text.length }];
}

/** Top-level quotes with valid spans, grouped by paragraph, each group sorted without overlaps. */
function topLevelByParagraph(paragraphs: readonly ParagraphInput[], quotes: readonly QuoteInput[]): Map<number, Entry[]> {
	const groups = new Map<number, Entry[]>();
	quotes.forEach((quote, index) => {
		const text = paragraphs[quote.paragraph]?.text;
		if (text === undefined || quote.depth !== 0 || !(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length)) return;
		const group = groups.get(quote.paragraph) ?? [];
		group.push({ index, quote });
		groups.set(quote.paragraph, group);
	});
	for (const [paragraph, entries] of groups) groups.set(paragraph, withoutOverlaps(entries));
	return groups;
}

/** Sort by start and drop a quote that overlaps an earlier one (malformed input). */
function withoutOverlaps(entries: Entry[]): Entry[] {
	const sorted = [...entries].sort((left, right) => left.quote.start - right.quote.start);
	return sorted.filter((entry, position) => {
		const before = sorted[position - 1];
		return before === undefined || before.quote.end < entry.quote.start;
	});
}
