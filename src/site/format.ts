/**
 * How record values read on a page. Fixed locale and time zone so builds are reproducible.
 */
import type { Article, RemovedReason } from '../lib/schema.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * An ISO calendar date in words.
 *
 * @example
 * formatDate('2021-11-12') // '12 November 2021'
 */
export function formatDate(isoDate: string): string {
	return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A word count with its unit.
 *
 * @example
 * formatWordCount(1) // '1 word'
 * formatWordCount(1234) // '1,234 words'
 */
export function formatWordCount(count: number): string {
	return `${numberFormat.format(count)} ${count === 1 ? 'word' : 'words'}`;
}

/**
 * The outlet as a reader should see it, saying how Chorus knows.
 *
 * @example
 * describeOutlet({ name: 'The Daily Example', evidence: 'url' }) // 'The Daily Example (from its links)'
 * describeOutlet(null) // 'Outlet unknown'
 */
export function describeOutlet(outlet: Article['outlet']): string {
	if (outlet === null) return 'Outlet unknown';
	return outlet.evidence === 'url' ? `${outlet.name} (from its links)` : outlet.name;
}

/**
 * A removal reason in plain words.
 *
 * @example
 * describeReason('url-block') // 'block of URLs'
 */
export function describeReason(reason: RemovedReason): string {
	return reason === 'url-block' ? 'block of URLs' : reason.replaceAll('-', ' ');
}
