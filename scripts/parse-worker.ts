/**
 * A worker thread of the parse pool (parse-pool.ts): parses each article it is sent with the
 * pure parser and posts back the result and how long the parse took. It holds no state, so the
 * pool can terminate it mid-parse and start another.
 */
import { parentPort } from 'node:worker_threads';
import { parseArticleSafely } from '../src/lib/parse/article.ts';
import type { WorkerReply, WorkerTask } from './parse-pool.ts';

/** A small article with a byline, a quote and an attribution: every stage of the parser runs once. */
const WARM_UP = 'A Headline for Warming Up\n\nBy A. Writer\n\n“It works,” the spokeswoman said on Monday. She added: “Twice.”\n';

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs as a worker thread of parse-pool.ts, not on its own');

port.on('message', ({ id, file, bytes }: WorkerTask) => {
	const started = performance.now();
	const result = parseArticleSafely({ file, bytes });
	const reply: WorkerReply = { id, result, ms: performance.now() - started };
	port.postMessage(reply);
});
// The first parse of a thread compiles the parser; do it before the budget clock runs, so the
// budget measures parsing alone.
parseArticleSafely({ file: 'warm-up.txt', bytes: new TextEncoder().encode(WARM_UP) });
port.postMessage('ready');
