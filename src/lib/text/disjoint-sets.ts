/**
 * Union–find (disjoint sets) with path halving. The smaller index stays the root, so the
 * groups come out the same whatever order the unions arrive in.
 */
export class DisjointSets {
	private readonly parent: number[];

	constructor(size: number) {
		this.parent = Array.from({ length: size }, (_value, index) => index);
	}

	/** The root of an item's set. */
	find(item: number): number {
		let current = item;
		while (this.parent[current] !== current) {
			const next = this.parent[current] ?? current;
			this.parent[current] = this.parent[next] ?? next;
			current = next;
		}
		return current;
	}

	/** Join two sets; false when they were one already. */
	union(a: number, b: number): boolean {
		const rootA = this.find(a);
		const rootB = this.find(b);
		if (rootA === rootB) return false;
		if (rootA < rootB) this.parent[rootB] = rootA;
		else this.parent[rootA] = rootB;
		return true;
	}

	/** Every set as a list of items in increasing order, sets ordered by their smallest item. */
	groups(): number[][] {
		const byRoot = new Map<number, number[]>();
		this.parent.forEach((_parent, item) => {
			const root = this.find(item);
			const group = byRoot.get(root);
			if (group) group.push(item);
			else byRoot.set(root, [item]);
		});
		return [...byRoot.values()];
	}
}
