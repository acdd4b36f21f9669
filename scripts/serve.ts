/**
 * Serve the built site (dist/) on 127.0.0.1 in the foreground: `npm start` builds, then runs this.
 * PORT picks the port (default 4321; 0 for any free one), BASE_PATH the sub-path the site was
 * built for, CHORUS_OUT_DIR the folder to serve. Prints the URL once it listens.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor, resolveStaticRequest } from '../src/lib/site/static-request.ts';
import { normaliseBase } from '../src/lib/site/urls.ts';

/** A server for the static site in `root`, hosted under `base` (e.g. "/" or "/chorus/"). */
export function createStaticServer(root: string, base: string): Server {
	return createServer(async (request, response) => {
		const target = resolveStaticRequest(request.url ?? '/', base);
		const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
			return;
		}
		if (target.kind === 'redirect') {
			response.writeHead(301, { ...headers, Location: target.location }).end();
			return;
		}
		const found = target.kind === 'file' ? await readFile(join(root, target.path)).catch(() => null) : null;
		const body = found ?? (await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found\n')));
		const type = found !== null && target.kind === 'file' ? contentTypeFor(target.path) : 'text/html; charset=utf-8';
		response.writeHead(found === null ? 404 : 200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
		response.end(request.method === 'HEAD' ? undefined : body);
	});
}

async function main(): Promise<void> {
	const root = resolve(process.env['CHORUS_OUT_DIR'] || 'dist');
	const base = normaliseBase(process.env['BASE_PATH']);
	const port = Number(process.env['PORT'] ?? 4321);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		fail(`PORT must be a whole number from 0 to 65535, not "${process.env['PORT']}"`);
	if (!(await stat(join(root, 'index.html')).catch(() => null))) fail(`${root}/index.html is missing: run \`npm run build\` first`);
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
