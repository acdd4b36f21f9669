/**
 * What a saved page says about itself, in the order of trust the trade's markup deserves:
 * JSON-LD `NewsArticle`/`Article`, then Open Graph, then `<link rel="canonical">`,
 * `<meta name="author">`, `<time datetime>`, and last the `<title>`. The JSON-LD is parsed as
 * data (JSON.parse), never run.
 */
import type { KnownMetadata } from '../parse/article.ts';
import { parseDate } from '../parse/dates.ts';
import { splitSiteName } from '../parse/site-name.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The page's metadata; every field is undefined when no source on the page gives it.
 * The URL is kept only when it is an absolute http(s) address.
 */
export function pageMetadata(document: Document): KnownMetadata {
	const ld = articleFromJsonLd(document);
	const meta = metaTags(document);
	const title = document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim();
	const site = first(nameOf(ld?.['publisher']), meta.get('og:site_name'));
	const fromTitle = title ? splitSiteName(title, site) : undefined;
	const headline = first(text(ld?.['headline']), meta.get('og:title'), fromTitle?.headline);
	return {
		headline: headline && site ? splitSiteName(headline, site).headline : headline,
		outlet: first(site, fromTitle?.site),
		byline: first(authorsOf(ld?.['author']), meta.get('author'), meta.get('article:author')),
		date: isoDay(
			first(
				text(ld?.['datePublished']),
				meta.get('article:published_time'),
				document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
			),
		),
		url: first(
			httpUrl(text(ld?.['url'])),
			httpUrl(idOf(ld?.['mainEntityOfPage'])),
			httpUrl(meta.get('og:url')),
			httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined),
		),
		language: first(document.documentElement?.getAttribute('lang')?.trim(), text(ld?.['inLanguage'])),
	};
}

/** The first value that is a non-empty string after trimming. */
function first(...values: (string | undefined)[]): string | undefined {
	return values.map((value) => value?.replace(/\s+/gu, ' ').trim()).find((value) => value !== undefined && value !== '');
}

/** `<meta property|name=… content=…>` as a map from the lower-cased key to the first content. */
function metaTags(document: Document): Map<string, string> {
	const tags = new Map<string, string>();
	for (const element of document.querySelectorAll('meta')) {
		const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase().trim();
		const content = element.getAttribute('content');
		if (key && content && !tags.has(key)) tags.set(key, content);
	}
	return tags;
}

/** The first JSON-LD object typed as an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`…). */
function articleFromJsonLd(document: Document): JsonObject | undefined {
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		let data: Json;
		try {
			data = JSON.parse(script.textContent ?? '') as Json;
		} catch {
			continue;
		}
		const found = objectsIn(data).find((object) => typesOf(object).some((type) => /(?:Article|BlogPosting)$/u.test(type)));
		if (found) return found;
	}
	return undefined;
}

/** The objects of a JSON-LD value: itself, the items of an array, the members of `@graph`; two levels deep. */
function objectsIn(data: Json, depth = 0): JsonObject[] {
	if (depth > 2 || data === null || typeof data !== 'object') return [];
	if (Array.isArray(data)) return data.flatMap((item) => objectsIn(item, depth + 1));
	return [data, ...objectsIn(data['@graph'] ?? null, depth + 1)];
}

function typesOf(object: JsonObject): string[] {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

function text(value: Json | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** A name given as a string or as `{ "name": … }`. */
function nameOf(value: Json | undefined): string | undefined {
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object' && !Array.isArray(value)) return text(value['name']);
	return undefined;
}

function idOf(value: Json | undefined): string | undefined {
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object' && !Array.isArray(value)) return text(value['@id']) ?? text(value['url']);
	return undefined;
}

/**
 * One author or several, as one byline.
 *
 * @example
 * // [{ "name": "Anna Kowalski" }, { "name": "Karim al-Tamrani" }] -> 'Anna Kowalski and Karim al-Tamrani'
 */
function authorsOf(value: Json | undefined): string | undefined {
	const names = (Array.isArray(value) ? value : [value ?? null]).map((item) => nameOf(item)?.trim()).filter((name) => !!name);
	if (names.length === 0) return undefined;
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * An ISO calendar day from a date as pages write it; the day as written, not moved to UTC.
 *
 * @example
 * isoDay('2017-12-11T22:30:00-05:00') // '2017-12-11'
 */
export function isoDay(value: string | undefined): string | undefined {
	if (!value) return undefined;
	return parseDate(value) ?? /^(\d{4}-\d{2}-\d{2})T/u.exec(value.trim())?.[1];
}

/**
 * The address when it is an absolute http(s) URL, normalised; anything else (`javascript:`,
 * `data:`, relative paths) is no address at all.
 *
 * @example
 * httpUrl('https://example.org/a b') // 'https://example.org/a%20b'
 * httpUrl('javascript:alert(1)') // undefined
 */
export function httpUrl(value: string | undefined): string | undefined {
	if (!value || !URL.canParse(value.trim())) return undefined;
	const url = new URL(value.trim());
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
