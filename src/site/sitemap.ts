/**
 * The sitemap: every canonical page of the site as absolute URLs (alias pages are left out,
 * they name their main page as canonical).
 */
import type { Cluster } from '../lib/schema.ts';
import { quotePages } from './quote-pages.ts';
import { absoluteUrl, articlePath, quotePath, storyPath } from './urls.ts';

/** Paths (inside the site, no leading slash) of every canonical page. */
export function sitePaths(cluster: Pick<Cluster, 'articles' | 'sharedQuotes' | 'fragments'>, extra: readonly string[] = []): string[] {
	const quotes = quotePages(cluster, '/')
		.filter((page) => page.id === page.canonicalId)
		.map((page) => quotePath(page.id));
	return ['', storyPath(), ...extra, ...cluster.articles.map((article) => articlePath(article.id)), ...quotes];
}

/**
 * A sitemap document for the given paths.
 *
 * @example
 * sitemapXml('https://example.org', '/chorus/', ['']) // '<?xml …><urlset …><url><loc>https://example.org/chorus/</loc></url></urlset>\n'
 */
export function sitemapXml(site: string | URL, base: string, paths: readonly string[]): string {
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const urls = paths.map((path) => `<url><loc>${escape(absoluteUrl(site, base, path))}</loc></url>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
