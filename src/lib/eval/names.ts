/**
 * Spellings of one name, scored: the annotators list, per entity, every way the articles write
 * it (`entity_variants`). Of those, the pairs that are spellings of one name as written — not a
 * title (`Mr. Nowak`), a short form (`Nowak` of `Anna Nowak`), a description (`the minister`) or
 * an acronym of a longer name — should come out of the build as one name: both map to the same
 * canonical spelling through the records' name variants.
 */
import { canonicalSpelling } from '../names/variants.ts';
import { splitTitle } from '../quotes/names.ts';
import type { NameVariantGroup } from '../schema.ts';
import { isNameParticle } from '../text/name-parts.ts';
import { stripAccents } from '../text/tokens.ts';
import type { Ratio } from './score.ts';

/** Lower-case words a name may hold: `Federal Bureau of Investigation`. */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on']);

/**
 * A gold spelling as a name to compare: its titles dropped (`Rep. Anna Nowak`, `Ruritanian
 * President Anna Nowak` -> `Anna Nowak`), or null when it is no name as written (a title alone,
 * lower-case words, a handle, a web address).
 *
 * @example
 * nameAsWritten('Gen. Anna K. Nowak') // 'Anna K. Nowak'
 * nameAsWritten('the spokeswoman') // null
 */
export function nameAsWritten(spelling: string): string | null {
	const words = splitTitle(spelling.trim().split(/\s+/u)).name.split(' ');
	if (words.join('') === '') return null;
	const name = words.every((word) => /^\p{Lu}/u.test(word) || isNameParticle(word) || CONNECTORS.has(word));
	return name && !/[@/]|\.\p{Ll}/u.test(spelling) ? words.join(' ') : null;
}

/** All capitals, maybe with full stops: `NPA`, `N.P.A.`. */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Whether `short` is a run of whole words of `long` (case aside): a short form, not a spelling. */
function isShortForm(short: string, long: string): boolean {
	return ` ${fold(long)} `.includes(` ${fold(short)} `);
}

const fold = (text: string) => stripAccents(text).toLowerCase();

/**
 * The spelling pairs of the gold's entities that appear in the texts, and how many the build
 * joins; `missed` lists the rest.
 *
 * @example
 * nameScore({ 'Anna Nowak': ['Anna Nowak', 'Ana Nowak', 'Mrs. Nowak'] }, groups, texts) // { ratio: { hits: 1, total: 1 }, missed: [] }
 */
export function nameScore(
	entities: Readonly<Record<string, readonly string[]>>,
	groups: readonly NameVariantGroup[],
	texts: readonly string[],
): { ratio: Ratio; missed: [string, string][] } {
	const canonical = canonicalSpelling(groups);
	const ratio: Ratio = { hits: 0, total: 0 };
	const missed: [string, string][] = [];
	for (const spellings of Object.values(entities)) {
		const written = spellings.filter((spelling) => texts.some((text) => text.includes(spelling)));
		const names = [...new Set(written.flatMap((spelling) => nameAsWritten(spelling) ?? []))];
		names.forEach((a, i) => {
			for (const b of names.slice(i + 1)) {
				// A short form (`Nowak` of `Anna Nowák`) is another name; the same words in other letters are a spelling.
				if (fold(a) !== fold(b) && (isShortForm(a, b) || isShortForm(b, a))) continue;
				// An acronym and its expansion are two names for one thing, not two spellings.
				if (ACRONYM.test(a) !== ACRONYM.test(b)) continue;
				ratio.total++;
				if (canonical(a) === canonical(b)) ratio.hits++;
				else missed.push([a, b]);
			}
		});
	}
	return { ratio, missed };
}
