/**
 * Every URL of the site is built here (like Starlight's utils/routing): the path of each page
 * inside the site (`…Path`, no base, as getStaticPaths, canonical links and the sitemap need)
 * and its link (`…Href`, base included), plus safe external links. Every internal URL goes
 * through `withBase`, so the site also works when hosted under a sub-path (BASE_PATH).
 */

/** The story page's path; pages after the first get their number. */
export function storyPath(page = 1): string {
	return page <= 1 ? 'story/' : `story/${page}/`;
}

/** The path of one page of the full source list. */
export function sourcesPath(page = 1): string {
	return page <= 1 ? 'sources/' : `sources/${page}/`;
}

/** The path of one page of the full coverage list. */
export function coveragePath(page = 1): string {
	return page <= 1 ? 'coverage/' : `coverage/${page}/`;
}

/** The search page's path. */
export const SEARCH_PATH = 'search/';

/**
 * The path of a file under /data/.
 *
 * @example
 * dataPath('cluster.json') // 'data/cluster.json'
 */
export function dataPath(file: string): string {
	return `data/${file}`;
}

/**
 * The path of one article's page.
 *
 * @example
 * articlePath('000-e50597ed88ffc82d') // 'articles/000-e50597ed88ffc82d/'
 */
export function articlePath(id: string): string {
	return `articles/${encodeURIComponent(id)}/`;
}

/**
 * The path of one quote's page.
 *
 * @example
 * quotePath('new-stage-0pswbe7') // 'quotes/new-stage-0pswbe7/'
 */
export function quotePath(id: string): string {
	return `quotes/${encodeURIComponent(id)}/`;
}

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
	return withBase(base, articlePath(id));
}

/**
 * True only for absolute http(s) URLs. Astro escapes attribute text but not URL schemes, so a
 * `javascript:` or `data:` URL must never reach an href.
 *
 * @example
 * isHttpUrl('https://example.com/news/') // true
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

/**
 * The page of one quote (an article quote id, a shared quote id or one of its aliases).
 *
 * @example
 * quoteHref('/chorus/', 'new-stage-0pswbe7') // '/chorus/quotes/new-stage-0pswbe7/'
 */
export function quoteHref(base: string, id: string): string {
	return withBase(base, quotePath(id));
}

/**
 * A place inside a page: the page URL and an element id.
 *
 * @example
 * anchorHref('/articles/a/', 'p-3') // '/articles/a/#p-3'
 */
export function anchorHref(pageHref: string, id: string): string {
	return `${pageHref}#${encodeURIComponent(id)}`;
}

/**
 * An absolute URL for a path inside the site, for canonical links, Open Graph and the sitemap.
 *
 * @example
 * absoluteUrl('https://example.org', '/chorus/', 'story/') // 'https://example.org/chorus/story/'
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
	return new URL(withBase(base, path), site).href;
}

/**
 * A link that asks the browser to find and highlight `text` on the target page (a text
 * fragment, `#:~:text=`). Long text is cut to its first and last words (`textStart,textEnd`);
 * `-`, `&` and `,` are escaped because the syntax uses them.
 * See https://wicg.github.io/scroll-to-text-fragment/#syntax
 *
 * @example
 * textFragmentHref('/articles/a/', 'night ferry') // '/articles/a/#:~:text=night%20ferry'
 */
export function textFragmentHref(pageHref: string, text: string, fragment = ''): string {
	const words = text.trim().split(/\s+/u);
	const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D').replace(/,/g, '%2C');
	const directive =
		words.length > 10 ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}` : encode(words.join(' '));
	return `${pageHref}#${fragment}:~:text=${directive}`;
}
