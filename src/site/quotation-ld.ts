/**
 * A quote page's schema.org `Quotation` as JSON-LD, so that search engines and annotation
 * tools read who said what and where it was published. The JSON goes into a
 * `<script type="application/ld+json">` data block, which a browser never runs.
 */
import { namesSomeone } from '../lib/shared/shared-quotes.ts';
import type { QuotePage } from './quote-pages.ts';

/** The schema.org record of one quote page. */
export interface QuotationLd {
	'@context': 'https://schema.org';
	'@type': 'Quotation';
	text: string;
	spokenByCharacter?: { '@type': 'Person'; name: string };
	isBasedOn: {
		'@type': 'NewsArticle';
		headline: string;
		url: string;
		datePublished?: string;
		publisher?: { '@type': 'Organization'; name: string };
	}[];
}

/**
 * The `Quotation` for a quote page: its words, the speaker when the outlets agree on a named
 * person (a description such as "the ministry" may not be a person, so it is left out), and each article that carries it (its own address when known, else Chorus' copy).
 *
 * @example
 * toQuotationLd(page)['@type'] // 'Quotation'
 */
export function toQuotationLd(page: Pick<QuotePage, 'text' | 'speaker' | 'attributions' | 'carriers'>): QuotationLd {
	const named = page.attributions === null && page.speaker !== 'Speaker unknown' && namesSomeone(page.speaker);
	const seen = new Set<string>();
	return {
		'@context': 'https://schema.org',
		'@type': 'Quotation',
		text: page.text,
		...(named ? { spokenByCharacter: { '@type': 'Person' as const, name: page.speaker } } : {}),
		isBasedOn: page.carriers
			.filter((carrier) => !seen.has(carrier.source.id) && seen.add(carrier.source.id))
			.map(({ source, articleUrl }) => ({
				'@type': 'NewsArticle' as const,
				headline: source.headline,
				url: articleUrl ?? source.href,
				...(source.date ? { datePublished: source.date } : {}),
				...(source.outlet !== 'outlet unknown' ? { publisher: { '@type': 'Organization' as const, name: source.outlet } } : {}),
			})),
	};
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` written as escapes, so no text
 * can close the element or open a comment, and the two line separators JavaScript once refused.
 *
 * @example
 * scriptJson({ text: '</script>' }) // '{"text":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
