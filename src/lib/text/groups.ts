/**
 * Finding groups of similar items without comparing every pair: an inverted index from
 * features (hashed shingles, rare words) to items proposes candidates, a similarity test
 * confirms them, and union-find joins confirmed pairs into groups.
 */
import { DisjointSets } from './disjoint-sets.ts';
import { hash32 } from './hash.ts';

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
	const sets = new DisjointSets(items.length);
	const distinct = joinIdentical(items, sets);
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
				if (sets.find(a) !== sets.find(b) && similar(a, b)) sets.union(a, b);
			}
		}
	}
	return sets.groups();
}

/** Join every item to the first item with its key; return the first items. */
function joinIdentical(items: readonly GroupItem[], sets: DisjointSets): number[] {
	const first = new Map<string, number>();
	const distinct: number[] = [];
	items.forEach((item, index) => {
		const owner = first.get(item.key);
		if (owner === undefined) {
			first.set(item.key, index);
			distinct.push(index);
		} else sets.union(owner, index);
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
