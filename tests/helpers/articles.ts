/** Test helpers: small hand-made Article records with quotes placed by hand. */
import type { Article, Quote } from '../../src/lib/schema.ts';

/**
 * An article whose paragraphs are the given texts; every `“…”` in them becomes a quote
 * (found with indexOf here, not with the extractor under test elsewhere).
 */
export function makeArticle(id: string, paragraphs: string[], speaker: string | null = null): Article {
	// As the pipeline does: the same words quoted again point to the first quote of them.
	const firstOf = new Map<string, string>();
	const quotes: Quote[] = paragraphs.flatMap((text, paragraph) =>
		[...text.matchAll(/“([^”]+)”/gu)].map((match, index) => ({
			id: `${id}-q${paragraph}-${index}`,
			articleId: id,
			paragraph,
			start: match.index + 1,
			end: match.index + 1 + (match[1]?.length ?? 0),
			text: match[1] ?? '',
			open: '“',
			close: '”',
			depth: 0,
			normalized: (match[1] ?? '').toLowerCase(),
			speaker: speaker ? { text: speaker, name: speaker } : null,
			repeatOf: null,
		})),
	);
	for (const quote of quotes) {
		const first = firstOf.get(quote.normalized);
		if (first === undefined) firstOf.set(quote.normalized, quote.id);
		else quote.repeatOf = first;
	}
	return {
		id,
		file: `${id}.txt`,
		headline: `Headline ${id}`,
		headlineDerived: false,
		outlet: null,
		byline: null,
		date: null,
		section: [],
		paragraphs: paragraphs.map((text, index) => ({ text, lines: [index + 1], sentences: sentencesOf(text) })),
		quotes,
		links: [],
		removed: [],
		wordCount: paragraphs.join(' ').split(' ').length,
	};
}

function sentencesOf(text: string): { start: number; end: number }[] {
	return [...text.matchAll(/[^.!?]+[.!?]+[”"]?/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
