/**
 * The sitemap: every canonical page of the site (SiteModel.sitePaths: alias pages are left out,
 * they name their main page as canonical) as absolute URLs.
 */
import { absoluteUrl } from './urls.ts';

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
