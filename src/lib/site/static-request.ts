/**
 * Which file of the built site answers a request path. Pure (no fs), so scripts/serve.ts only
 * does the I/O and the mapping is tested on its own.
 */
import { posix } from 'node:path';

/** What the server should do with one request. */
export type StaticTarget = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
};

/**
 * Map a request URL to a file path relative to the site's root, or a redirect, or not found.
 * Paths that try to leave the root ("..", encoded or not) are never files.
 *
 * @example
 * resolveStaticRequest('/articles/a/?x=1', '/') // { kind: 'file', path: 'articles/a/index.html' }
 * resolveStaticRequest('/articles/a', '/') // { kind: 'redirect', location: '/articles/a/' }
 * resolveStaticRequest('/', '/chorus/') // { kind: 'redirect', location: '/chorus/' }
 */
export function resolveStaticRequest(requestUrl: string, base: string): StaticTarget {
	let pathname: string;
	try {
		pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
	} catch {
		return { kind: 'not-found' };
	}
	if (pathname.includes('\0')) return { kind: 'not-found' };
	if (base !== '/' && (pathname === '/' || `${pathname}/` === base)) return { kind: 'redirect', location: base };
	if (!pathname.startsWith(base)) return { kind: 'not-found' };
	const relative = pathname.slice(base.length);
	if (relative.split('/').some((part) => part === '..')) return { kind: 'not-found' };
	const normalised = posix.normalize(`/${relative}`).slice(1);
	if (normalised === '' || normalised.endsWith('/')) return { kind: 'file', path: `${normalised}index.html` };
	const last = normalised.slice(normalised.lastIndexOf('/') + 1);
	// Pages are folders (trailingSlash: 'always'), so a path without an extension wants its slash.
	if (!last.includes('.')) return { kind: 'redirect', location: `${base}${normalised}/` };
	return { kind: 'file', path: normalised };
}

/**
 * The Content-Type for a file name.
 *
 * @example
 * contentTypeFor('data/cluster.json') // 'application/json; charset=utf-8'
 */
export function contentTypeFor(path: string): string {
	return contentTypes[posix.extname(path).toLowerCase()] ?? 'application/octet-stream';
}
