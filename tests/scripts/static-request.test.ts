import { describe, expect, test } from 'vitest';
import { contentTypeFor, resolveStaticRequest } from '../../scripts/lib/static-request.ts';

describe('resolveStaticRequest', () => {
	test.each([
		['/', '/', { kind: 'file', path: 'index.html' }],
		['/?q=1#x', '/', { kind: 'file', path: 'index.html' }],
		['/articles/a/', '/', { kind: 'file', path: 'articles/a/index.html' }],
		['/articles/a', '/', { kind: 'redirect', location: '/articles/a/' }],
		['/data/cluster.json', '/', { kind: 'file', path: 'data/cluster.json' }],
		['/chorus/articles/a/', '/chorus/', { kind: 'file', path: 'articles/a/index.html' }],
		['/', '/chorus/', { kind: 'redirect', location: '/chorus/' }],
		['/chorus', '/chorus/', { kind: 'redirect', location: '/chorus/' }],
		['/elsewhere/', '/chorus/', { kind: 'not-found' }],
		['/%E3%80%82', '/', { kind: 'redirect', location: '/%E3%80%82/' }],
		['//evil.example/x', '/', { kind: 'redirect', location: '/evil.example/x/' }],
		['/%5Cevil.example%2Fx', '/', { kind: 'not-found' }],
		['/a%0D%0ASet-Cookie:x', '/', { kind: 'not-found' }],
		['*', '/', { kind: 'not-found' }],
		['http://evil.example/', '/', { kind: 'not-found' }],
	])('%s under %s', (url, base, expected) => {
		expect(resolveStaticRequest(url, base)).toEqual(expected);
	});

	test.each([
		'/%E3%80%82',
		'/%C3%BF',
		'/%F0%9F%99%82',
		'//evil.example',
		'/%2F%2Fevil.example',
		'/%5C%5Cevil',
		'/\\evil.example',
		'/%09/x',
		'/a/%E2%80%AE',
	])('redirects only to an ASCII path on this host: %s', (url) => {
		const target = resolveStaticRequest(url, '/');
		if (target.kind !== 'redirect') return;
		expect(target.location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
		expect(new URL(target.location, 'http://127.0.0.1/').host).toBe('127.0.0.1');
	});

	test.each(['/../package.json', '/%2e%2e/package.json', '/a/%2E%2E/%2E%2E/etc/passwd', '/a%00.html', '/%E0%A4%A'])(
		'never leaves the site root: %s',
		(url) => {
			const target = resolveStaticRequest(url, '/');
			if (target.kind === 'file') expect(target.path.startsWith('..')).toBe(false);
			expect(target.kind === 'file' && target.path.includes('..')).toBe(false);
		},
	);
});

describe('contentTypeFor', () => {
	test.each([
		['index.html', 'text/html; charset=utf-8'],
		['data/cluster.json', 'application/json; charset=utf-8'],
		['favicon.svg', 'image/svg+xml'],
		['x.unknown', 'application/octet-stream'],
	])('%s -> %s', (path, type) => {
		expect(contentTypeFor(path)).toBe(type);
	});
});
