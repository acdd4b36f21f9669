/**
 * The full coverage list: every shared quote and passage with the sources that carry it, as
 * the paged /coverage/ lists show it. The home page's matrix shows only the first rows and
 * sources; this list names every carrier by its source code.
 */
import type { Cluster } from '../lib/schema.ts';
import { byCodePoint } from '../lib/text/order.ts';
import type { SourceView } from './sources.ts';
import { quoteHref } from './urls.ts';

/** One row of the coverage list. */
export interface CoverageEntry {
	kind: 'quote' | 'passage';
	label: string;
	href: string;
	/** The codes of the sources that carry it, in reading order. */
	codes: string[];
}

/** Every shared quote (most widely carried first), then every passage. */
export function coverageList(
	cluster: Pick<Cluster, 'sharedQuotes' | 'passages'>,
	base: string,
	sources: ReadonlyMap<string, SourceView>,
	storyHrefOf: (sentenceId: string) => string,
): CoverageEntry[] {
	const codesOf = (ids: readonly string[]) =>
		ids
			.flatMap((id) => sources.get(id) ?? [])
			.toSorted((a, b) => a.code.length - b.code.length || byCodePoint(a.code, b.code))
			.map((source) => source.code);
	return [
		...cluster.sharedQuotes.map((shared) => ({
			kind: 'quote' as const,
			label: shared.canonical,
			href: quoteHref(base, shared.id),
			codes: codesOf(shared.articles),
		})),
		...cluster.passages.map((passage) => ({
			kind: 'passage' as const,
			label: passage.text,
			href: storyHrefOf(passage.id),
			codes: codesOf(passage.articles),
		})),
	];
}
