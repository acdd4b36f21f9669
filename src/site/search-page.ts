/**
 * What the search page shows before anything is typed, computed once per build from the cluster.
 */
import type { Cluster } from '../lib/schema.ts';

/** A word as the search box splits it: letters and digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A sample query in the search box's syntax, taken from the records: a spelling of the name the
 * articles spell most ways (any spelling finds them all), the last two words of the quote most
 * articles carry as a phrase, and an exclusion. Generic words stand in for what the cluster lacks.
 *
 * @example
 * searchPlaceholder({
 *   nameVariants: [{ canonical: 'Halvenka', variants: [{ text: 'Halvenka', … }, { text: 'Khalvenka', … }] }],
 *   sharedQuotes: [{ canonical: 'We will run the night ferry', articles: ['a', 'b'], … }],
 * }) // 'Khalvenka, "night ferry", !word'
 * searchPlaceholder({ nameVariants: [], sharedQuotes: [] }) // 'a name, "a phrase", !word'
 */
export function searchPlaceholder(cluster: Pick<Cluster, 'nameVariants' | 'sharedQuotes'>): string {
	const group = cluster.nameVariants.reduce<Cluster['nameVariants'][number] | undefined>(
		(best, candidate) => (best && best.variants.length >= candidate.variants.length ? best : candidate),
		undefined,
	);
	const name = group?.variants.find((variant) => variant.text !== group.canonical)?.text ?? 'a name';
	const quote = cluster.sharedQuotes.reduce<Cluster['sharedQuotes'][number] | undefined>(
		(best, candidate) => (best && best.articles.length >= candidate.articles.length ? best : candidate),
		undefined,
	);
	const words = quote?.canonical.match(WORD) ?? [];
	const phrase = words.length >= 2 ? words.slice(-2).join(' ') : 'a phrase';
	return `${name}, "${phrase}", !word`;
}
