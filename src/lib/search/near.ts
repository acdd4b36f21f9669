/**
 * The words of a sorted vocabulary within a few edits of a query word, found by walking the
 * vocabulary as the trie its sort order already is: words that share a prefix share the rows
 * of the edit-distance table for it, and once a row's smallest value passes the limit, every
 * word starting with that prefix is skipped with one binary search. Edits are those of
 * `editDistance` (match.ts): insertions, deletions, substitutions and a swap of two adjacent
 * letters, each one edit (optimal string alignment). No index beyond the sorted list is
 * built, so the head costs nothing more to load.
 */

/**
 * The indices of the words of `sorted` (ascending by code unit, as `Array.prototype.sort`
 * leaves them) whose edit distance from `term` is at most `limit`, ascending.
 *
 * @example
 * wordsWithin(['almost', 'most', 'mostly'], 'msot', 1) // [1] ('most': one swap)
 */
export function wordsWithin(sorted: readonly string[], term: string, limit: number): number[] {
	const width = term.length + 1;
	// Rows deeper than term.length + limit always exceed the limit, so the walk never needs more.
	const depth = term.length + limit + 2;
	const rows = new Uint16Array(depth * width);
	for (let j = 0; j < width; j++) rows[j] = j;
	const found: number[] = [];
	let previous = '';
	let valid = 0;
	let index = 0;
	while (index < sorted.length) {
		const word = sorted[index]!;
		let row = 0;
		while (row < valid && word.charCodeAt(row) === previous.charCodeAt(row)) row++;
		let dead = 0;
		for (let i = row + 1; i <= word.length; i++) {
			if (fillRow(rows, width, term, word, i) > limit) {
				dead = i;
				break;
			}
		}
		previous = word;
		if (dead > 0) {
			// Every word that starts with the first `dead` letters of this one is too far.
			valid = dead - 1;
			index = endOfPrefix(sorted, word.slice(0, dead), index + 1);
			continue;
		}
		valid = word.length;
		if (rows[word.length * width + term.length]! <= limit) found.push(index);
		index++;
	}
	return found;
}

/** Fill row `i` (the first `i` letters of `word` against every prefix of `term`) and return its smallest value. */
function fillRow(rows: Uint16Array, width: number, term: string, word: string, i: number): number {
	const at = i * width;
	const above = at - width;
	const twoAbove = above - width;
	const letter = word.charCodeAt(i - 1);
	const before = i > 1 ? word.charCodeAt(i - 2) : -1;
	rows[at] = i;
	let smallest = i;
	for (let j = 1; j < width; j++) {
		const other = term.charCodeAt(j - 1);
		const cost = other === letter ? 0 : 1;
		let value = Math.min(rows[above + j - 1]! + cost, rows[above + j]! + 1, rows[at + j - 1]! + 1);
		// A swap: this letter and the one before it stand in the other order in the term.
		if (cost === 1 && j > 1 && before === other && letter === term.charCodeAt(j - 2)) value = Math.min(value, rows[twoAbove + j - 2]! + 1);
		rows[at + j] = value;
		if (value < smallest) smallest = value;
	}
	return smallest;
}

/** The first index from `from` whose word does not start with `prefix` (the words that do are a run from `from - 1`). */
function endOfPrefix(sorted: readonly string[], prefix: string, from: number): number {
	let low = from;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]!.startsWith(prefix)) low = middle + 1;
		else high = middle;
	}
	return low;
}
