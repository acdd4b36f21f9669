/**
 * One result per place in an article: a quotation and the paragraph that holds it, when both
 * match, are one result (the same sentence is not shown twice per outlet), with both links.
 */
import type { SearchDoc } from './docs.ts';
import type { RankedHit } from './rank.ts';

/** A result: the documents of one paragraph that matched, best first. */
export interface ResultGroup {
	/** The best hit's index (a stable id for the result). */
	index: number;
	/** The paragraph, when it matched. */
	paragraph: SearchDoc | null;
	/** The quotations of that paragraph that matched, best first. */
	quotes: SearchDoc[];
}

/**
 * Group ranked hits by article and paragraph, in the order of each group's best hit.
 *
 * @example
 * groupHits([{ index: 4, doc: quoteInParagraph2 }, { index: 2, doc: paragraph2 }])
 * // [{ index: 4, paragraph: paragraph2, quotes: [quoteInParagraph2] }]
 */
export function groupHits(hits: readonly (Pick<RankedHit, 'index'> & { doc: SearchDoc })[]): ResultGroup[] {
	const groups = new Map<string, ResultGroup>();
	for (const { index, doc } of hits) {
		const key = `${doc.articleId}\u0000${doc.paragraph}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { index, paragraph: null, quotes: [] }));
		if (doc.kind === 'quote') group.quotes.push(doc);
		else group.paragraph ??= doc;
	}
	return [...groups.values()];
}
