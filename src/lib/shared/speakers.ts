/**
 * Speaker names made consistent across the cluster: an article that only ever writes
 * "Nowak" gets the full name other articles give the same person, and one that names only a
 * role ("a ministry spokesman") gets the name another article gives the one holder of that role.
 */
import { indexNames } from '../quotes/name-index.ts';
import { personNoun, officeWords } from '../quotes/people.ts';
import { describes } from '../quotes/roles.ts';
import type { Article, Speaker } from '../schema.ts';

/**
 * Spell every speaker name the cluster's canonical way, then replace a one-word name with the
 * one longer name in the cluster that ends with that word (only when exactly one does, so two
 * people sharing a surname stay apart). The speaker's `text` stays as the article wrote it.
 *
 * @example
 * // article A quotes "Nowack", article B "Piotr Nowak": A's speaker name becomes "Piotr Nowak"
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
	const named = articles.map((article) => ({
		...article,
		quotes: article.quotes.map((quote) => {
			const candidates = quote.speaker && !quote.speaker.name.includes(' ') ? fullNames.get(quote.speaker.name) : undefined;
			const [fullName] = candidates?.size === 1 ? [...candidates] : [];
			return fullName && quote.speaker ? { ...quote, speaker: { ...quote.speaker, name: fullName } } : quote;
		}),
	}));
	return withRoleHolders(named, canonical);
}

/**
 * Give an unresolved role (`a ministry spokesman`) the name of the one person some article of
 * the cluster describes with that role and all its modifiers; with two or more such people,
 * or none, the role stays.
 *
 * @example
 * // article A: “…,” a ministry spokesman said; article B: ministry spokesman Piotr Nowak -> A's speaker name is "Piotr Nowak"
 */
export function withRoleHolders(articles: Article[], canonical: (name: string) => string = (name) => name): Article[] {
	if (!articles.some((article) => article.quotes.some((quote) => quote.speaker && roleOf(quote.speaker)))) return articles;
	const described = articles.flatMap((article) => [...indexNames(article.paragraphs.map((paragraph) => paragraph.text)).descriptions]);
	const known = new Map<string, string | null>();
	const holder = (words: readonly string[]): string | null => {
		const key = words.join(' ');
		if (!known.has(key)) known.set(key, findHolder(words));
		return known.get(key) ?? null;
	};
	// Described people by each word of their description, so a role looks only at holders of its office.
	const byWord = new Map<string, number[]>();
	described.forEach(([, description], index) => {
		for (const word of description) {
			const list = byWord.get(word);
			if (list) list.push(index);
			else byWord.set(word, [index]);
		}
	});
	const findHolder = (words: readonly string[]): string | null => {
		const head = words.at(-1) ?? '';
		const names = new Set<string>();
		const candidates = new Set(officeWords(head).flatMap((word) => byWord.get(word) ?? []));
		for (const index of [...candidates].toSorted((a, b) => a - b)) {
			const [name, description] = described[index] ?? ['', new Set<string>()];
			if (words.slice(0, -1).every((modifier) => describes(description, modifier))) names.add(canonical(name));
		}
		return names.size === 1 ? ([...names][0] ?? null) : null;
	};
	return articles.map((article) => ({
		...article,
		quotes: article.quotes.map((quote) => {
			const words = quote.speaker ? roleOf(quote.speaker) : null;
			const name = words ? holder(words) : null;
			return name && quote.speaker ? { ...quote, speaker: { ...quote.speaker, name } } : quote;
		}),
	}));
}

/** The words of an unresolved role speaker (`a ministry spokesman` -> ['ministry', 'spokesman']), or null. */
function roleOf(speaker: Speaker): string[] | null {
	if (speaker.name !== speaker.text) return null;
	const words = /^(?:a|an|the)\s+(.+)$/iu.exec(speaker.text)?.[1]?.toLowerCase().split(/\s+/u);
	if (!words || words.length > 4) return null;
	return personNoun(words.at(-1) ?? '')?.plural === false ? words : null;
}
