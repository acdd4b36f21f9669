/**
 * Internal URLs and safe external links. Every internal URL goes through `withBase`, so the
 * site also works when hosted under a sub-path (BASE_PATH).
 */

/**
 * Join the site's base path and a path inside the site.
 *
 * @example
 * withBase('/', 'articles/a/') // '/articles/a/'
 * withBase('/chorus', '/data/cluster.json') // '/chorus/data/cluster.json'
 */
export function withBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return head + path.replace(/^\/+/, '');
}

/**
 * The page of one article.
 *
 * @example
 * articleHref('/', '000-e50597ed88ffc82d') // '/articles/000-e50597ed88ffc82d/'
 */
export function articleHref(base: string, id: string): string {
	return withBase(base, `articles/${encodeURIComponent(id)}/`);
}

/**
 * True only for absolute http(s) URLs. Astro escapes attribute text but not URL schemes, so a
 * `javascript:` or `data:` URL must never reach an href.
 *
 * @example
 * isHttpUrl('https://ria.ru/syria/') // true
 * isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/**
 * Make a base path start and end with "/", so `${base}articles/` is always a valid URL.
 *
 * @example
 * normaliseBase(undefined) // '/'
 * normaliseBase('chorus') // '/chorus/'
 * normaliseBase('/a/b/') // '/a/b/'
 */
export function normaliseBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}
