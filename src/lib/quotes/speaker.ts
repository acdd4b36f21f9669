/**
 * Quotes -> who said them. The article is read sentence by sentence, keeping a discourse model
 * of who is salient (salience.ts); each quote's sentence is read for an attribution, and its
 * subject resolved against the article: `he` to the most salient person who agrees, `the
 * spokesman` to the person introduced as one, `Putin` to the fullest form the article writes.
 */
import type { Speaker } from '../schema.ts';
import { findAttribution } from './attribution.ts';
import { endsOnAbbreviation } from './breaks.ts';
import { quoteContexts, quoteExtent, type Extent, type QuoteContext } from './context.ts';
import { readSentence } from './mentions.ts';
import { canonicalName, indexNames, isPersonName, type NameIndex } from './name-index.ts';
import { splitTitle } from './names.ts';
import { roleWords, type Subject } from './phrase.ts';
import { roleReferent, type Where } from './roles.ts';
import { addMention, createDiscourse, resolvePronoun, WEIGHTS, type Discourse } from './salience.ts';

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

/** What attribution has learnt so far, walking the article in reading order. */
interface Memory {
	names: NameIndex;
	discourse: Discourse;
	/** Sentences read so far: the clock salience decays by. */
	sentence: number;
	/** The speaker of the last top-level quote of each paragraph. */
	lastOfParagraph: Map<number, Speaker | null>;
}

/**
 * Attribute each quote to a speaker, or `null` when the text does not say (or nests the quote).
 * Returns one entry per quote, in input order. Group speakers (`the defence ministry`,
 * `A Pentagon spokesman`) keep `name` equal to `text`, determiner included, as the schema
 * says for unresolved speakers.
 *
 * @example
 * const text = '“We will strike,” President Vladimir Putin said.';
 * attributeSpeakers([{ text, sentences: [{ start: 0, end: text.length }] }], [{ paragraph: 0, start: 1, end: 16, depth: 0 }])
 * // [{ text: 'President Vladimir Putin', name: 'Vladimir Putin' }]
 */
export function attributeSpeakers(paragraphs: readonly ParagraphInput[], quotes: readonly QuoteInput[]): (Speaker | null)[] {
	const names = indexNames(paragraphs.map((paragraph) => paragraph.text));
	const memory: Memory = { names, discourse: createDiscourse(names.genders), sentence: 0, lastOfParagraph: new Map() };
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
	return speakers;
}

/** Add a sentence's mentions to the discourse, resolving a pronoun or role subject first. */
function readIntoDiscourse(memory: Memory, paragraph: number, text: string, span: Span, extents: readonly Extent[]) {
	const reading = readSentence(text, span, memory.names.runs[paragraph] ?? [], extents, memory.names);
	const { subject } = reading;
	if (subject) {
		const where = { paragraph, at: subject.at, sentence: memory.sentence };
		const name =
			subject.kind === 'pronoun'
				? resolvePronoun(memory.discourse, subject.text, where)
				: roleReferent(memory.names, subject.words, memory.discourse, where);
		if (name !== null) mention(memory, name, where, subject.text.toLowerCase() === 'they');
	}
	for (const found of reading.mentions) {
		addMention(
			memory.discourse,
			{ key: found.name, paragraph, at: found.at, sentence: memory.sentence, weight: found.weight },
			found.plural,
		);
	}
}

/** The speaker of one quote: its attribution, else the quote before it or the paragraph before. */
function speakerOf(
	context: QuoteContext,
	previous: Speaker | null | undefined,
	memory: Memory,
	place: { paragraph: number; text: string; extent: Extent },
): Speaker | null {
	const subject = findAttribution(context.before, context.after);
	if (subject) return resolve(subject, memory, place);
	if (context.alone && previous !== undefined) return previous;
	if (context.alone && context.leads) return memory.lastOfParagraph.get(place.paragraph - 1) ?? null;
	return null;
}

/** Turn a subject phrase into a speaker, and record it in the discourse as a subject. */
function resolve(subject: Subject, memory: Memory, place: { paragraph: number; text: string; extent: Extent }): Speaker | null {
	const { names } = memory;
	const where: Where = { paragraph: place.paragraph, at: place.extent.from, sentence: memory.sentence };
	switch (subject.kind) {
		case 'name': {
			const name = canonicalName(names, splitTitle(subject.text.split(' ')).name);
			if (name === '') return { text: subject.text, name: subject.text };
			if (isPersonName(names, name)) mention(memory, name, where, false);
			return { text: subject.text, name };
		}
		case 'pronoun': {
			const at = pronounOffset(place.text, place.extent, subject.text);
			const name = resolvePronoun(memory.discourse, subject.text, { ...where, at });
			if (name === null) return null;
			mention(memory, name, { ...where, at }, subject.text.toLowerCase() === 'they');
			return { text: subject.text, name };
		}
		case 'role': {
			const name = roleReferent(names, roleWords(subject.text) ?? [], memory.discourse, where);
			if (name === null) return { text: subject.text, name: subject.text };
			mention(memory, name, where, false);
			return { text: subject.text, name };
		}
		case 'group':
			return { text: subject.text, name: subject.text };
	}
}

function mention(memory: Memory, name: string, where: Where, plural: boolean): void {
	addMention(
		memory.discourse,
		{ key: name, paragraph: where.paragraph, at: where.at, sentence: where.sentence, weight: WEIGHTS.subject },
		plural,
	);
}

/**
 * Where the pronoun of an attribution stands: the first one after the quote (`“…,” he said`),
 * else the last one before it (`He added: “…”`). Only a short reach is read either side.
 */
function pronounOffset(text: string, extent: Extent, pronoun: string): number {
	const word = new RegExp(String.raw`(?<![\p{L}\p{M}])${pronoun}(?![\p{L}\p{M}])`, 'iu');
	const after = word.exec(text.slice(extent.to, extent.to + 80));
	if (after) return extent.to + after.index;
	const from = Math.max(0, extent.from - 300);
	const before = [...text.slice(from, extent.from).matchAll(new RegExp(word.source, 'giu'))].at(-1);
	return before ? from + before.index : extent.from;
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
