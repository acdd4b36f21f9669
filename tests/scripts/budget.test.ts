import { describe, expect, test } from 'vitest';
import { assetPaths, budgetRows, pageTypeOf } from '../../scripts/lib/budget.ts';

describe('budget', () => {
	test('classifies pages and finds the assets they load under a base path', () => {
		expect(pageTypeOf('index.html')).toBe('home');
		expect(pageTypeOf('quotes/x/index.html')).toBe('quote');
		expect(pageTypeOf('story/index.html')).toBe('story');
		expect(pageTypeOf('story/12/index.html')).toBe('story');
		expect(pageTypeOf('coverage/2/index.html')).toBe('coverage');
		expect(pageTypeOf('sources/index.html')).toBe('sources');
		expect(pageTypeOf('_astro/a.css')).toBeNull();
		const html =
			'<link href="/c/_astro/a.css" rel="stylesheet"><script type="module" src="/c/_astro/b.js"></script><link rel="icon" href="/c/f.svg">';
		expect(assetPaths(html, '/c/')).toEqual({ css: ['_astro/a.css'], js: ['_astro/b.js'] });
	});

	test('reports the heaviest page of each type and flags one over the limit', () => {
		const rows = budgetRows(
			[
				{ type: 'quote', path: 'quotes/a/index.html', html: 10, css: 5, js: 0 },
				{ type: 'quote', path: 'quotes/b/index.html', html: 90, css: 5, js: 10 },
			],
			100,
		);
		expect(rows).toEqual([{ type: 'quote', path: 'quotes/b/index.html', html: 90, css: 5, js: 10, pages: 2, total: 105, ok: false }]);
	});
});
