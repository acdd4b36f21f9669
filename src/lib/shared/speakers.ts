/**
 * Speaker names made consistent across the cluster: an article that only ever writes
 * "Putin" gets the full name other articles give the same person.
 */
import type { Article } from '../schema.ts';

/**
 * Spell every speaker name the cluster's canonical way, then replace a one-word name with the
 * one longer name in the cluster that ends with that word (only when exactly one does, so two
 * people sharing a surname stay apart). The speaker's `text` stays as the article wrote it.
 *
 * @example
 * // article A quotes "Zelenskyy", article B "Volodymyr Zelensky": A's speaker name becomes "Volodymyr Zelensky"
 */
export function unifySpeakers(parsed: readonly Article[], canonical: (name: string) => string = (name) => name): Article[] {
	const articles = parsed.map((article) => ({
		...article,
		quotes: article.quotes.map((quote) =>
			quote.speaker ? { ...quote, speaker: { ...quote.speaker, name: canonical(quote.speaker.name) } } : quote,
		),
	}));
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
