/**
 * Links written into an article's text. Only http(s): a `javascript:` or `data:` URL in
 * article text is prose, never a link.
 */
import type { Link } from '../schema.ts';

/**
 * An http(s) URL up to the first space, quote mark or closing bracket.
 * `see https://www.example.com/a/b?c=1).`
 *      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the URL; `).` stays outside
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'“”‘’()[\]{}]+/gi;

/**
 * Sentence punctuation ending a URL match, which belongs to the prose. The run must follow a
 * character outside it: a bare `[.,;:!?]+$` is tried from every dot of `…/a.....b` (quadratic).
 */
const TRAILING_PUNCTUATION = /(?<![.,;:!?])[.,;:!?]+$/;

/**
 * Every http(s) URL in the text, with its 1-based line, in order.
 *
 * @example
 * findLinks('a\nsee https://www.example.com/x.') // [{ url: 'https://www.example.com/x', host: 'example.com', line: 2 }]
 */
export function findLinks(text: string): Link[] {
	return text.split('\n').flatMap((content, index) =>
		[...content.matchAll(URL_PATTERN)].flatMap((match) => {
			// Schemes are case-insensitive (RFC 3986 §3.1); records keep the canonical lower case.
			const url = match[0].replace(TRAILING_PUNCTUATION, '').replace(/^https?/i, (scheme) => scheme.toLowerCase());
			const host = hostOf(url);
			return host ? [{ url, host, line: index + 1 }] : [];
		}),
	);
}

function hostOf(url: string): string | undefined {
	try {
		const { hostname, protocol } = new URL(url);
		if (protocol !== 'http:' && protocol !== 'https:') return undefined;
		return hostname.replace(/^www\./, '') || undefined;
	} catch {
		return undefined;
	}
}
