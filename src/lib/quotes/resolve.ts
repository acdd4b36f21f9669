/**
 * What attribution learns walking an article, and how a subject phrase becomes a speaker:
 * a name its fullest form, a pronoun the most salient person who agrees (salience.ts), a role
 * its holder (roles.ts), a document (`the statement`) the person or outlet it was said to be from.
 */
import type { Speaker } from '../schema.ts';
import type { Extent, QuoteContext } from './context.ts';
import { definiteDocument, documentAuthors, documentKeys, documentPhrase } from './documents.ts';
import { readSentence } from './mentions.ts';
import { canonicalName, isPersonName, type NameIndex } from './name-index.ts';
import { splitTitle } from './names.ts';
import { roleWords, type Subject } from './phrase.ts';
import { roleReferent, type Where } from './roles.ts';
import { addMention, createDiscourse, resolvePronoun, WEIGHTS, type Discourse } from './salience.ts';
import { sentenceTopic, type Topic } from './topics.ts';

/** Sentences back a definite document (`the statement`) may refer. */
const DOCUMENT_REACH = 3;

/** What attribution has learnt so far, walking the article in reading order. */
export interface Memory {
	names: NameIndex;
	discourse: Discourse;
	/** Sentences read so far: the clock salience decays by. */
	sentence: number;
	/** The speaker of the last top-level quote of each paragraph. */
	lastOfParagraph: Map<number, Speaker | null>;
	/** Document noun (`statement`, `report`) -> the named person or outlet it was last said to be from, and in which sentence. */
	documents: Map<string, { author: string; sentence: number }>;
	/** The topics of the sentence before the one being read, and of that one. */
	topics: [Topic | null, Topic | null];
}

/**
 * A fresh memory for an article whose names are indexed.
 *
 * @example
 * createMemory(indexNames(['Anna Kowalski spoke.'])).sentence // 0
 */
export function createMemory(names: NameIndex): Memory {
	return {
		names,
		discourse: createDiscourse(names.genders),
		sentence: 0,
		lastOfParagraph: new Map(),
		documents: new Map(),
		topics: [null, null],
	};
}

/**
 * Add a sentence's mentions to the discourse, resolving a pronoun or role subject first, and
 * learn the authors it names for documents (`Kowalski's report`, `a statement from Nowak`).
 *
 * @example
 * readIntoDiscourse(memory, 0, 'Anna Kowalski spoke.', { start: 0, end: 20 }, [])
 */
export function readIntoDiscourse(
	memory: Memory,
	paragraph: number,
	text: string,
	span: { start: number; end: number },
	extents: readonly Extent[],
): void {
	const reading = readSentence(text, span, memory.names.runs[paragraph] ?? [], extents, memory.names);
	const { subject } = reading;
	let person: Speaker | null = null;
	if (subject) {
		const where = { paragraph, at: subject.at, sentence: memory.sentence };
		const name =
			subject.kind === 'pronoun'
				? resolvePronoun(memory.discourse, subject.text, where)
				: roleReferent(memory.names, subject.words, memory.discourse, where);
		if (name !== null) mention(memory, name, where, subject.text.toLowerCase() === 'they');
		if (name !== null) person = { text: subject.text, name };
	}
	const first = reading.mentions.find((found) => !found.plural && found.weight >= WEIGHTS.subject);
	person ??= first ? { text: first.name, name: first.name } : null;
	const own = text.slice(span.start, span.end);
	for (const [noun, author] of documentAuthors(own)) {
		memory.documents.set(noun, { author: canonicalName(memory.names, splitTitle(author.split(' ')).name), sentence: memory.sentence });
	}
	const topic = sentenceTopic(own, person, memory.topics[1], memory.names, memory.sentence);
	// A document the sentence is about speaks for the author or publisher the sentence names.
	const author = topic && !topic.person ? memory.documents.get(documentPhrase(topic.speaker.text) ?? '') : undefined;
	const told =
		author?.sentence === memory.sentence && topic ? { ...topic, speaker: { text: topic.speaker.text, name: author.author } } : topic;
	memory.topics = [memory.topics[1], told];
	for (const found of reading.mentions) {
		addMention(
			memory.discourse,
			{ key: found.name, paragraph, at: found.at, sentence: memory.sentence, weight: found.weight },
			found.plural,
		);
	}
}

/**
 * Turn a subject phrase into a speaker and record it in the discourse as a subject; a named
 * speaker becomes the author of the documents its sentence mentions (`X said in a statement`).
 *
 * @example
 * resolve({ text: 'Mr. Nowak', kind: 'name' }, memory, place) // { text: 'Mr. Nowak', name: 'Piotr Nowak' }
 */
export function resolve(subject: Subject, memory: Memory, place: Place): Speaker | null {
	const speaker = speakerFor(subject, memory, place);
	const named = speaker !== null && /^\p{Lu}/u.test(speaker.name) && !(subject.kind === 'group' && speaker.name === speaker.text);
	if (named) {
		for (const noun of documentKeys(place.context.before + place.context.after)) {
			memory.documents.set(noun, { author: speaker.name, sentence: memory.sentence });
		}
	}
	return speaker;
}

/** Where a quote stands: its paragraph, the paragraph's text, the quote's extent and context. */
interface Place {
	paragraph: number;
	text: string;
	extent: Extent;
	context: QuoteContext;
}

function speakerFor(subject: Subject, memory: Memory, place: Place): Speaker | null {
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
			mention(memory, name, { ...where, at }, /^(?:they|their)$/iu.test(subject.text));
			return { text: subject.text, name };
		}
		case 'role': {
			const name = roleReferent(names, roleWords(subject.text) ?? [], memory.discourse, where);
			if (name === null) return { text: subject.text, name: subject.text };
			mention(memory, name, where, false);
			return { text: subject.text, name };
		}
		case 'it': {
			// `It said`: the organisation or document the sentence before was about; never a person.
			const topic = memory.topics[0];
			return topic && !topic.person ? { text: subject.text, name: topic.speaker.name } : null;
		}
		case 'group': {
			// A definite document refers back a few sentences at most, as a definite description does.
			const document = memory.documents.get(definiteDocument(subject.text) ?? '');
			const recent = document !== undefined && memory.sentence - document.sentence <= DOCUMENT_REACH;
			return { text: subject.text, name: recent ? document.author : subject.text };
		}
	}
}

/**
 * Record the speaker of a quote found without an attribution of its own as a subject of the
 * discourse, when it is a person.
 *
 * @example
 * noteSpeaker(memory, { text: 'Mr. Nowak', name: 'Piotr Nowak' }, { paragraph: 2, at: 0, sentence: 5 })
 */
export function noteSpeaker(memory: Memory, speaker: Speaker, where: Where): void {
	if (isPersonName(memory.names, speaker.name)) mention(memory, speaker.name, where, false);
}

/**
 * A name as the article writes it -> a speaker with its fullest form.
 *
 * @example
 * speakerOfName(memory, 'Mr. Nowak') // { text: 'Mr. Nowak', name: 'Piotr Nowak' }
 */
export function speakerOfName(memory: Memory, text: string): Speaker {
	const name = canonicalName(memory.names, splitTitle(text.split(' ')).name);
	return { text, name: name === '' ? text : name };
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
