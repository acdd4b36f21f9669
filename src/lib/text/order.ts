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
