/**
 * Publication dates as news sites print them, to ISO `YYYY-MM-DD`.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// `(?:\s*:)?\s*`, not `\s*:?\s*`: two `\s*` side by side could split a run of spaces every way.
const LEAD =
	'^(?:(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?|date)(?:\\s*:)?\\s*)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?';
const TAIL = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?\\s*$';

/**
 * `November 12, 2021` / `Tuesday, Nov. 9, 2021 10:32 am`
 *  ^^^^^^^^ 1 month ^^ 2 day ^^^^ 3 year
 */
const MONTH_DAY_YEAR = new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TAIL}`, 'i');

/**
 * `12 November 2021`
 *  ^^ 1 day ^^^^^^^^ 2 month ^^^^ 3 year
 */
const DAY_MONTH_YEAR = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TAIL}`, 'i');

/**
 * `2021-11-09` or `2021-11-09T08:00:00Z`
 *  ^^^^ 1 ^^ 2 ^^ 3
 */
const ISO = new RegExp(
	`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*$`,
	'i',
);

/**
 * A time stamp with no calendar date: `Published 3 hours ago`, `Updated: 10:32 GMT`, `2 days ago`.
 *
 *     Published 3 hours ago        Updated: 10:32 am GMT
 *     ^^^^^^^^^ lead  ^^^^^^^^^    ^^^^^^^^ lead ^^^^^^^^^^^^ time of day
 */
export const TIME_STAMP =
	/^(?:(?:(?:first |last )?(?:published|updated|posted)(?: on)?(?:\s*:)?\s+)?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month)s?\s+ago|(?:(?:first |last )?(?:published|updated|posted)(?:\s*:)?\s+)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)\.?$/iu;
/** What may stand beside a date on its line, between separators: a time, a time stamp, a reading time. */
const BESIDE_DATE = /^(?:\d{1,3}\s+min(?:ute)?s?\s+read)$/iu;
/** The separators of a date line's parts: `December 11, 2017 / 10:32 AM / Updated 2 hours ago`. */
export const DATE_PART_SEPARATOR = /\s+[/|·•]\s+/u;

/**
 * Read a whole line as a date, or undefined when the line is anything more than a date. A line
 * of parts between separators is a date when one part is and the others are times, time stamps
 * or a reading time.
 *
 * @example
 * parseDate('November 12, 2021') // '2021-11-12'
 * parseDate('Published: 9 Nov 2021, 10:32') // '2021-11-09'
 * parseDate('He left on November 12, 2021.') // undefined
 */
export function parseDate(line: string): string | undefined {
	const whole = wholeDate(line.trim());
	if (whole !== undefined) return whole;
	const parts = line.trim().split(DATE_PART_SEPARATOR);
	if (parts.length < 2 || parts.length > 4) return undefined;
	const dates = parts.map(wholeDate);
	const first = dates.find((date) => date !== undefined);
	const others = parts.every((part, at) => dates[at] !== undefined || TIME_STAMP.test(part) || BESIDE_DATE.test(part));
	return others ? first : undefined;
}

function wholeDate(text: string): string | undefined {
	let match = MONTH_DAY_YEAR.exec(text);
	if (match) return toIso(match[3], monthNumber(match[1]), match[2]);
	match = DAY_MONTH_YEAR.exec(text);
	if (match) return toIso(match[3], monthNumber(match[2]), match[1]);
	match = ISO.exec(text);
	if (match) return toIso(match[1], Number(match[2]), match[3]);
	return undefined;
}

function monthNumber(name: string | undefined): number {
	const prefix = (name ?? '').toLowerCase().slice(0, 3);
	return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function toIso(year: string | undefined, month: number, day: string | undefined): string | undefined {
	const y = Number(year);
	const d = Number(day);
	const date = new Date(Date.UTC(y, month - 1, d));
	const valid = month >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === month - 1 && date.getUTCDate() === d;
	if (!valid) return undefined;
	return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
