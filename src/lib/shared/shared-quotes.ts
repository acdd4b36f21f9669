/**
 * Shared quotes: quotations that two or more articles carry, grouped into one utterance
 * with its wordings aligned.
 */
import { idForText } from '../ids.ts';
import type { Article, AmbiguousFragment, Attribution, Occurrence, Quote, QuoteLink, QuoteVariant, SharedQuote } from '../schema.ts';
import { foldWord, plainWords, tokenize } from '../text/tokens.ts';
import { alignWords } from './align.ts';
import type { SenseLookup } from './compare.ts';
import { partitionStatements } from './partition.ts';
import { toStatements, type Statement } from './statements.ts';
import { byCodePoint } from '../text/order.ts';
import { surnameKey } from '../quotes/names.ts';

/** Utterances two or more articles quote, and fragments left on their own because they fit several. */
export interface QuoteGroups {
	sharedQuotes: SharedQuote[];
	fragments: AmbiguousFragment[];
}

/**
 * Group every quotation of every article into utterances (see `partitionStatements`) and keep
 * those carried by two or more articles, most widely carried first. `senses` (WordNet synsets)
 * lets translations match on synonyms. Repeats (`Quote.repeatOf`) are not occurrences: the
 * first quote of the words stands for them.
 */
export function findQuoteGroups(articles: readonly Article[], senses?: SenseLookup): QuoteGroups {
	// A statement made only of repeats (words its article quoted before) is that earlier statement
	// again: one occurrence per article and wording, so output is bounded by distinct content.
	const statements = articles
		.toSorted((a, b) => byCodePoint(a.id, b.id))
		.flatMap((article) => toStatements(article))
		.filter((statement) => statement.quotes.some((quote) => quote.repeatOf === null));
	const partition = partitionStatements(statements, senses);
	const first = (index: number): string => statements[index]?.quotes[0]?.id ?? '';
	const linksOf = new Map<number, QuoteLink[]>();
	const groupOf = new Map<number, number>();
	partition.groups.forEach((group, index) => {
		for (const member of group) groupOf.set(member, index);
	});
	for (const link of partition.links) {
		const group = groupOf.get(link.from) ?? -1;
		const list = linksOf.get(group) ?? [];
		list.push({ from: first(link.from), to: first(link.to), kind: link.kind, score: Math.round(link.score * 100) / 100 });
		linksOf.set(group, list);
	}
	const sharedQuotes = partition.groups
		.map((group, index) => ({ members: group.map((member) => statements[member] as Statement), links: linksOf.get(index) ?? [] }))
		.filter((group) => new Set(group.members.map((statement) => statement.articleId)).size >= 2)
		.map((group) => toSharedQuote(group.members, group.links))
		.toSorted((a, b) => b.articles.length - a.articles.length || byCodePoint(a.id, b.id));
	const fragments = partition.ambiguous.map(({ statement, fits }) => ({ quoteId: first(statement), fits: fits.map(first) }));
	return { sharedQuotes, fragments };
}

/**
 * The utterances two or more articles quote.
 *
 * @example
 * findSharedQuotes(articles)[0]?.canonical // the quote most outlets carry
 */
export function findSharedQuotes(articles: readonly Article[], senses?: SenseLookup): SharedQuote[] {
	return findQuoteGroups(articles, senses).sharedQuotes;
}

function toSharedQuote(group: readonly Statement[], links: QuoteLink[]): SharedQuote {
	const statements = group.toSorted((a, b) => byCodePoint(a.articleId, b.articleId) || compareQuotes(a.quotes[0], b.quotes[0]));
	const ordered = statements
		.flatMap((statement) => statement.quotes)
		.toSorted((a, b) => byCodePoint(a.articleId, b.articleId) || compareQuotes(a, b));
	const variants = wordings(statements);
	const [canonical, runnerUp] = variants;
	if (!canonical) throw new Error('a shared quote has at least one wording');
	const aligned = variants.map((variant) => ({
		...variant,
		words: alignWords(variant.text, (variant === canonical ? runnerUp : canonical)?.text ?? variant.text),
	}));
	const id = idForText(plainWords(canonical.text));
	const said = attributions(ordered);
	// Every wording and every single quote keeps an id, so links made by earlier builds still resolve.
	const wordingIds = [...variants.map((variant) => variant.text), ...ordered.map((quote) => quote.text)].map((text) =>
		idForText(plainWords(text)),
	);
	return {
		id,
		aliases: [...new Set(wordingIds)].filter((alias) => alias !== id).toSorted(),
		canonical: canonical.text,
		// The speaker most articles name, so the quote page agrees with most article pages.
		speaker: said.find((attribution) => attribution.speaker !== null)?.speaker ?? null,
		attributions: said,
		articles: [...new Set(ordered.map((quote) => quote.articleId))],
		occurrences: ordered.map(toOccurrence),
		variants: aligned,
		links,
	};
}

