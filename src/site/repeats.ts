/**
 * Repeats: the same words quoted again within one article (`Quote.repeatOf`). Pages count the
 * words once: one quote page and one list entry per distinct quote, with every other place
 * counted and the first few linked, so output is bounded by distinct content while no
 * occurrence goes unmentioned.
 */
import type { Quote } from '../lib/schema.ts';
import { speakerLabel } from './article-view.ts';
import { anchorHref } from './urls.ts';

/**
 * Distinct quotes of an article that get a page of their own, in reading order. Output must stay
 * bounded by input: one 40 KB sentence can hold 5,000 one-word quotes, and a page each would be
 * hundreds of megabytes. Quotes past the cap are still marked and listed on the article page.
 */
export const MAX_QUOTE_PAGES_PER_ARTICLE = 200;

/** Places of a repeated quote linked from its page; the rest are counted. */
export const MAX_REPEAT_LINKS = 20;

/** The other places one article quotes the same words. */
export interface RepeatSpots {
	/** How many repeats there are in all. */
	count: number;
	/** The first MAX_REPEAT_LINKS of them, each linking to its mark on the article page. */
	links: { href: string; label: string }[];
}

/**
 * An article's repeats, keyed by the id of the first quote of their words, in reading order.
 *
 * @example
 * repeatsByFirst([{ id: 'a-x', repeatOf: null }, { id: 'a-x-2', repeatOf: 'a-x' }]) // Map { 'a-x' => [{ id: 'a-x-2', … }] }
 */
export function repeatsByFirst<T extends Pick<Quote, 'repeatOf'>>(quotes: readonly T[]): Map<string, T[]> {
	const repeats = new Map<string, T[]>();
	for (const quote of quotes) {
		if (quote.repeatOf === null) continue;
		const list = repeats.get(quote.repeatOf) ?? [];
		list.push(quote);
		repeats.set(quote.repeatOf, list);
	}
	return repeats;
}

/**
 * Ids of the quotes of one article that have a page: first quotes of their words, at most
 * MAX_QUOTE_PAGES_PER_ARTICLE of them. A repeat links to its first quote's page.
 *
 * @example
 * pagedQuoteIds([{ id: 'a-x', repeatOf: null }, { id: 'a-x-2', repeatOf: 'a-x' }]) // Set { 'a-x' }
 */
export function pagedQuoteIds(quotes: readonly Pick<Quote, 'id' | 'repeatOf'>[]): Set<string> {
	return new Set(
		quotes
			.filter((quote) => quote.repeatOf === null)
			.slice(0, MAX_QUOTE_PAGES_PER_ARTICLE)
			.map((quote) => quote.id),
	);
}

/**
 * The repeats of one quote as its page lists them: a count and links to the first few marks.
 *
 * @example
 * repeatSpots('/articles/a/', [{ id: 'a-x-2', paragraph: 3, speaker: null }])
 * // { count: 1, links: [{ href: '/articles/a/#a-x-2', label: 'paragraph 4 (Speaker unknown)' }] }
 */
export function repeatSpots(articleHref: string, repeats: readonly Pick<Quote, 'id' | 'paragraph' | 'speaker'>[]): RepeatSpots {
	return {
		count: repeats.length,
		links: repeats.slice(0, MAX_REPEAT_LINKS).map((quote) => ({
			href: anchorHref(articleHref, quote.id),
			label: `paragraph ${quote.paragraph + 1} (${speakerLabel(quote.speaker)})`,
		})),
	};
}

/** One entry of an article's quote list: a distinct quote, however often the article quotes it. */
export interface QuoteListEntry {
	quote: Quote;
	/** How many times the article quotes these words (1 when once). */
	times: number;
	/** Every distinct speaker the occurrences are attributed to, the first quote's first. */
	speakers: string[];
	/** Its quote page, when it has one. */
	pageHref: string | null;
}

/**
 * An article's quote list: one entry per distinct quote in reading order, repeats counted.
 *
 * @example
 * quoteListEntries([first, repeat], (id) => `/quotes/${id}/`)
 * // [{ quote: first, times: 2, speakers: ['Anna Kowalski'], pageHref: '/quotes/a-x/' }]
 */
export function quoteListEntries(quotes: readonly Quote[], pageHref: (id: string) => string): QuoteListEntry[] {
	const repeats = repeatsByFirst(quotes);
	const paged = pagedQuoteIds(quotes);
	return quotes
		.filter((quote) => quote.repeatOf === null)
		.map((quote) => {
			const again = repeats.get(quote.id) ?? [];
			return {
				quote,
				times: 1 + again.length,
				speakers: [...new Set([quote, ...again].map((entry) => speakerLabel(entry.speaker)))],
				pageHref: paged.has(quote.id) ? pageHref(quote.id) : null,
			};
		});
}
