import { describe, expect, test } from 'vitest';
import { articleHref, isHttpUrl, normaliseBase, withBase } from '../../src/site/urls.ts';

describe('withBase', () => {
	test.each([
		['/', '', '/'],
		['/', 'articles/a/', '/articles/a/'],
		['/chorus/', '/data/cluster.json', '/chorus/data/cluster.json'],
		['/chorus', 'data/cluster.json', '/chorus/data/cluster.json'],
	])('joins %j and %j', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});
});

describe('articleHref', () => {
	test('points at the article folder under the base', () => {
		expect(articleHref('/chorus/', '000-e50597ed88ffc82d')).toBe('/chorus/articles/000-e50597ed88ffc82d/');
	});
});

describe('normaliseBase', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['chorus', '/chorus/'],
		['/chorus', '/chorus/'],
		['//a/b//', '/a/b/'],
	])('turns %j into %j', (value, expected) => {
		expect(normaliseBase(value)).toBe(expected);
	});
});

describe('isHttpUrl', () => {
	test.each([
		['https://themoscowtimes.com/news/x', true],
		['http://ria.ru/syria/20171211/1510638374.html', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		[' javascript:alert(1)', false],
		['data:text/html,<script>alert(1)</script>', false],
		['vbscript:msgbox', false],
		['//example.com/x', false],
		['/articles/a/', false],
		['https://', false],
		['not a url', false],
	])('%j -> %j', (value, expected) => {
		expect(isHttpUrl(value)).toBe(expected);
	});
});
