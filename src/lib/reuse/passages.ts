/**
 * Reused passages: sentences that two or more articles carry verbatim or nearly, so the
 * story can show a sentence once with all its sources.
 */
import { idForText } from '../ids.ts';
import type { Article, Occurrence, Passage } from '../schema.ts';
import { groupSimilar, longestCommonRun, shingles } from '../text/groups.ts';
import { plainWords, tokenize } from '../text/tokens.ts';
import { byCodePoint } from '../text/order.ts';

/** Sentences shorter than this many words are too generic to count as reuse. */
const MIN_WORDS = 8;
/** A sentence with quotes needs this many words of its own (more than `X said`) to count as prose. */
const MIN_OWN_WORDS = 5;
/** Words per shingle: long enough that sharing one is rare by chance. */
const SHINGLE = 4;
/** A shingle shared by more sentences than this is boilerplate and proposes nothing. */
const MAX_POSTING = 200;

interface SentenceItem {
	occurrence: Occurrence;
	keys: string[];
}

/**
 * Group the sentences of all articles that share a long run of words, and keep the groups
 * that span two or more articles.
 */
export function findPassages(articles: readonly Article[]): Passage[] {
	const items = articles.flatMap(sentenceItems);
	const keyed = items.map((item) => ({ key: item.keys.join(' '), features: shingles(item.keys, SHINGLE) }));
	const groups = groupSimilar(keyed, (a, b) => reused(items[a]!, items[b]!), MAX_POSTING);
	return groups
		.map((group) => group.map((index) => items[index]!))
		.filter((group) => new Set(group.map((item) => item.occurrence.articleId)).size >= 2)
		.map(toPassage)
		.toSorted((a, b) => b.articles.length - a.articles.length || byCodePoint(a.id, b.id));
}

/**
 * The sentences of an article as items to compare. A sentence that is a quotation with little
 * more than its attribution (`“…,” she said.`) is left out: two outlets carrying it is a shared
 * quote, not reused prose. Sentences that report a quote inside their own words stay in.
 */
function sentenceItems(article: Article): SentenceItem[] {
	return article.paragraphs.flatMap((paragraph, index) => {
		const quotes = article.quotes.filter((quote) => quote.paragraph === index && quote.depth === 0);
		return paragraph.sentences.flatMap(({ start, end }) => {
			const text = paragraph.text.slice(start, end);
			const tokens = tokenize(text);
			if (tokens.length < MIN_WORDS) return [];
			const quoted = tokens.filter((token) =>
				quotes.some((quote) => start + token.start >= quote.start && start + token.start < quote.end),
			).length;
			const own = tokens.length - quoted;
			if (quoted > 0 && own < MIN_OWN_WORDS) return [];
			const keys = tokens.map((token) => token.key);
			return [{ occurrence: { articleId: article.id, quoteId: null, paragraph: index, start, end, text }, keys }];
		});
	});
}

/**
 * Two sentences are one passage when they share a run of at least eight words covering at
 * least half of the shorter one. (Groups that stay within one article are dropped later.)
 */
function reused(a: SentenceItem, b: SentenceItem): boolean {
	const run = longestCommonRun(a.keys, b.keys);
	return run >= MIN_WORDS && run >= Math.min(a.keys.length, b.keys.length) * 0.5;
}

function toPassage(group: SentenceItem[]): Passage {
	const ordered = group.toSorted(
		(a, b) =>
			byCodePoint(a.occurrence.articleId, b.occurrence.articleId) ||
			a.occurrence.paragraph - b.occurrence.paragraph ||
			a.occurrence.start - b.occurrence.start,
	);
	const counts = new Map<string, { item: SentenceItem; articles: Set<string> }>();
	for (const item of ordered) {
		const key = item.keys.join(' ');
		const entry = counts.get(key) ?? { item, articles: new Set<string>() };
		entry.articles.add(item.occurrence.articleId);
		counts.set(key, entry);
	}
	const [best] = [...counts.values()].toSorted((a, b) => b.articles.size - a.articles.size);
	const canonical = best?.item ?? ordered[0]!;
	const id = passageId(canonical.occurrence.text);
	const wordingIds = ordered.map((item) => passageId(item.occurrence.text));
	return {
		id,
		aliases: [...new Set(wordingIds)].filter((alias) => alias !== id).toSorted(),
		text: canonical.occurrence.text,
		articles: [...new Set(ordered.map((item) => item.occurrence.articleId))],
		occurrences: ordered.map((item) => item.occurrence),
	};
}

function passageId(text: string): string {
	return idForText(plainWords(text), 6);
}
