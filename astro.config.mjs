// @ts-check
/**
 * Chorus is a fully static site: every page and data file is written at build time from
 * src/generated/records.json, so the output can be served from any static host or sub-path.
 *
 * Environment (all optional):
 * - SITE_URL        absolute origin the site is published at (used for canonical URLs)
 * - BASE_PATH       sub-path to host under, e.g. "/chorus/" (default "/")
 * - CHORUS_RECORDS  records JSON to build from (default src/generated/records.json)
 * - CHORUS_OUT_DIR  where to write the site (default dist/)
 * - CHORUS_CACHE_DIR Astro's build cache (default node_modules/.astro); tests give each build its own
 */
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/site/urls.ts';

// No network at build or run time: Astro's anonymous telemetry and the dev server's
// version check would both call out. Astro reads these after loading this file.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
	// Absolute URLs (og:url, canonical, sitemap) follow the port `npm start` will serve on.
	site: process.env.SITE_URL || `http://127.0.0.1:${Number(process.env.PORT) > 0 ? process.env.PORT : 4321}`,
	base: normaliseBase(process.env.BASE_PATH),
	output: 'static',
	// Pages are folders (articles/<id>/index.html), so every page URL ends with "/".
	trailingSlash: 'always',
	build: { format: 'directory' },
	outDir: process.env.CHORUS_OUT_DIR || './dist',
	cacheDir: process.env.CHORUS_CACHE_DIR || './node_modules/.astro',
	devToolbar: { enabled: false },
	// No Markdown is rendered (article text is data); Shiki's inline styles would also clash with the CSP.
	markdown: { syntaxHighlight: false },
	security: {
		// Astro writes a <meta http-equiv="content-security-policy"> with hashes for its own
		// scripts and styles; these directives lock down everything else.
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
});
