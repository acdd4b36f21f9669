/**
 * The event at a glance — what happened, where, when — resolved from the articles
 * themselves: the headline closest to all the others, the places most articles name,
 * and the weekday the articles report resolved against their publication dates.
 */
import type { Article } from './schema.ts';
import { agreedDay, dayClaim, weekdayOf, type DayClaim } from './event-date.ts';
import { isContentKey, tokenize } from './text/tokens.ts';

/** What the home page says about the event. */
export interface EventSummary {
	/** The headline closest to all the others. */
	what: string;
	/** The article that headline belongs to. */
	whatArticleId: string | null;
	/** Places most articles name, most widely named first. */
	where: string[];
	/** ISO date of the event, when the articles allow resolving it. */
	date: string | null;
	/** The weekday the articles give for it, e.g. "Monday". */
	weekday: string | null;
	/** How the date was found, in words. */
	dateEvidence: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `visit to Velgrad`, `at the Halvenka harbour`, `in Dorvia province`
 *           ^^^^^^^ group 1: a capitalised word after a preposition of place
 */
const PLACE = /\b(?:in|at|to|from|near|inside|across)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/gu;

/** Summarise the event the cluster reports. */
export function summarizeEvent(articles: readonly Article[], canonicalName: (name: string) => string = (name) => name): EventSummary {
	const central = centralArticle(articles);
	const { date, weekday, dateEvidence } = resolveDate(articles);
	return {
		what: central?.headline ?? '',
		whatArticleId: central?.id ?? null,
		where: topPlaces(articles, canonicalName),
		date,
		weekday,
		dateEvidence,
	};
}

/** The article whose headline shares the most content words with the other headlines. */
function centralArticle(articles: readonly Article[]): Article | undefined {
	const words = articles.map(
		(article) =>
			new Set(
				tokenize(article.headline)
					.map((token) => token.key)
					.filter(isContentKey),
			),
	);
	const score = (index: number) =>
		words.reduce((sum, other, at) => (at === index ? sum : sum + [...(words[index] ?? [])].filter((word) => other.has(word)).length), 0);
	const ranked = articles.map((article, index) => ({ article, score: score(index) - (article.headlineDerived ? 100 : 0) }));
	return ranked.toSorted((a, b) => b.score - a.score || (a.article.id < b.article.id ? -1 : 1))[0]?.article;
}

/**
 * The event's day: each dated article's first day word (`on Monday`, `yesterday`) resolved
 * against its own publication date, undated articles naming the same weekday in support, and
 * the day most articles agree on wins. With no day words, the earliest publication date.
 *
 * @example
 * // 'on Tuesday' in an article published 2021-11-12 (a Friday), and in two undated ones -> 2021-11-09
 */
export function resolveDate(articles: readonly Article[]): Pick<EventSummary, 'date' | 'weekday' | 'dateEvidence'> {
	const claims = articles.flatMap((article) => dayClaim(article) ?? []);
	const agreed = agreedDay(claims);
	const published = articles.flatMap((article) => (article.date ? [article.date] : [])).toSorted();
	if (agreed) {
		const weekday = weekdayOf(agreed.date);
		const support = agreed.resolved + agreed.named;
		const dated = agreed.resolved === 1 ? 'its publication date' : 'their publication dates';
		return {
			date: agreed.date,
			weekday,
			dateEvidence: `${support} of ${articles.length} ${articles.length === 1 ? 'article places' : 'articles place'} it on ${weekday}: ${agreed.resolved} by day words read against ${dated}${agreed.named > 0 ? `, ${agreed.named} more by naming the weekday` : ''}`,
		};
	}
	const named = mostNamedWeekday(claims);
	if (named && published[0]) {
		// No dated article says which day: the weekday the others name, on or before the earliest publication.
		const which =
			published.length === 1
				? `the one publication date given is ${published[0]}`
				: `the earliest of ${published.length} publication dates is ${published[0]}`;
		return {
			date: resolveWeekday(named.weekday, published[0]),
			weekday: named.weekday,
			dateEvidence: `${saying(named)}; ${which}, so the event is the ${named.weekday} on or before it`,
		};
	}
	if (published[0]) {
		return {
			date: published[0],
			weekday: null,
			dateEvidence: `no article says which day; the earliest of ${published.length} publication dates is ${published[0]}`,
		};
	}
	if (!named) return { date: null, weekday: null, dateEvidence: 'no article gives a date' };
	return { date: null, weekday: named.weekday, dateEvidence: `${saying(named)}; none gives a date` };
}

function saying({ weekday, count }: { weekday: string; count: number }): string {
	return `${count} ${count === 1 ? 'article says' : 'articles say'} ${weekday}`;
}

/** The weekday most claims name, with how many name it. */
function mostNamedWeekday(claims: readonly DayClaim[]): { weekday: string; count: number } | null {
	const counts = new Map<string, number>();
	for (const { word } of claims) if (WEEKDAYS.includes(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const [weekday, count] = [...counts].toSorted((a, b) => b[1] - a[1])[0] ?? [];
	return weekday && count ? { weekday, count } : null;
}

/** The last day falling on `weekday` on or before an ISO day. */
function resolveWeekday(weekday: string, isoDay: string): string {
	const day = new Date(`${isoDay}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7));
	return day.toISOString().slice(0, 10);
}

/** Places named after a preposition of place, ranked by how many articles name them. */
function topPlaces(articles: readonly Article[], canonicalName: (name: string) => string): string[] {
	const carriers = new Map<string, Set<string>>();
	for (const article of articles) {
		for (const paragraph of article.paragraphs) {
			for (const match of paragraph.text.matchAll(PLACE)) {
				const place = canonicalName((match[1] ?? '').replace(/[’']s$/u, ''));
				carriers.set(place, (carriers.get(place) ?? new Set()).add(article.id));
			}
		}
	}
	return [...carriers]
		.filter(([, ids]) => ids.size >= Math.min(2, articles.length))
		.toSorted((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
		.slice(0, 3)
		.map(([place]) => place);
}
