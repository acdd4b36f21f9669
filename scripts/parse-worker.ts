/**
 * A worker thread of the parse pool (parse-pool.ts): reads each file it is sent with the pure
 * adapter for its format and posts back the results (one per article) and how long it took. It holds no state, so the
 * pool can terminate it mid-parse and start another.
 */
import { parentPort } from 'node:worker_threads';
import { readArticlesSafely } from '../src/lib/formats/index.ts';
import type { WorkerReply, WorkerTask } from './parse-pool.ts';

/** A small article with a byline, a quote and an attribution: every stage of the parser runs once. */
const WARM_UP = 'A Headline for Warming Up\n\nBy A. Writer\n\n“It works,” the spokeswoman said on Monday. She added: “Twice.”\n';
/** The same article as a saved page, so the page reader is compiled before the clock runs too. */
const WARM_UP_PAGE = `<title>A Headline for Warming Up</title><article>${WARM_UP.split('\n\n')
	.map((block) => `<p>${block}</p>`)
	.join('')}</article>`;

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs as a worker thread of parse-pool.ts, not on its own');

port.on('message', ({ id, file, bytes }: WorkerTask) => {
	const started = performance.now();
	const results = readArticlesSafely({ file, bytes });
	const reply: WorkerReply = { id, results, ms: performance.now() - started };
	port.postMessage(reply);
});
// The first parse of a thread compiles the parser; do it before the budget clock runs, so the
// budget measures parsing alone.
readArticlesSafely({ file: 'warm-up.txt', bytes: new TextEncoder().encode(WARM_UP) });
readArticlesSafely({ file: 'warm-up.html', bytes: new TextEncoder().encode(WARM_UP_PAGE) });
port.postMessage('ready');
