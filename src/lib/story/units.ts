/**
 * The sentences of every article as the story aligns them: where each stands, its words, and
 * how much of it is a quote that other outlets also carry.
 */
import type { Article, Quote, SharedQuote } from '../schema.ts';
import { isContentKey, stemKey, tokenize } from '../text/tokens.ts';

/** One sentence of one article. */
export interface SentenceUnit {
	/** Index into the list of every unit of the cluster. */
	index: number;
	articleId: string;
	/** Index of the article in the cluster. */
	article: number;
	/** Index of the sentence among its article's sentences. */
	position: number;
	paragraph: number;
	start: number;
	end: number;
	text: string;
	/** Word keys joined by spaces: identical wordings share it. */
	key: string;
	/** Distinct stems of the content words. */
	stems: string[];
	/** Quotes of the article that overlap the sentence. */
	quotes: Quote[];
	/** For each shared quote the sentence carries: the share of its words inside that quote. */
	shared: Map<string, number>;
}

/**
 * The shared quote each quote record belongs to, by quote id.
 *
 * @example
 * sharedQuoteOf(cluster.sharedQuotes).get('a-q1') // 'we-will-open-the-gates-1x2y3z'
 */
export function sharedQuoteOf(sharedQuotes: readonly SharedQuote[]): Map<string, string> {
	const sharedOf = new Map<string, string>();
	for (const shared of sharedQuotes) {
		for (const occurrence of shared.occurrences) if (occurrence.quoteId) sharedOf.set(occurrence.quoteId, shared.id);
	}
	return sharedOf;
}

/**
 * Every sentence of every article, in article order and reading order.
 *
 * @example
 * toUnits([article], sharedQuoteOf([])).map((unit) => unit.text) // ['First sentence.', '“Quoted,” she said.']
 */
export function toUnits(articles: readonly Article[], sharedOf: ReadonlyMap<string, string>): SentenceUnit[] {
	const units: SentenceUnit[] = [];
	articles.forEach((article, articleIndex) => {
		const quotesAt = byParagraph(article.quotes);
		let position = 0;
		article.paragraphs.forEach((paragraph, index) => {
			const quotes = quotesAt.get(index) ?? [];
			for (const { start, end } of paragraph.sentences) {
				const text = paragraph.text.slice(start, end);
				const inside = quotes.filter((quote) => quote.start < end && quote.end > start);
				units.push({
					index: units.length,
					articleId: article.id,
					article: articleIndex,
					position: position++,
					paragraph: index,
					start,
					end,
					text,
					...words(text, start, inside, sharedOf),
					quotes: inside,
				});
			}
		});
	});
	return units;
}

function byParagraph(quotes: readonly Quote[]): Map<number, Quote[]> {
	const map = new Map<number, Quote[]>();
	for (const quote of quotes) {
		const list = map.get(quote.paragraph);
		if (list) list.push(quote);
		else map.set(quote.paragraph, [quote]);
	}
	return map;
}

/** A sentence's keys, stems and the share of its words each shared quote covers. */
function words(text: string, offset: number, quotes: readonly Quote[], sharedOf: ReadonlyMap<string, string>) {
	const tokens = tokenize(text);
	const shared = new Map<string, number>();
	const owners = quotes.flatMap((quote) => {
		const id = sharedOf.get(quote.id);
		return id ? [{ id, start: quote.start - offset, end: quote.end - offset }] : [];
	});
	for (const owner of owners) {
		const inside = tokens.filter((token) => token.start >= owner.start && token.end <= owner.end).length;
		const share = tokens.length === 0 ? 0 : inside / tokens.length;
		// A statement split around its attribution is two quotes of one shared quote: their shares add up.
		shared.set(owner.id, Math.min(1, (shared.get(owner.id) ?? 0) + share));
	}
	const keys = tokens.map((token) => token.key);
	return { key: keys.join(' '), stems: [...new Set(keys.filter(isContentKey).map(stemKey))], shared };
}
