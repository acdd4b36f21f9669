/**
 * Speaker names made consistent across the cluster: an article that only ever writes
 * "Putin" gets the full name other articles give the same person.
 */
import type { Article } from '../schema.ts';

/**
 * Replace a one-word speaker name with the one longer name in the cluster that ends with
 * that word (and only when exactly one does, so two people sharing a surname stay apart).
 *
 * @example
 * // article A quotes "Putin", article B quotes "Vladimir Putin": A's speaker becomes "Vladimir Putin"
 */
export function unifySpeakers(articles: readonly Article[]): Article[] {
	const fullNames = new Map<string, Set<string>>();
	for (const quote of articles.flatMap((article) => article.quotes)) {
		const name = quote.speaker?.name;
		const words = name?.split(' ') ?? [];
		const last = words.at(-1);
		if (!name || !last || words.length < 2 || !/^\p{Lu}/u.test(words[0] ?? '')) continue;
		fullNames.set(last, (fullNames.get(last) ?? new Set()).add(name));
	}
	return articles.map((article) => ({
		...article,
		quotes: article.quotes.map((quote) => {
			const candidates = quote.speaker && !quote.speaker.name.includes(' ') ? fullNames.get(quote.speaker.name) : undefined;
			const [fullName] = candidates?.size === 1 ? [...candidates] : [];
			return fullName && quote.speaker ? { ...quote, speaker: { ...quote.speaker, name: fullName } } : quote;
		}),
	}));
}
