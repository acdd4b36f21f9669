/**
 * The event at a glance — what happened, where, when — resolved from the articles
 * themselves: the headline closest to all the others, the places most articles name,
 * and the weekday the articles report resolved against their publication dates.
 */
import type { Article } from './schema.ts';
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
 * `on Monday`, `later Monday`, `Monday morning`: a weekday as the articles report it.
 *         ^^^^^^ group 1
 */
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;

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
 * Resolve the weekday most articles give against the earliest publication date: the event
 * is the last such weekday on or before it.
 *
 * @example
 * // 'on Tuesday' in four articles, one published 2021-11-12 (a Friday) -> 2021-11-09
 */
export function resolveDate(articles: readonly Article[]): Pick<EventSummary, 'date' | 'weekday' | 'dateEvidence'> {
	const mentions = new Map<string, Set<string>>();
	for (const article of articles) {
		for (const match of article.paragraphs
			.map((paragraph) => paragraph.text)
			.join(' ')
			.matchAll(WEEKDAY)) {
			const day = match[1] ?? '';
			mentions.set(day, (mentions.get(day) ?? new Set()).add(article.id));
		}
	}
	const [weekday, carriers] = [...mentions].toSorted((a, b) => b[1].size - a[1].size)[0] ?? [null, new Set<string>()];
	const dates = articles.flatMap((article) => (article.date ? [article.date] : [])).toSorted();
	const published = dates[0] ?? null;
	const saying = `${carriers.size} ${carriers.size === 1 ? 'article says' : 'articles say'} ${weekday}`;
	if (!published) return { date: null, weekday, dateEvidence: weekday ? `${saying}; none gives a date` : 'no article gives a date' };
	const which =
		dates.length === 1
			? `the one publication date given is ${published}`
			: `the earliest of ${dates.length} publication dates is ${published}`;
	if (!weekday) return { date: published, weekday: null, dateEvidence: `no article names a weekday; ${which}` };
	const day = new Date(`${published}T00:00:00Z`);
	const back = (day.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
	day.setUTCDate(day.getUTCDate() - back);
	return {
		date: day.toISOString().slice(0, 10),
		weekday,
		dateEvidence: `${saying}; ${which}, so the event is the ${weekday} on or before it`,
	};
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
