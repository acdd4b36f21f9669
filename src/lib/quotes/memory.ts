/**
 * What attribution learns walking an article sentence by sentence: the discourse model of who
 * is salient, the topic of each sentence, who each document is from, the last speaker of each
 * paragraph.
 */
import type { Speaker } from '../schema.ts';
import type { Extent } from './context.ts';
import { documentAuthors, documentPhrase } from './documents.ts';
import { readSentence } from './mentions.ts';
import { canonicalName, type NameIndex } from './name-index.ts';
import { splitTitle } from './names.ts';
import { roleReferent, type Where } from './roles.ts';
import { addMention, createDiscourse, resolvePronoun, WEIGHTS, type Discourse } from './salience.ts';
import { sentenceTopic, type Topic } from './topics.ts';

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
		if (name !== null) recordSubject(memory, name, where, subject.text.toLowerCase() === 'they');
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
 * Record a person (or plural group) as the subject of a speech act at a point of the article.
 *
 * @example
 * recordSubject(memory, 'Anna Kowalski', { paragraph: 0, at: 12, sentence: 1 }, false)
 */
export function recordSubject(memory: Memory, name: string, where: Where, plural: boolean): void {
	addMention(
		memory.discourse,
		{ key: name, paragraph: where.paragraph, at: where.at, sentence: where.sentence, weight: WEIGHTS.subject },
		plural,
	);
}
