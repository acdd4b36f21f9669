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
 * Each path segment is decoded on its own; a segment that decodes to `..`, `.`, a slash, a
 * backslash or a control character is never a file, so a path cannot leave the root. A redirect
 * location is rebuilt from the decoded segments, each percent-encoded again: it is ASCII (a valid
 * header value whatever the request held) and starts with the base and then a segment that
 * cannot begin with `/` or `\`, so no browser reads it as another host.
 *
 * @example
 * resolveStaticRequest('/articles/a/?x=1', '/') // { kind: 'file', path: 'articles/a/index.html' }
 * resolveStaticRequest('/articles/a', '/') // { kind: 'redirect', location: '/articles/a/' }
 * resolveStaticRequest('/%E3%80%82', '/') // { kind: 'redirect', location: '/%E3%80%82/' }
 * resolveStaticRequest('/%5Cevil.example%2Fx', '/') // { kind: 'not-found' }
 * resolveStaticRequest('/', '/chorus/') // { kind: 'redirect', location: '/chorus/' }
 */
export function resolveStaticRequest(requestUrl: string, base: string): StaticTarget {
	// Origin-form only: `*` and absolute-form targets (`http://host/…`) name no file here.
	if (!requestUrl.startsWith('/')) return { kind: 'not-found' };
	const segments = decodeSegments(requestUrl.replace(/[?#][^]*$/, ''));
	if (segments === null) return { kind: 'not-found' };
	const pathname = segments.join('/');
	if (base !== '/' && (pathname === '/' || `${pathname}/` === base)) return { kind: 'redirect', location: base };
	if (!pathname.startsWith(base)) return { kind: 'not-found' };
	const normalised = posix.normalize(`/${pathname.slice(base.length)}`).slice(1);
	if (normalised === '' || normalised.endsWith('/')) return { kind: 'file', path: `${normalised}index.html` };
	const last = normalised.slice(normalised.lastIndexOf('/') + 1);
	// Pages are folders (trailingSlash: 'always'), so a path without an extension wants its slash.
	if (!last.includes('.')) return { kind: 'redirect', location: `${base}${normalised.split('/').map(encodeURIComponent).join('/')}/` };
	return { kind: 'file', path: normalised };
}

/** A segment no file of the site can be named with: dot segments, separators, control characters. */
const UNSAFE_SEGMENT = /^\.\.?$|[/\\\p{Cc}]/u;

/** The decoded segments of a raw path (the empty first one included), or null when one is malformed or unsafe. */
function decodeSegments(rawPath: string): string[] | null {
	const segments: string[] = [];
	for (const raw of rawPath.split('/')) {
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return null;
		}
		if (UNSAFE_SEGMENT.test(segment)) return null;
		segments.push(segment);
	}
	return segments;
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
