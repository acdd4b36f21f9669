/**
 * The transfer budget: for each page type, the gzip size of a page's HTML plus the CSS and JS it
 * loads. Pure: scripts/budget.ts reads dist/ and gzips; these functions classify and judge.
 */

/** The page types the budget reports. */
export const PAGE_TYPES = ['home', 'article', 'story', 'quote', 'sources', 'coverage', 'search', '404'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** 50 KB, the most one page may transfer (HTML + CSS + JS, gzip). */
export const BUDGET_BYTES = 50 * 1024;

/** The gzip sizes of one built page and what it loads. */
export interface PageWeight {
	type: PageType;
	path: string;
	html: number;
	css: number;
	js: number;
}

/** One line of the report: the heaviest page of a type. */
export interface BudgetRow extends PageWeight {
	pages: number;
	total: number;
	ok: boolean;
}

/**
 * The page type of a built HTML file (a path inside dist/), or null for any other file.
 *
 * @example
 * pageTypeOf('quotes/new-stage-0pswbe7/index.html') // 'quote'
 * pageTypeOf('index.html') // 'home'
 * pageTypeOf('story/3/index.html') // 'story'
 */
export function pageTypeOf(path: string): PageType | null {
	if (path === 'index.html') return 'home';
	if (path === '404.html') return '404';
	if (/^story\/(?:\d+\/)?index\.html$/.test(path)) return 'story';
	if (/^sources\/(?:\d+\/)?index\.html$/.test(path)) return 'sources';
	if (/^coverage\/(?:\d+\/)?index\.html$/.test(path)) return 'coverage';
	if (path === 'search/index.html') return 'search';
	if (/^articles\/[^/]+\/index\.html$/.test(path)) return 'article';
	if (/^quotes\/[^/]+\/index\.html$/.test(path)) return 'quote';
	return null;
}

/**
 * The stylesheets and scripts a page loads from the site, as paths inside dist/.
 *
 * @example
 * assetPaths('<link rel="stylesheet" href="/chorus/_astro/a.css"><script type="module" src="/chorus/_astro/b.js"></script>', '/chorus/')
 * // { css: ['_astro/a.css'], js: ['_astro/b.js'] }
 */
export function assetPaths(html: string, base: string): { css: string[]; js: string[] } {
	const local = (url: string) => (url.startsWith(base) ? [url.slice(base.length)] : []);
	// <link rel="stylesheet" href="/_astro/BaseLayout.css">
	//                              ^^^^^^^^^^^^^^^^^^^^^^^ group 1 (either attribute order)
	const css = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].flatMap((m) =>
		local(/\bhref="?([^"\s>]+)/.exec(m[0])?.[1] ?? ''),
	);
	// <script type="module" src="/_astro/page.js">
	const js = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].flatMap((m) => local(m[1] ?? ''));
	return { css: [...new Set(css)], js: [...new Set(js)] };
}

/** The heaviest page of each type, judged against the limit, in PAGE_TYPES order. */
export function budgetRows(weights: readonly PageWeight[], limit = BUDGET_BYTES): BudgetRow[] {
	return PAGE_TYPES.flatMap((type) => {
		const ofType = weights.filter((weight) => weight.type === type);
		const heaviest = ofType.toSorted((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js))[0];
		if (!heaviest) return [];
		const total = heaviest.html + heaviest.css + heaviest.js;
		return [{ ...heaviest, pages: ofType.length, total, ok: total <= limit }];
	});
}

/**
 * The report as a plain-text table.
 *
 * @example
 * formatBudget([{ type: 'home', path: 'index.html', pages: 1, html: 5120, css: 2048, js: 0, total: 7168, ok: true }])
 * // 'type …\nhome     1  5.0 KB …  ok  index.html\n…'
 */
export function formatBudget(rows: readonly BudgetRow[], limit = BUDGET_BYTES): string {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const header = ['type', 'pages', 'html', 'css', 'js', 'total', 'budget', 'heaviest page'];
	const lines = rows.map((row) => [
		row.type,
		String(row.pages),
		kb(row.html),
		kb(row.css),
		kb(row.js),
		kb(row.total),
		row.ok ? 'ok' : 'OVER',
		row.path,
	]);
	const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
	const render = (line: string[]) =>
		line
			.map((cell, column) => cell.padEnd(widths[column]!))
			.join('  ')
			.trimEnd();
	return [render(header), ...lines.map(render), `limit per page: ${kb(limit)} (HTML + CSS + JS, gzip)`].join('\n');
}
