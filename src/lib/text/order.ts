/**
 * One ordering for every sort whose result is written to the records: code-point order, the
 * same on every machine and Node build (unlike `localeCompare`, which follows the ICU data).
 *
 * @example
 * ['b', 'B', 'a'].toSorted(byCodePoint) // ['B', 'a', 'b']
 */
export function byCodePoint(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first index whose item passes `test`, for a test that fails then passes along the list
 * (binary search); the list's length when none passes.
 *
 * @example
 * firstIndex([1, 3, 5, 7], (value) => value > 4) // 2
 */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (test(items[middle] as T)) high = middle;
		else low = middle + 1;
	}
	return low;
}