/**
 * Who each article says spoke the quote: a speaker per article (its first quote that names
 * one), grouped, most articles first. An article naming no speaker is listed under null.
 */
export function attributions(quotes: readonly Quote[]): Attribution[] {
	const byArticle = new Map<string, string | null>();
	for (const quote of quotes) {
		const name = quote.speaker?.name ?? null;
		if (!byArticle.has(quote.articleId) || (byArticle.get(quote.articleId) === null && name !== null)) byArticle.set(quote.articleId, name);
	}
	const bySpeaker = new Map<string | null, string[]>();
	for (const [article, speaker] of byArticle) bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), article]);
	return [...bySpeaker]
		.map(([speaker, articles]) => ({ speaker, articles }))
		.toSorted(
			(a, b) =>
				b.articles.length - a.articles.length || (a.speaker === null ? 1 : b.speaker === null ? -1 : byCodePoint(a.speaker, b.speaker)),
		);
}

/** Words that open a description rather than a name: `the cameraman`, `a spokesman`, `another man`. */
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'this', 'that', 'one']);

/**
 * Whether a speaker is a name (`Anna Kowalski`) rather than a description (`the minister`, `a man`).
 *
 * @example
 * namesSomeone('the defence ministry') // false
 */
export function namesSomeone(speaker: string): boolean {
	const [first = ''] = speaker.split(/\s+/u);
	return /^\p{Lu}/u.test(first) && !DETERMINERS.has(first.toLowerCase());
}

/**
 * The people the outlets name as a quote's speaker, when they name more than one; null when
 * they agree. Spellings of one name count as one person: names with the same surname
 * (`Anna Kowalski`, `Anna M. Kowalski`, `Ana Kowalski`) are one. Descriptions (`the man`) and
 * unnamed attributions are no evidence of disagreement.
 *
 * @example
 * disputedSpeakers([{ speaker: 'Anna Kowalski', articles: ['a'] }, { speaker: 'Ana Kowalski', articles: ['b'] }]) // null
 */
export function disputedSpeakers(said: readonly Attribution[]): Attribution[] | null {
	const people = new Map<string, Attribution>();
	for (const { speaker, articles } of said) {
		if (!speaker || !namesSomeone(speaker)) continue;
		const surname = foldWord(surnameKey(speaker.split(/\s+/u).join(' '))).replace(/'s$/u, '');
		const person = people.get(surname);
		if (person) person.articles.push(...articles.filter((article) => !person.articles.includes(article)));
		else people.set(surname, { speaker, articles: [...articles] });
	}
	return people.size > 1 ? [...people.values()] : null;
}

function compareQuotes(a: Quote | undefined, b: Quote | undefined): number {
	return (a?.paragraph ?? 0) - (b?.paragraph ?? 0) || (a?.start ?? 0) - (b?.start ?? 0);
}

/**
 * Distinct wordings, most widely carried first, then longest, then alphabetical. A statement
 * printed as several quotes (`“…,” he said, “…”`) is one wording, its parts joined by an ellipsis.
 */
function wordings(statements: readonly Statement[]): Omit<QuoteVariant, 'words'>[] {
	const byKey = new Map<string, Omit<QuoteVariant, 'words'>>();
	for (const statement of statements) {
		const text = statement.quotes.map((quote) => quote.text.replace(/[\s,;:]+$/u, '')).join(' … ');
		const normalized = tokenize(text)
			.map((token) => token.key)
			.join(' ');
		const variant = byKey.get(normalized) ?? { text, normalized, articles: [] };
		if (!variant.articles.includes(statement.articleId)) variant.articles.push(statement.articleId);
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
