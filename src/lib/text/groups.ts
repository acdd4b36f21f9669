/**
 * Finding groups of similar items without comparing every pair: an inverted index from
 * features (hashed shingles, rare words) to items proposes candidates, a similarity test
 * confirms them, and union-find joins confirmed pairs into groups.
 */

/**
 * A 32-bit FNV-1a hash, for features that only need to be compared, never shown.
 *
 * @example
 * hash32('raise their heads') === hash32('raise their heads') // true
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

/**
 * Group items by confirmed similarity. Items that share a feature are candidates; a feature
 * carried by more than `maxPosting` items is too common to be evidence and proposes nothing,
 * which keeps the work close to linear in the number of items.
 * Returns groups of item indices (singletons included), each sorted, in order of first item.
 */
export function groupSimilar(
	features: readonly (readonly number[])[],
	similar: (a: number, b: number) => boolean,
	maxPosting: number,
): number[][] {
	const postings = new Map<number, number[]>();
	features.forEach((list, item) => {
		for (const feature of new Set(list)) {
			const posting = postings.get(feature);
			if (posting) posting.push(item);
			else postings.set(feature, [item]);
		}
	});
	const parent = features.map((_list, item) => item);
	const root = (item: number): number => {
		let current = item;
		for (let next = parent[current] ?? current; next !== current; next = parent[current] ?? current) {
			parent[current] = parent[next] ?? next; // path halving keeps later look-ups short
			current = next;
		}
		return current;
	};
	features.forEach((list, a) => {
		const seen = new Set<number>();
		for (const feature of new Set(list)) {
			const posting = postings.get(feature) ?? [];
			if (posting.length > maxPosting) continue;
			for (const b of posting) {
				if (b <= a || seen.has(b)) continue;
				seen.add(b);
				if (root(a) !== root(b) && similar(a, b)) parent[root(b)] = root(a);
			}
		}
	});
	const groups = new Map<number, number[]>();
	parent.forEach((_parent, item) => {
		const key = root(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	});
	return [...groups.values()];
}

/**
 * Length of the longest run of equal consecutive keys two lists share.
 *
 * @example
 * longestCommonRun(['x', 'raise', 'their', 'heads'], ['raise', 'their', 'heads', 'again']) // 3
 */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
	let best = 0;
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const current = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1] !== b[j - 1]) continue;
			const run = (previous[j - 1] ?? 0) + 1;
			current[j] = run;
			if (run > best) best = run;
		}
		previous = current;
	}
	return best;
}
