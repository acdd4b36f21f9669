/**
 * Serve the built site (dist/) on 127.0.0.1 in the foreground: `npm start` builds, then runs this.
 * PORT picks the port (default 4321; 0 for any free one), BASE_PATH the sub-path the site was
 * built for, CHORUS_OUT_DIR the folder to serve. Prints the URL once it listens.
 *
 * Files are sent by `sirv` in its production mode: the folder is listed once at start, a request
 * is a look-up in that list (never a path handed to the file system) and each file is streamed.
 * Which file or redirect a request means is decided first by resolveStaticRequest (pure, tested
 * on its own); a request can never throw out of the handler, so none can stop the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { contentTypeFor, resolveStaticRequest } from './lib/static-request.ts';
import { normaliseBase } from '../src/site/urls.ts';

const commonHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

/** A server for the static site in `root`, hosted under `base` (e.g. "/" or "/chorus/"). */
export function createStaticServer(root: string, base: string): Server {
	const files = sirv(root, {
		dev: false,
		etag: true,
		dotfiles: false,
		extensions: [],
		setHeaders: (response, pathname) => {
			for (const [name, value] of Object.entries(commonHeaders)) response.setHeader(name, value);
			response.setHeader('Content-Type', contentTypeFor(pathname));
		},
	});
	// Read once: the 404 page is small, and a request must not wait on (or fail with) the disk.
	const notFoundPage = readNotFoundPage(root);
	const notFound = (request: IncomingMessage, response: ServerResponse): void => {
		response.writeHead(404, { ...commonHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundPage.length });
		response.end(request.method === 'HEAD' ? undefined : notFoundPage);
	};
	return createServer((request, response) => {
		// sirv pipes a read stream into the response; a file removed under it (a rebuild while
		// serving) must end this one response, not raise an unhandled 'error' that stops the process.
		response.on('pipe', (source: Readable) => source.on('error', () => response.destroy()));
		try {
			answer(request, response);
		} catch {
			if (!response.headersSent) response.writeHead(500, commonHeaders);
			response.end();
		}
	});

	function answer(request: IncomingMessage, response: ServerResponse): void {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { ...commonHeaders, Allow: 'GET, HEAD' }).end();
			return;
		}
		const target = resolveStaticRequest(request.url ?? '/', base);
		if (target.kind === 'redirect') {
			response.writeHead(301, { ...commonHeaders, Location: target.location }).end();
			return;
		}
		if (target.kind === 'not-found') return notFound(request, response);
		// sirv's Range parsing accepts reversed and negative ranges that make createReadStream
		// throw; whole pages are all this site serves.
		delete request.headers.range;
		request.url = `/${target.path.split('/').map(encodeURIComponent).join('/')}`;
		files(request, response, () => notFound(request, response));
	}
}

function readNotFoundPage(root: string): Buffer {
	try {
		return readFileSync(join(root, '404.html'));
	} catch {
		return Buffer.from('Not found\n');
	}
}

async function main(): Promise<void> {
	const root = resolve(process.env['CHORUS_OUT_DIR'] || 'dist');
	const base = normaliseBase(process.env['BASE_PATH']);
	const port = Number(process.env['PORT'] ?? 4321);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		fail(`PORT must be a whole number from 0 to 65535, not "${process.env['PORT']}"`);
	if (!statSync(join(root, 'index.html'), { throwIfNoEntry: false })?.isFile())
		fail(`${root}/index.html is missing: run \`npm run build\` first`);
	const server = createStaticServer(root, base);
	server.on('error', (error: NodeJS.ErrnoException) => {
		fail(error.code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=${port + 1} npm start` : error.message);
	});
	server.listen(port, '127.0.0.1', () => {
		const address = server.address();
		const actual = typeof address === 'object' && address !== null ? address.port : port;
		console.log(`Chorus is served at http://127.0.0.1:${actual}${base}  (Ctrl+C to stop)`);
	});
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

function fail(message: string): never {
	console.error(`serve: ${message}`);
	process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
