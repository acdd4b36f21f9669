/**
 * Quotes -> who said them. Reads each quote's sentence for an attribution, then resolves
 * pronouns, roles and surnames against the article: `he` and `the president` name the most
 * recent person quoted, `Putin` becomes the fullest form the article writes.
 */
import type { Speaker } from '../schema.ts';
import { findAttribution } from './attribution.ts';
import { quoteContexts, quoteExtent } from './context.ts';
import { canonicalName, indexNames, isPersonName, lastMentionedPerson, roleHolder, type NameIndex } from './name-index.ts';
import { splitTitle } from './names.ts';
import { roleWords, type Subject } from './phrase.ts';

interface ParagraphInput {
	text: string;
	sentences: readonly { start: number; end: number }[];
}

interface QuoteInput {
	paragraph: number;
	start: number;
	end: number;
	depth: number;
}

/** What attribution has learnt so far, walking the article in reading order. */
interface Memory {
	names: NameIndex;
	/** The most recent speaker resolved to a person's name. */
	person: string | null;
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
	const memory: Memory = { names: indexNames(paragraphs.map((p) => p.text)), person: null, lastOfParagraph: new Map() };
	const speakers: (Speaker | null)[] = quotes.map(() => null);
	for (const [paragraph, entries] of topLevelByParagraph(paragraphs, quotes)) {
		const source = paragraphs[paragraph];
		if (!source) continue;
		const extents = entries.map((entry) => quoteExtent(source.text, entry.quote));
		const contexts = quoteContexts(source.text, source.sentences, extents);
		let previous: Speaker | null | undefined;
		entries.forEach((entry, position) => {
			const context = contexts[position];
			if (context === undefined) return;
			const subject = findAttribution(context.before, context.after);
			let speaker: Speaker | null = null;
			if (subject) speaker = resolve(subject, memory, paragraph, entry.quote.start);
			else if (context.alone && previous !== undefined) speaker = previous;
			else if (context.alone && context.leads) speaker = memory.lastOfParagraph.get(paragraph - 1) ?? null;
			speakers[entry.index] = speaker;
			previous = speaker;
			memory.lastOfParagraph.set(paragraph, speaker);
		});
	}
	return speakers;
}

/** Top-level quotes with valid spans, grouped by paragraph in reading order. */
function topLevelByParagraph(
	paragraphs: readonly ParagraphInput[],
	quotes: readonly QuoteInput[],
): [number, { index: number; quote: QuoteInput }[]][] {
	const groups = new Map<number, { index: number; quote: QuoteInput }[]>();
	quotes.forEach((quote, index) => {
		const text = paragraphs[quote.paragraph]?.text;
		if (text === undefined || quote.depth !== 0 || !(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length)) return;
		const group = groups.get(quote.paragraph) ?? [];
		group.push({ index, quote });
		groups.set(quote.paragraph, group);
	});
	const sorted = [...groups].sort(([left], [right]) => left - right);
	return sorted.map(([paragraph, entries]) => [paragraph, withoutOverlaps(entries)]);
}

/** Sort by start and drop a quote that overlaps an earlier one (malformed input). */
function withoutOverlaps(entries: { index: number; quote: QuoteInput }[]): { index: number; quote: QuoteInput }[] {
	const sorted = [...entries].sort((left, right) => left.quote.start - right.quote.start);
	return sorted.filter((entry, position) => {
		const before = sorted[position - 1];
		return before === undefined || before.quote.end < entry.quote.start;
	});
}

/** Turn a subject phrase into a speaker, updating the most recent person. */
function resolve(subject: Subject, memory: Memory, paragraph: number, offset: number): Speaker | null {
	const { names } = memory;
	const recent = () => memory.person ?? lastMentionedPerson(names, paragraph, offset);
	let name: string | null;
	switch (subject.kind) {
		case 'name':
			name = canonicalName(names, splitTitle(subject.text.split(' ')).name);
			if (name === '') return { text: subject.text, name: subject.text };
			if (isPersonName(names, name)) memory.person = name;
			return { text: subject.text, name };
		case 'pronoun':
			name = recent();
			break;
		case 'role':
			name = roleHolder(names, roleWords(subject.text) ?? []) ?? recent();
			if (name === null) return { text: subject.text, name: subject.text };
			break;
		case 'group':
			return { text: subject.text, name: subject.text };
	}
	if (name === null) return null;
	memory.person = name;
	return { text: subject.text, name };
}
