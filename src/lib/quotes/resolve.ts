/**
 * How a subject phrase becomes a speaker: a name its fullest form, a pronoun the most salient
 * person who agrees (salience.ts), a role its holder (roles.ts), `it` the organisation the
 * sentence before was about, a document (`the statement`) the person or outlet it is from.
 */
import type { Speaker } from '../schema.ts';
import type { Extent, QuoteContext } from './context.ts';
import { definiteDocument, documentKeys, organisationDescription } from './documents.ts';
import { recordSubject, type Memory } from './memory.ts';
import { canonicalName, isPersonName } from './name-index.ts';
import { splitTitle } from './names.ts';
import { roleWords, type Subject } from './phrase.ts';
import { roleReferent, type Where } from './roles.ts';
import { resolvePronoun } from './salience.ts';

/** Sentences back a definite document (`the statement`) may refer. */
const DOCUMENT_REACH = 3;

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
			if (isPersonName(names, name)) recordSubject(memory, name, where, false);
			return { text: subject.text, name };
		}
		case 'pronoun': {
			const at = pronounOffset(place.text, place.extent, subject.text);
			const name = resolvePronoun(memory.discourse, subject.text, { ...where, at });
			if (name === null) return null;
			recordSubject(memory, name, { ...where, at }, /^(?:they|their)$/iu.test(subject.text));
			return { text: subject.text, name };
		}
		case 'role': {
			const name = roleReferent(names, roleWords(subject.text) ?? [], memory.discourse, where);
			if (name === null) return { text: subject.text, name: subject.text };
			recordSubject(memory, name, where, false);
			return { text: subject.text, name };
		}
		case 'it': {
			// `It said`: the organisation or document the sentence before was about; never a person.
			const topic = memory.topics[0];
			return topic && !topic.person ? { text: subject.text, name: topic.speaker.name } : null;
		}
		case 'group': {
			const organisation = organisationReferent(subject.text, memory);
			if (organisation) return { text: subject.text, name: organisation };
			// A definite document refers back a few sentences at most, as a definite description does.
			const document = memory.documents.get(definiteDocument(subject.text) ?? '');
			const recent = document !== undefined && memory.sentence - document.sentence <= DOCUMENT_REACH;
			return { text: subject.text, name: recent ? document.author : subject.text };
		}
	}
}

/**
 * The organisation a definite description (`the group`, `the Harbour group`) names again: the
 * proper name the sentence before was about, when it is no person and holds the description's
 * capitalised words; null otherwise.
 */
function organisationReferent(phrase: string, memory: Memory): string | null {
	const modifier = organisationDescription(phrase);
	const topic = memory.topics[0];
	if (modifier === null || !topic || topic.person) return null;
	// The last proper name in the topic's phrase, without an article: `The nearby Harbour Users Group` -> `Harbour Users Group`.
	const runs = topic.speaker.name.match(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu) ?? [];
	const name = runs.at(-1)?.replace(/^(?:The|This|A|An)\s+/u, '');
	if (name === undefined || /^(?:The|This|It|A|An)$/u.test(name)) return null;
	return modifier === '' || ` ${name} `.includes(` ${modifier} `) ? name : null;
}

/**
 * Record the speaker of a quote found without an attribution of its own as a subject of the
 * discourse, when it is a person.
 *
 * @example
 * noteSpeaker(memory, { text: 'Mr. Nowak', name: 'Piotr Nowak' }, { paragraph: 2, at: 0, sentence: 5 })
 */
export function noteSpeaker(memory: Memory, speaker: Speaker, where: Where): void {
	if (isPersonName(memory.names, speaker.name)) recordSubject(memory, speaker.name, where, false);
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
