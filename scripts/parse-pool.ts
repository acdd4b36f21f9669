/**
 * Parse articles in worker threads, where a parse can be stopped: each article gets a time
 * budget, and one that overruns it has its worker terminated and comes back as a skipped file
 * (`took longer than 5 s to parse; skipped`) while the other articles go on in a fresh worker.
 * The workers load the same .ts sources as the scripts, under Node's type stripping.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { slowProblem, type ParseResult } from '../src/lib/parse/article.ts';

/** Default time budget for one article. */
export const DEFAULT_BUDGET_MS = 5_000;

/** What the pool sends a worker. */
export interface WorkerTask {
	id: number;
	file: string;
	bytes: Uint8Array;
}

/** What a worker sends back: the results (one per article of the file) and the milliseconds the parse took inside the worker. */
export interface WorkerReply {
	id: number;
	results: ParseResult[];
	ms: number;
}

/** One file parsed by the pool: one result per article it holds; `ms` is the budget when the parse was stopped. */
export interface Parsed {
	results: ParseResult[];
	ms: number;
}

/** How many workers, and the budget for each article in milliseconds. */
export interface PoolOptions {
	size?: number;
	budgetMs?: number;
}

/** A running pool: queue articles with `parse`, and `close` it when done. */
export interface ParsePool {
	parse(input: { file: string; bytes: Uint8Array }): Promise<Parsed>;
	close(): Promise<void>;
}

interface Job {
	task: WorkerTask;
	done: (parsed: Parsed) => void;
	fail: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	ready: boolean;
	job: Job | null;
	timer: NodeJS.Timeout | undefined;
}

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/**
 * Start a pool of `size` workers (default: two, or one on a one-core machine), started only as
 * articles arrive. Results come back per article; the caller puts them in order.
 */
export function createParsePool({ size = Math.min(2, availableParallelism()), budgetMs = DEFAULT_BUDGET_MS }: PoolOptions = {}): ParsePool {
	const queue: Job[] = [];
	const slots = new Set<Slot>();
	let nextId = 0;

	function start(): void {
		const slot: Slot = { worker: new Worker(WORKER), ready: false, job: null, timer: undefined };
		slots.add(slot);
		slot.worker.on('message', (message: WorkerReply | 'ready') => {
			if (message === 'ready') slot.ready = true;
			else if (slot.job?.task.id === message.id) finish(slot, { results: message.results, ms: message.ms });
			dispatch();
		});
		slot.worker.on('error', (error) => stopped(slot, error));
		slot.worker.on('exit', (code) => stopped(slot, new Error(`parse worker exited with code ${code}`)));
	}

	/** Give queued articles to idle workers, starting workers up to `size`. */
	function dispatch(): void {
		for (const slot of slots) {
			const job = slot.ready && slot.job === null ? queue.shift() : undefined;
			if (!job) continue;
			slot.job = job;
			slot.timer = setTimeout(() => overran(slot), budgetMs);
			slot.worker.postMessage(job.task);
		}
		let starting = [...slots].filter((slot) => !slot.ready).length;
		for (; slots.size < size && queue.length > starting; starting++) start();
	}

	function finish(slot: Slot, parsed: Parsed): void {
		clearTimeout(slot.timer);
		slot.job?.done(parsed);
		slot.job = null;
	}

	/** The article overran its budget: it is skipped, and its worker is replaced. */
	function overran(slot: Slot): void {
		finish(slot, { results: [{ ok: false, problem: slowProblem(budgetMs) }], ms: budgetMs });
		retire(slot);
		void slot.worker.terminate();
		dispatch();
	}

	/** A worker died: before it was ready, the pool cannot work at all; during a parse, that article fails. */
	function stopped(slot: Slot, error: Error): void {
		if (!slots.has(slot)) return;
		retire(slot);
		if (!slot.ready) {
			for (const job of queue.splice(0)) job.fail(new Error(`parse worker could not start: ${error.message}`));
			return;
		}
		const problem = `could not be parsed (the parser stopped: ${error.message.replace(/\s+/gu, ' ')})`;
		finish(slot, { results: [{ ok: false, problem }], ms: 0 });
		dispatch();
	}

	function retire(slot: Slot): void {
		slots.delete(slot);
		slot.worker.removeAllListeners();
		// A late 'error' from a terminated worker must not be unhandled.
		slot.worker.on('error', () => {});
	}

	return {
		parse({ file, bytes }) {
			return new Promise<Parsed>((done, fail) => {
				queue.push({ task: { id: nextId++, file, bytes }, done, fail });
				dispatch();
			});
		},
		async close() {
			const workers = [...slots].map((slot) => slot.worker);
			for (const slot of [...slots]) retire(slot);
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
