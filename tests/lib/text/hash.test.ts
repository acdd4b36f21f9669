import { describe, expect, test } from 'vitest';
import { hash32, hashText } from '../../../src/lib/text/hash.ts';
import { stripAccents } from '../../../src/lib/text/tokens.ts';
import { DisjointSets } from '../../../src/lib/text/disjoint-sets.ts';
import { groupSimilar } from '../../../src/lib/text/groups.ts';

describe('hash32', () => {
	test('is the 32-bit FNV-1a of the text', () => {
		// Published FNV-1a test vectors: "" and "a".
		expect(hash32('')).toBe(0x811c9dc5);
		expect(hash32('a')).toBe(0xe40c292c);
	});
});

describe('hashText', () => {
	test('gives ten base-36 characters that differ for different texts', () => {
		expect(hashText('open the north gate')).toMatch(/^[0-9a-z]{10}$/);
		expect(hashText('open the north gate')).toBe(hashText('open the north gate'));
		expect(hashText('open the north gate')).not.toBe(hashText('open the north gates'));
	});
});

describe('stripAccents', () => {
	test.each([
		['Zoë', 'Zoe'],
		['Ðurić', 'Ðuric'],
		['ﬁnal', 'final'],
		['plain', 'plain'],
	])('folds %s to %s', (input, output) => {
		expect(stripAccents(input)).toBe(output);
	});
});

describe('DisjointSets', () => {
	test('groups come out the same whatever order the unions arrive in', () => {
		const forward = new DisjointSets(6);
		forward.union(4, 1);
		forward.union(1, 5);
		forward.union(2, 3);
		const backward = new DisjointSets(6);
		backward.union(3, 2);
		backward.union(5, 1);
		backward.union(1, 4);
		expect(forward.groups()).toEqual([[0], [1, 4, 5], [2, 3]]);
		expect(backward.groups()).toEqual(forward.groups());
	});
});

describe('groupSimilar', () => {
	test('joins identical keys at once and similar items through a shared feature', () => {
		const items = [
			{ key: 'a', features: [1] },
			{ key: 'b', features: [2] },
			{ key: 'a', features: [9] },
			{ key: 'c', features: [1] },
		];
		expect(groupSimilar(items, () => true, 10)).toEqual([[0, 2, 3], [1]]);
		expect(groupSimilar(items, () => false, 10)).toEqual([[0, 2], [1], [3]]);
	});
});
