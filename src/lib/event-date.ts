/**
 * The day an event happened, from what the articles say about it: each dated article's own
 * relative day words (`on Monday`, `yesterday`, `this morning`) resolved against its own
 * publication date, and the articles' agreement. Day words in a paragraph about another year
 * or a written-out date (a timeline, a chronology, a historical mention) are no evidence.
 */
import type { Article } from './schema.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `on Monday`, `Monday morning`, `yesterday`, `last night`, `this morning`, `today`
 *     ^^^^^^ 1 a weekday            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 2 a day counted from publication
 */
const DAY_WORD =
	/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(yesterday|last night|today|tonight|this (?:morning|afternoon|evening))\b/giu;

/** A four-digit year from 1900 to 2099 in running text. */
const YEAR = /\b(?:19|20)\d{2}\b/gu;

/**
 * A calendar date written out, or a timeline's heading: day words near it belong to that date.
 * `on Saturday, Mar. 8 at 12:41 a.m.` / `8 March` / `Timeline:`
 *               ^^^^^^                ^^^^^^^
 */
const EXPLICIT_DATE =
	/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b(?:timeline|chronology)\b/iu;

/** What one article says about the day, once resolved. */
export interface DayClaim {
	articleId: string;
	/** The weekday or relative word as written, e.g. "Monday", "yesterday". */
	word: string;
	/** The ISO day it resolves to, when the article is dated. */
	date: string | null;
}

/**
 * The first day word of an article outside paragraphs about another year, resolved against
 * the article's publication date: a weekday is the last such day on or before it; yesterday
 * and last night the day before; today, tonight and this morning the day itself.
 *
 * @example
 * // published 2024-03-08 (a Friday), "…stopped on Tuesday." -> { word: 'Tuesday', date: '2024-03-05' }
 */
export function dayClaim(article: Article): DayClaim | null {
	const year = article.date?.slice(0, 4);
	for (const paragraph of article.paragraphs) {
		const years = paragraph.text.match(YEAR) ?? [];
		if (years.some((mentioned) => mentioned !== year) || EXPLICIT_DATE.test(paragraph.text)) continue;
		const match = DAY_WORD.exec(paragraph.text);
		DAY_WORD.lastIndex = 0;
		if (!match) continue;
		const word = match[1] ?? match[2] ?? '';
		return {
			articleId: article.id,
			word: match[1] ? word : word.toLowerCase(),
			date: article.date ? resolveWord(word, article.date) : null,
		};
	}
	return null;
}

function resolveWord(word: string, published: string): string {
	const day = new Date(`${published}T00:00:00Z`);
	const weekday = WEEKDAYS.findIndex((name) => name.toLowerCase() === word.toLowerCase());
	const back = weekday >= 0 ? (day.getUTCDay() - weekday + 7) % 7 : /^(?:yesterday|last night)$/iu.test(word) ? 1 : 0;
	day.setUTCDate(day.getUTCDate() - back);
	return day.toISOString().slice(0, 10);
}

/** The weekday of an ISO day. */
export function weekdayOf(isoDay: string): string {
	return WEEKDAYS[new Date(`${isoDay}T00:00:00Z`).getUTCDay()] ?? '';
}

/** The day most articles agree on, with how many support it; ties go to the earlier day. */
export interface AgreedDay {
	date: string;
	/** Dated articles whose day words resolve to it. */
	resolved: number;
	/** Undated articles whose weekday names its weekday. */
	named: number;
}

/**
 * Tally the claims: each dated claim votes for its day, and each undated weekday claim for
 * every day that falls on that weekday.
 */
export function agreedDay(claims: readonly DayClaim[]): AgreedDay | null {
	const days = [...new Set(claims.flatMap((claim) => (claim.date ? [claim.date] : [])))].toSorted();
	const tally = days.map((date) => ({
		date,
		resolved: claims.filter((claim) => claim.date === date).length,
		named: claims.filter((claim) => claim.date === null && claim.word === weekdayOf(date)).length,
	}));
	return tally.toSorted((a, b) => b.resolved + b.named - (a.resolved + a.named) || (a.date < b.date ? -1 : 1))[0] ?? null;
}
