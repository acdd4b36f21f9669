/**
 * scripts/serve.ts under hostile requests: a real server process on a loopback port, sent
 * paths that once killed it or redirected off-site, raw bytes no client library would send,
 * and a bounded burst of concurrent requests for a large file (streamed, not read whole).
 */
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../e2e/browser.ts';

const LARGE_BYTES = 8 * 1024 * 1024;
const BURST = 60;

let root: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'chorus-serve-'));
	mkdirSync(join(root, 'articles', 'a'), { recursive: true });
	mkdirSync(join(root, 'data'));
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
	writeFileSync(join(root, 'articles', 'a', 'index.html'), '<!doctype html><title>a</title>');
	writeFileSync(join(root, 'data', 'large.json'), Buffer.alloc(LARGE_BYTES, 0x20));
	writeFileSync(join(root, '.secret'), 'hidden');
	({ server, origin } = await startServer(root));
});

afterAll(() => {
	server?.kill('SIGTERM');
	rmSync(root, { recursive: true, force: true });
});

/** One GET (or another method) with Node's client; the body is drained and counted. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; bytes: number }> {
	return new Promise((resolve, reject) => {
		const req = request(`${origin}${path}`, { method, agent: false }, (response) => {
			let bytes = 0;
			response.on('data', (chunk: Buffer) => (bytes += chunk.length));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
		});
		req.on('error', reject);
		req.end();
	});
}

/** A request written as raw bytes, for paths an HTTP client would refuse; resolves with the status line. */
function raw(target: Buffer): Promise<string> {
	const { port } = new URL(origin);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), '127.0.0.1');
		let answer = '';
		socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
		socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
		socket.on('error', reject);
		socket.end(Buffer.concat([Buffer.from('GET '), target, Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]));
	});
}

/** Peak resident memory of the server process, in MB (Linux). */
function peakMegabytes(): number {
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

describe('scripts/serve.ts', () => {
	test.each(['/%E3%80%82', '/%0A', '/%1B%5B31m', '/%C3%BF', '/a%0D%0ASet-Cookie:x=1', '/%F0%9F%99%82'])(
		'survives a path whose last segment is not Latin-1 or is a control character: %s',
		async (path) => {
			const answer = await get(path);
			expect([301, 404]).toContain(answer.status);
			expect(answer.headers['set-cookie']).toBeUndefined();
			expect((await get('/')).status).toBe(200);
		},
	);

	test.each([
		'/%5Cevil.example%2Fx',
		'/%5C%5Cevil.example',
		'//evil.example/x',
		'/%2F%2Fevil.example',
		'/\\evil.example',
		'/%09/evil.example',
	])('never redirects to another host: %s', async (path) => {
		const answer = await get(path);
		const location = answer.headers['location'];
		if (typeof location === 'string') {
			expect(location).toMatch(/^\/(?![/\\])/);
			expect(new URL(location, origin).origin).toBe(origin);
		}
		expect((await get('/')).status).toBe(200);
	});

	test.each([
		[Buffer.from([0x2f, 0xe3, 0x80, 0x82])],
		[Buffer.from('/\x7f')],
		[Buffer.from('/%')],
		[Buffer.from('*')],
		[Buffer.from('http://evil.example/')],
	])('survives raw request target %s', async (target) => {
		const status = await raw(target);
		expect(status).toMatch(/^HTTP\/1\.1 (301|400|404)/);
		expect((await get('/')).status).toBe(200);
	});

	test('serves pages, redirects a page without its slash, and answers 404 with the 404 page', async () => {
		expect((await get('/articles/a/')).status).toBe(200);
		const redirect = await get('/articles/a');
		expect(redirect.status).toBe(301);
		expect(redirect.headers['location']).toBe('/articles/a/');
		expect((await get('/no-such-page/')).status).toBe(404);
		expect((await get('/.secret')).status).toBe(404);
		expect((await get('/../package.json')).status).toBe(404);
		expect((await get('/', 'POST')).status).toBe(405);
		expect((await get('/', 'HEAD')).status).toBe(200);
	});

	test(`streams a large file to ${BURST} concurrent requests without holding each one whole`, async () => {
		const answers = await Promise.all(Array.from({ length: BURST }, () => get('/data/large.json')));
		expect(answers.every((answer) => answer.status === 200 && answer.bytes === LARGE_BYTES)).toBe(true);
		// Read whole, 60 copies of 8 MB would hold ~480 MB at once.
		expect(peakMegabytes()).toBeLessThan(200);
	});

	test('listens on loopback only', () => {
		expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const table = readFileSync('/proc/net/tcp', 'utf8') + readFileSync('/proc/net/tcp6', 'utf8');
		const port = Number(new URL(origin).port).toString(16).toUpperCase().padStart(4, '0');
		const listening = table.split('\n').filter((line) => line.includes(`:${port} `) && / 0A /.test(line));
		// 0100007F is 127.0.0.1 in /proc's byte order.
		expect(listening.length).toBeGreaterThan(0);
		for (const line of listening) expect(line.trim().split(/\s+/)[1]).toBe(`0100007F:${port}`);
	});
});
