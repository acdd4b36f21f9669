/**
 * Publication dates as news sites print them, to ISO `YYYY-MM-DD`.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// `(?:\s*:)?\s*`, not `\s*:?\s*`: two `\s*` side by side could split a run of spaces every way.
const LEAD =
	'^(?:(?:(?:first |last )?(?:published|updated|posted)(?: on)?|date)(?:\\s*:)?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
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
 * Read a whole line as a date, or undefined when the line is anything more than a date.
 *
 * @example
 * parseDate('November 12, 2021') // '2021-11-12'
 * parseDate('Published: 9 Nov 2021, 10:32') // '2021-11-09'
 * parseDate('He left on November 12, 2021.') // undefined
 */
export function parseDate(line: string): string | undefined {
	const text = line.trim();
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
