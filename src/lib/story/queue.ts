/**
 * A binary min-heap: the smallest item by `before` comes out first. Pushing and popping take
 * log n steps, so a merge that picks its next sentence from thousands stays n log n.
 */
export class MinHeap<T> {
	private readonly items: T[] = [];
	private readonly before: (a: T, b: T) => boolean;

	/** `before(a, b)` is true when `a` is to come out first. */
	constructor(before: (a: T, b: T) => boolean) {
		this.before = before;
	}

	get size(): number {
		return this.items.length;
	}

	/** Add an item. */
	push(item: T): void {
		const items = this.items;
		items.push(item);
		let at = items.length - 1;
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!this.before(items[at]!, items[parent]!)) break;
			[items[at], items[parent]] = [items[parent]!, items[at]!];
			at = parent;
		}
	}

	/** Take out the smallest item; undefined when empty. */
	pop(): T | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length === 0 || last === undefined) return top;
		items[0] = last;
		let at = 0;
		for (;;) {
			const left = 2 * at + 1;
			const right = left + 1;
			let smallest = at;
			if (left < items.length && this.before(items[left]!, items[smallest]!)) smallest = left;
			if (right < items.length && this.before(items[right]!, items[smallest]!)) smallest = right;
			if (smallest === at) return top;
			[items[at], items[smallest]] = [items[smallest]!, items[at]!];
			at = smallest;
		}
	}
}
