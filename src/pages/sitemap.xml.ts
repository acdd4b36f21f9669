/** `/sitemap.xml`: every canonical page, absolute URLs from `site` and `base`. */
import type { APIRoute } from 'astro';
import { loadSiteModel } from '../data/cluster.ts';
import { sitemapXml } from '../site/sitemap.ts';
import { SEARCH_PATH } from '../site/urls.ts';

// The search page is built by its own issue; list it once it exists.
const hasSearch = Object.keys(import.meta.glob(['./search/index.astro', './search.astro'])).length > 0;

export const GET: APIRoute = async ({ site }) => {
	const paths = (await loadSiteModel()).sitePaths(hasSearch ? [SEARCH_PATH] : []);
	return new Response(sitemapXml(site ?? 'http://127.0.0.1:4321', import.meta.env.BASE_URL, paths), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
