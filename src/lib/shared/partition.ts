/**
 * Statements partitioned into utterances, so that a fragment never bridges two statements.
 * After MemeTracker (Leskovec, Backstrom, Kleinberg, KDD 2009), which roots every phrase in one
 * longer phrase: peers (the same sentences, in any wording) join each other; then each group of
 * peers, shortest last, hangs under the one utterance it is a fragment of, or stays on its own
 * when it fits several about equally.
 */
import { hash32 } from '../text/hash.ts';
import { DisjointSets } from '../text/disjoint-sets.ts';
import { relate, type Relation, type RelationKind, type SenseLookup } from './compare.ts';
import type { Statement } from './statements.ts';
import type { Word } from './words.ts';

/** A feature carried by more statements than this proposes no candidates: too common to be evidence. */
const MAX_POSTING = 400;
/** How many of a statement's rarest content stems propose candidates. */
const RARE_STEMS = 8;
/** A fragment that fits several utterances joins the best only when it fits it this much better. */
const CLEAR_MARGIN = 0.15;

/** Why one statement joined another: the edge of the partition that explains it. */
export interface Link {
	from: number;
	to: number;
	kind: RelationKind;
	score: number;
}

/** The partition: groups of statement indices, the links that made them, and fragments left alone. */
export interface Partition {
	groups: number[][];
	links: Link[];
	/** A fragment that fits several utterances about equally, with one statement of each. */
	ambiguous: { statement: number; fits: number[] }[];
}

/**
 * Partition statements into utterances.
 *
 * @example
 * // “open the gates again” (fragment) joins the one statement it fits; two different
 * // sentences that both contain it stay apart, and the fragment is reported as ambiguous.
 */
export function partitionStatements(statements: readonly Statement[], senses?: SenseLookup): Partition {
	const sets = new DisjointSets(statements.length);
	const links: Link[] = [];
	const distinct = joinIdentical(statements, sets, links);
	const fragments = new Map<number, { container: number; relation: Relation }[]>();
	for (const [a, b] of candidatePairs(statements, distinct, senses)) {
		if (sets.find(a) === sets.find(b)) continue;
		const relation = relate(statements[a]!, statements[b]!, senses);
		if (!relation) continue;
		if (relation.kind !== 'fragment') {
			if (sets.union(a, b)) links.push({ from: b, to: a, kind: relation.kind, score: relation.score });
			continue;
		}
		const [part, container] = relation.part === 'a' ? [a, b] : [b, a];
		pushTo(fragments, part, { container, relation });
	}
	const ambiguous = hangFragments(statements, sets, fragments, links);
	return { groups: sets.groups(), links, ambiguous };
}

/**
 * Statements with the same words join at once. Returns the ones compared further: one per
 * wording and speaker (copies attributed alike would only repeat the same comparisons, but a
 * copy attributed to someone else may match where the first cannot).
 */
function joinIdentical(statements: readonly Statement[], sets: DisjointSets, links: Link[]): number[] {
	const first = new Map<string, number>();
	const compared = new Set<string>();
	const distinct: number[] = [];
	statements.forEach((statement, index) => {
		// A quote with no words (`“,”`, `“🙂”`) says nothing that could match another.
		if (statement.size === 0) return;
		const key = statement.pieces.map((piece) => piece.words.map((word) => word.key).join(' ')).join(' | ');
		const attributed = `${key}\u0000${statement.speaker ?? ''}\u0000${statement.named}`;
		if (!compared.has(attributed)) {
			compared.add(attributed);
			distinct.push(index);
		}
		const owner = first.get(key);
		if (owner === undefined) first.set(key, index);
		else if (sets.union(owner, index)) links.push({ from: index, to: owner, kind: 'exact', score: 1 });
	});
	return distinct;
}

/**
 * Hang each group of peers under the utterance it is a fragment of, largest groups first so that
 * a container's own place is settled before its fragments look at it. Only a group's largest
 * statement may be the fragment: a short member must not carry its long peers along.
 */
