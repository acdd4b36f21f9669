/**
 * The order of the merged story: the articles' sentence sequences merged so that each
 * article's own order is kept as far as the others allow, as a partial-order alignment of
 * textual witnesses does (CollateX; Lee, Grasso, Sharlow 2002). Every article reads along its
 * own sequence of columns; a column can be told once every article that carries it has read
 * up to it. Among the columns that can, the story continues the article it is reading, so a
 * sentence only one outlet has comes right after the sentence it follows there. When the
 * articles disagree on order (a cycle), the column the fewest articles still wait for goes first.
 */
import { MinHeap } from './queue.ts';
import type { SentenceUnit } from './units.ts';

/** The lead is the column most articles carry among their first this many sentences. */
const LEAD_WINDOW = 3;

/** How many of the articles a waiting column waits for are looked at to catch up with it. */
const MAX_CATCH_UP = 64;

/** A column of the alignment as the merge reads it. */
interface ColumnState {
	id: number;
	units: SentenceUnit[];
	/** Mean place in its articles, 0 at the start and 1 at the end. */
	place: number;
	/** Articles that carry it and have not yet read up to it. */
	waiting: number;
	told: boolean;
}

/**
 * The columns in story order (every column once).
 *
 * @example
 * orderColumns(units, [[0, 3], [1], [2], [4]]) // [0, 1, 2, 3] for articles [0, 1, 2] and [3, 4]
 */
export function orderColumns(units: readonly SentenceUnit[], columns: readonly number[][]): number[] {
	const lengths = new Map<number, number>();
	for (const unit of units) lengths.set(unit.article, Math.max(lengths.get(unit.article) ?? 0, unit.position + 1));
	const states: ColumnState[] = columns.map((members, id) => {
		const list = members.flatMap((index) => units[index] ?? []);
		const place = list.reduce((sum, unit) => sum + unit.position / Math.max(1, (lengths.get(unit.article) ?? 1) - 1), 0) / list.length;
		return { id, units: list, place, waiting: list.length, told: false };
	});
	const sequences = new Map<number, number[]>();
	states.forEach((state) => {
		for (const unit of state.units)
			(sequences.get(unit.article) ?? sequences.set(unit.article, []).get(unit.article)!)[unit.position] = state.id;
	});
	return new Merge(
		states,
		[...sequences.values()].map((sequence) => sequence.filter((id) => id !== undefined)),
	).run();
}

/** Earlier in the articles first, then carried by more of them, then the first column. */
function before(a: ColumnState, b: ColumnState): boolean {
	return a.place !== b.place ? a.place < b.place : a.units.length !== b.units.length ? a.units.length > b.units.length : a.id < b.id;
}

class Merge {
	private readonly cursors: number[];
	private readonly ready = new MinHeap<ColumnState>(before);
	private readonly order: number[] = [];
	/** The articles that carry each column, by index into `sequences`. */
	private readonly carriers: number[][];
	private readonly states: ColumnState[];
	private readonly sequences: number[][];

	constructor(states: ColumnState[], sequences: number[][]) {
		this.states = states;
		this.sequences = sequences;
		this.cursors = sequences.map(() => 0);
		this.carriers = states.map(() => []);
		sequences.forEach((sequence, reader) => {
			for (const id of sequence) this.carriers[id]?.push(reader);
		});
		sequences.forEach((_sequence, reader) => this.arrive(reader));
	}

	run(): number[] {
		let next = this.lead();
		while (next) {
			const readers = this.tell(next);
			next = this.continuation(readers) ?? this.catchUp(readers) ?? this.nextReady() ?? this.leastAwaited();
		}
		return this.order;
	}

	/** The opening most articles share, when at least two do. */
	private lead(): ColumnState | undefined {
		let best: ColumnState | undefined;
		let bestCount = 1;
		for (const state of this.states) {
			const count = new Set(state.units.filter((unit) => unit.position < LEAD_WINDOW).map((unit) => unit.article)).size;
			if (count > bestCount || (count === bestCount && best && count > 1 && before(state, best))) {
				best = state;
				bestCount = count;
			}
		}
		return best ?? this.nextReady() ?? this.leastAwaited();
	}

	/**
	 * Tell a column and move every article that had reached it on to its next column. Returns
	 * those articles: the ones the story is now reading.
	 */
	private tell(state: ColumnState): number[] {
		state.told = true;
		this.order.push(state.id);
		const readers = (this.carriers[state.id] ?? []).filter((reader) => this.head(reader) === state);
		for (const reader of readers) {
			this.cursors[reader] = (this.cursors[reader] ?? 0) + 1;
			this.arrive(reader);
		}
		return readers;
	}

	/** Move an article past columns already told; count its arrival at the next one. */
	private arrive(reader: number): void {
		const sequence = this.sequences[reader] ?? [];
		let cursor = this.cursors[reader] ?? 0;
		while (cursor < sequence.length && this.states[sequence[cursor] ?? -1]?.told) cursor++;
		this.cursors[reader] = cursor;
		const state = this.head(reader);
		if (!state) return;
		state.waiting--;
		if (state.waiting === 0) this.ready.push(state);
	}

	private head(reader: number): ColumnState | undefined {
		const id = this.sequences[reader]?.[this.cursors[reader] ?? 0];
		return id === undefined ? undefined : this.states[id];
	}

	/** The ready column that most of the articles the story is reading read next. */
	private continuation(readers: readonly number[]): ColumnState | undefined {
		const votes = new Map<ColumnState, number>();
		for (const reader of readers) {
			const state = this.head(reader);
			if (state && !state.told && state.waiting <= 0) votes.set(state, (votes.get(state) ?? 0) + 1);
		}
		let best: ColumnState | undefined;
		for (const [state, count] of votes) {
			const bestCount = best ? (votes.get(best) ?? 0) : 0;
			if (!best || count > bestCount || (count === bestCount && before(state, best))) best = state;
		}
		return best;
	}

	/**
	 * When what the story is reading waits for other articles to reach it, the ready column one
	 * of those articles reads next: the story catches up along them to the shared sentence.
	 */
	private catchUp(readers: readonly number[]): ColumnState | undefined {
		let best: ColumnState | undefined;
		for (const reader of readers) {
			const blocked = this.head(reader);
			if (!blocked || blocked.told) continue;
			for (const other of (this.carriers[blocked.id] ?? []).slice(0, MAX_CATCH_UP)) {
				const state = this.head(other);
				if (state && state !== blocked && !state.told && state.waiting <= 0 && (!best || before(state, best))) best = state;
			}
		}
		return best;
	}

	private nextReady(): ColumnState | undefined {
		for (let state = this.ready.pop(); state; state = this.ready.pop()) if (!state.told) return state;
		return undefined;
	}

	/** When the articles' orders contradict each other: the head column the fewest articles still wait for. */
	private leastAwaited(): ColumnState | undefined {
		let best: ColumnState | undefined;
		this.sequences.forEach((_sequence, reader) => {
			const state = this.head(reader);
			if (state && !state.told && (!best || state.waiting < best.waiting || (state.waiting === best.waiting && before(state, best)))) {
				best = state;
			}
		});
		return best;
	}
}
