/**
 * Finding groups of similar items without comparing every pair: an inverted index from
 * features (hashed shingles, rare words) to items proposes candidates, a similarity test
 * confirms them, and union-find joins confirmed pairs into groups.
 */

/**
 * A 32-bit FNV-1a hash, for features that only need to be compared, never shown.
 *
 * @example
 * hash32('open the gates') === hash32('open the gates') // true
 */
export function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	return hash >>> 0;
}

/**
 * Hashed runs of `size` consecutive keys; a shorter list gives one hash of all of it.
 *
 * @example
 * shingles(['a', 'b', 'c', 'd'], 3).length // 2
 */
export function shingles(keys: readonly string[], size: number): number[] {
	if (keys.length < size) return keys.length > 0 ? [hash32(keys.join(' '))] : [];
	return keys.slice(0, keys.length - size + 1).map((_key, index) => hash32(keys.slice(index, index + size).join(' ')));
}

/** An item to group: a key that identical items share, and the features that propose candidates. */
export interface GroupItem {
	key: string;
	features: readonly number[];
}

/**
 * Group items by confirmed similarity. Items with the same key join at once, so only one
 * of them is compared further. Items that share a feature are candidates; a feature carried
 * by more than `maxPosting` items is too common to be evidence and proposes nothing, which
 * keeps the work close to linear in the number of items.
 * Returns groups of item indices (singletons included), each sorted, in order of first item.
 */
export function groupSimilar(items: readonly GroupItem[], similar: (a: number, b: number) => boolean, maxPosting: number): number[][] {
	const parent = items.map((_item, index) => index);
	const root = (item: number): number => {
		let current = item;
		for (let next = parent[current] ?? current; next !== current; next = parent[current] ?? current) {
			parent[current] = parent[next] ?? next; // path halving keeps later look-ups short
			current = next;
		}
		return current;
	};
	const distinct = joinIdentical(items, parent);
	const postings = new Map<number, number[]>();
	for (const item of distinct) {
		for (const feature of new Set(items[item]?.features)) {
			const posting = postings.get(feature);
			if (posting) posting.push(item);
			else postings.set(feature, [item]);
		}
	}
	for (const a of distinct) {
		const seen = new Set<number>();
		for (const feature of new Set(items[a]?.features)) {
			const posting = postings.get(feature) ?? [];
			if (posting.length > maxPosting) continue;
			for (const b of posting) {
				if (b <= a || seen.has(b)) continue;
				seen.add(b);
				if (root(a) !== root(b) && similar(a, b)) parent[root(b)] = root(a);
			}
		}
	}
	const groups = new Map<number, number[]>();
	parent.forEach((_parent, item) => {
		const key = root(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	});
	return [...groups.values()];
}

/** Point every item at the first item with its key; return the first items. */
function joinIdentical(items: readonly GroupItem[], parent: number[]): number[] {
	const first = new Map<string, number>();
	const distinct: number[] = [];
	items.forEach((item, index) => {
		const owner = first.get(item.key);
		if (owner === undefined) {
			first.set(item.key, index);
			distinct.push(index);
		} else parent[index] = owner;
	});
	return distinct;
}

/**
 * Length of the longest run of equal consecutive keys two lists share.
 *
 * @example
 * longestCommonRun(['x', 'open', 'the', 'gates'], ['open', 'the', 'gates', 'again']) // 3
 */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
	let best = 0;
	let previous = new Int32Array(b.length + 1);
	let current = new Int32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const run = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : 0;
			current[j] = run;
			if (run > best) best = run;
		}
		[previous, current] = [current, previous];
	}
	return best;
}