function hangFragments(
	statements: readonly Statement[],
	sets: DisjointSets,
	fragments: ReadonlyMap<number, { container: number; relation: Relation }[]>,
	links: Link[],
): Partition['ambiguous'] {
	const largest = new Map<number, number>();
	statements.forEach((statement, index) => {
		const root = sets.find(index);
		largest.set(root, Math.max(largest.get(root) ?? 0, statement.size));
	});
	const parts = [...fragments.keys()]
		.filter((part) => statements[part]?.size === largest.get(sets.find(part)))
		.toSorted((a, b) => (statements[b]?.size ?? 0) - (statements[a]?.size ?? 0) || a - b);
	const ambiguous: Partition['ambiguous'] = [];
	for (const part of parts) {
		const byRoot = new Map<number, { container: number; relation: Relation }>();
		for (const edge of fragments.get(part) ?? []) {
			const root = sets.find(edge.container);
			if (root === sets.find(part)) continue;
			const best = byRoot.get(root);
			if (!best || edge.relation.score > best.relation.score) byRoot.set(root, edge);
		}
		const ranked = [...byRoot.values()].toSorted((a, b) => b.relation.score - a.relation.score || a.container - b.container);
		const [first, second] = ranked;
		if (!first) continue;
		if (second && first.relation.score - second.relation.score < CLEAR_MARGIN) {
			ambiguous.push({ statement: part, fits: ranked.map((edge) => edge.container) });
			continue;
		}
		sets.union(first.container, part);
		links.push({ from: part, to: first.container, kind: 'fragment', score: first.relation.score });
	}
	return ambiguous;
}

/**
 * Candidate pairs without comparing all: an index from every content stem (and, with a lexicon,
 * every synonym sense) to the statements holding it, queried with each statement's rarest stems.
 * A fragment's rarest words are all in its container, and peers share most words, so both are
 * proposed; a stem held by more than MAX_POSTING statements is too common to propose anything.
 */
function* candidatePairs(statements: readonly Statement[], distinct: readonly number[], senses?: SenseLookup): Generator<[number, number]> {
	const words = distinct.map((index) => {
		const byStem = new Map<string, Word>();
		for (const piece of statements[index]?.pieces ?? []) {
			for (const word of piece.words) if (word.stem && !byStem.has(word.stem)) byStem.set(word.stem, word);
		}
		return [...byStem.values()];
	});
	const featureCache = new Map<string, number[]>();
	const featuresOf = (word: Word): number[] => {
		const key = `${word.stem ?? ''}\u0000${word.folded}`;
		let features = featureCache.get(key);
		if (!features) {
			features = [hash32(`w:${word.stem}`), ...(senses?.(word.folded) ?? []).map((sense) => hash32(`s:${sense}`))];
			featureCache.set(key, features);
		}
		return features;
	};
	const postings = new Map<number, number[]>();
	const frequency = new Map<string, number>();
	words.forEach((list, index) => {
		for (const feature of new Set(list.flatMap(featuresOf))) pushTo(postings, feature, index);
		for (const word of list) frequency.set(word.stem ?? '', (frequency.get(word.stem ?? '') ?? 0) + 1);
	});
	// Counters reused for every statement, reset lazily by owner: no allocation per query.
	const hits = new Int32Array(words.length);
	const owner = new Int32Array(words.length).fill(-1);
	const lastMark = new Float64Array(words.length);
	for (const [a, list] of words.entries()) {
		const rare = list
			.toSorted((x, y) => (frequency.get(x.stem ?? '') ?? 0) - (frequency.get(y.stem ?? '') ?? 0) || (x.key < y.key ? -1 : 1))
			.slice(0, RARE_STEMS);
		// Two of the rarest stems in common, or one for a statement that has fewer: a fragment has
		// all its words in its container and peers share most, while chance pairs rarely share two.
		const need = Math.min(2, rare.length);
		const found: number[] = [];
		for (const [at, word] of rare.entries()) {
			const mark = a * RARE_STEMS + at + 1;
			for (const feature of featuresOf(word)) {
				const posting = postings.get(feature) ?? [];
				if (posting.length > MAX_POSTING) continue;
				for (const b of posting) {
					if (b === a || lastMark[b] === mark) continue;
					lastMark[b] = mark;
					if (owner[b] !== a) {
						owner[b] = a;
						hits[b] = 0;
					}
					hits[b] = (hits[b] ?? 0) + 1;
					if (hits[b] === need) found.push(b);
				}
			}
		}
		// A pair can come up from both sides; comparing it twice costs less than remembering every pair.
		for (const b of found.toSorted((x, y) => x - y)) yield [distinct[a] ?? 0, distinct[b] ?? 0];
	}
}

/** Append to the list a map holds under a key, creating it on first use. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
