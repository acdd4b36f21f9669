/**
 * A synonym lexicon over WordNet: the senses (synsets) a word can have, and whether two
 * words share one, so that rival translations of a sentence (`start`/`begin`) can meet.
 * Pure: the caller reads the index files (scripts/lib/wordnet.ts); the data files are not
 * needed, since an index line already lists a lemma's synsets, most frequent sense first.
 */
import { IRREGULAR_VERBS } from './irregular-verbs.ts';
import { morphy } from './morphy.ts';
import { foldWord, wordKey } from './tokens.ts';
import { findLemma, PARTS_OF_SPEECH, synsetOffsets, type Lexicon, type Pos } from './wordnet-index.ts';

export { buildLexicon, PARTS_OF_SPEECH, type Lexicon, type Pos } from './wordnet-index.ts';

/** Which senses of a word count. */
export interface SenseOptions {
	/** Senses of each lemma and part of speech that count, most frequent first. */
	readonly senses: number;
	/** A lemma with more senses than this in a part of speech is ignored there (`make`, `go`). */
	readonly maxSenses: number;
	/** Irregular verb forms Morphy's rules cannot undo (`began` -> `begin`). */
	readonly irregular: ReadonlyMap<string, string>;
}

/**
 * Measured on the development corpora (tests/lib/text/lexicon.test.ts has the figures): a
 * lemma's first sense only, since each further sense adds more unrelated links than
 * synonyms; and no sense at all for a lemma with over 25 senses in a part of speech
 * (19 verbs such as `make` 49, `get` 36, `go` 30, whose first sense links `going` with
 * `travel`; and `head`, `line`, `point`, `heavy`).
 */
export const DEFAULT_SENSES: SenseOptions = { senses: 1, maxSenses: 25, irregular: IRREGULAR_VERBS };

/** A lemma found for a word: its part of speech and where its index line starts. */
interface Found {
	pos: Pos;
	lemma: string;
	line: number;
}

/**
 * The lemmas a word may be an inflection of, per part of speech (Morphy, see morphy.ts).
 * Pass the word as written, not its `wordKey` (whose spelling rules make `filled` `filed`);
 * a British lemma becomes its American spelling when WordNet has it, since WordNet lists
 * the British variants' senses in no particular order.
 *
 * @example
 * baseForms(lexicon, 'Ordered') // [['v', 'order'], ['a', 'ordered']]
 * baseForms(lexicon, 'defences') // [['n', 'defense']]
 * baseForms(lexicon, 'began') // [['v', 'begin']]
 */
export function baseForms(lexicon: Lexicon, word: string, irregular = IRREGULAR_VERBS): [Pos, string][] {
	return lemmasOf(lexicon, word, irregular).map((found) => [found.pos, found.lemma]);
}

function lemmasOf(lexicon: Lexicon, word: string, irregular: ReadonlyMap<string, string>): Found[] {
	const folded = foldWord(word).replace(/'s?$/u, '');
	const found: Found[] = [];
	PARTS_OF_SPEECH.forEach((pos, posIndex) => {
		const lines = new Map<string, number>();
		const lineOf = (lemma: string): number => {
			const line = lines.get(lemma) ?? findLemma(lexicon, posIndex, lemma);
			lines.set(lemma, line);
			return line;
		};
		const lemmas = morphy(folded, pos, (lemma) => lineOf(lemma) >= 0, irregular).map((lemma) => {
			const american = wordKey(lemma);
			return american !== lemma && lineOf(american) >= 0 ? american : lemma;
		});
		for (const lemma of new Set(lemmas)) found.push({ pos, lemma, line: lineOf(lemma) });
	});
	return found;
}

/**
 * The synsets a word may mean: the counted senses of each lemma it may inflect, as ids
 * `offset * 4 + part of speech` (so a noun and a verb synset at one byte offset differ).
 *
 * @example
 * sensesOf(lexicon, 'begins') // [1380001]: verb (1) synset 345000, in the example of `buildLexicon`
 */
export function sensesOf(lexicon: Lexicon, word: string, options: SenseOptions = DEFAULT_SENSES): readonly number[] {
	const cache = options === DEFAULT_SENSES ? cacheOf(lexicon) : undefined;
	const cached = cache?.get(word);
	if (cached) return cached;
	const ids = new Set<number>();
	for (const { pos, line } of lemmasOf(lexicon, word, options.irregular)) {
		const posIndex = PARTS_OF_SPEECH.indexOf(pos);
		const offsets = synsetOffsets(lexicon, posIndex, line);
		if (offsets.length > options.maxSenses) continue;
		for (const offset of offsets.slice(0, options.senses)) ids.add(offset * 4 + posIndex);
	}
	const senses = [...ids];
	if (cache && cache.size >= CACHE_LIMIT) cache.clear();
	cache?.set(word, senses);
	return senses;
}

/** Words repeat across a cluster: their default senses are cached per lexicon, up to a bound. */
const caches = new WeakMap<Lexicon, Map<string, readonly number[]>>();
const CACHE_LIMIT = 100_000;

function cacheOf(lexicon: Lexicon): Map<string, readonly number[]> {
	let cache = caches.get(lexicon);
	if (!cache) caches.set(lexicon, (cache = new Map()));
	return cache;
}

/**
 * Whether two words share a synset among their counted senses.
 *
 * @example
 * synonymous(lexicon, 'started', 'begins') // true
 * synonymous(lexicon, 'going', 'travel') // false: `go` has 30 verb senses
 */
export function synonymous(lexicon: Lexicon, a: string, b: string, options: SenseOptions = DEFAULT_SENSES): boolean {
	const senses = sensesOf(lexicon, a, options);
	return sensesOf(lexicon, b, options).some((id) => senses.includes(id));
}
