/**
 * Shared quotes: quotations that two or more articles carry, grouped into one utterance
 * with its wordings aligned.
 */
import { idForText } from '../ids.ts';
import type { Article, Occurrence, Quote, QuoteVariant, SharedQuote } from '../schema.ts';
import { groupSimilar, hash32, shingles } from '../text/groups.ts';
import { plainWords } from '../text/tokens.ts';
import { alignWords } from './align.ts';
import { sameUtterance, toUtterance, type Utterance } from './utterance.ts';
import { byCodePoint } from '../text/order.ts';

/** A content word or shingle shared by more distinct wordings than this proposes no candidates. */
const MAX_POSTING = 400;
/** How many of a quote's rarest content words propose candidates (translations share some). */
const RARE_WORDS = 4;

/**
 * Group every quotation of every article into utterances and keep those carried by two
 * or more articles, most widely carried first.
 */
export function findSharedQuotes(articles: readonly Article[]): SharedQuote[] {
	const quotes = articles.flatMap((article) => article.quotes);
	const utterances = quotes.map((quote) => toUtterance(quote.text, quote.speaker?.name ?? null));
	const rarity = stemCounts(utterances);
	const items = utterances.map((utterance) => ({
		key: utterance.keys.join(' '),
		features: [...shingles(utterance.keys, 3), ...rarest(utterance.content, rarity).map((stem) => hash32(`w:${stem}`))],
	}));
	const groups = groupSimilar(items, (a, b) => sameUtterance(utterances[a]!, utterances[b]!), MAX_POSTING);
	return groups
		.map((group) => group.map((index) => quotes[index]!))
		.filter((group) => new Set(group.map((quote) => quote.articleId)).size >= 2)
		.map((group) => toSharedQuote(group))
		.toSorted((a, b) => b.articles.length - a.articles.length || byCodePoint(a.id, b.id));
}

/** In how many distinct wordings each content stem occurs. */
function stemCounts(utterances: readonly Utterance[]): Map<string, number> {
	const counts = new Map<string, number>();
	const seen = new Set<string>();
	for (const utterance of utterances) {
		const key = utterance.keys.join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		for (const stem of utterance.content) counts.set(stem, (counts.get(stem) ?? 0) + 1);
	}
	return counts;
}

/** The content stems fewest wordings share: the ones that say most about which utterance this is. */
function rarest(content: ReadonlySet<string>, counts: ReadonlyMap<string, number>): string[] {
	return [...content].toSorted((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, RARE_WORDS);
}

function toSharedQuote(group: Quote[]): SharedQuote {
	const ordered = group.toSorted((a, b) => byCodePoint(a.articleId, b.articleId) || a.paragraph - b.paragraph || a.start - b.start);
	const variants = wordings(ordered);
	const [canonical, runnerUp] = variants;
	if (!canonical) throw new Error('a shared quote has at least one wording');
	const aligned = variants.map((variant) => ({
		...variant,
		words: alignWords(variant.text, (variant === canonical ? runnerUp : canonical)?.text ?? variant.text),
	}));
	const id = idForText(plainWords(canonical.text));
	const wordingIds = ordered.map((quote) => idForText(plainWords(quote.text)));
	return {
		id,
		aliases: [...new Set(wordingIds)].filter((alias) => alias !== id).toSorted(),
		canonical: canonical.text,
		speaker: mostCommon(ordered.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))),
		articles: [...new Set(ordered.map((quote) => quote.articleId))],
		occurrences: ordered.map(toOccurrence),
		variants: aligned,
	};
}

/** Distinct wordings, most widely carried first, then longest, then alphabetical. */
function wordings(quotes: Quote[]): Omit<QuoteVariant, 'words'>[] {
	const byKey = new Map<string, Omit<QuoteVariant, 'words'>>();
	for (const quote of quotes) {
		const normalized = toUtterance(quote.text, null).keys.join(' ');
		const variant = byKey.get(normalized) ?? { text: quote.text.replace(/[\s,;:]+$/u, ''), normalized, articles: [] };
		if (!variant.articles.includes(quote.articleId)) variant.articles.push(quote.articleId);
		byKey.set(normalized, variant);
	}
	return [...byKey.values()].toSorted(
		(a, b) => b.articles.length - a.articles.length || b.normalized.length - a.normalized.length || byCodePoint(a.normalized, b.normalized),
	);
}

function toOccurrence(quote: Quote): Occurrence {
	const { articleId, id: quoteId, paragraph, start, end, text } = quote;
	return { articleId, quoteId, paragraph, start, end, text };
}

/** The most frequent value; ties go to the one seen first. */
export function mostCommon(values: readonly string[]): string | null {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | null = null;
	for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
	return best;
}
