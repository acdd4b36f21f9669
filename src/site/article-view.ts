/**
 * What an article page shows, computed once from the record so the route file only wires.
 */
import type { Article, Link, Passage, Quote, SharedQuote } from '../lib/schema.ts';
import { notePoints, placeNotes, type NotePoint, type QuoteNote } from './notes.ts';
import { toSegments, type Segment } from '../lib/segments.ts';
import { isHttpUrl, quoteHref } from './urls.ts';

/** A sentence that other articles carry too (a reused passage), and who else carries it. */
export interface PassageNote {
	id: string;
	/** Labels of the other articles that carry it. */
	others: string[];
}

/** A stretch of a paragraph: inside one reused passage, or outside any. */
export interface ParagraphRun {
	passage: PassageNote | null;
	segments: Segment[];
}

/** One paragraph ready to render: its anchor id, its text cut around quotes, and cut again around passages. */
export interface ParagraphView {
	anchor: string;
	segments: Segment[];
	runs: ParagraphRun[];
}

/** What an article page says next to a quote that other articles carry too. */
export interface SharedBadge extends QuoteNote {
	sharedId: string;
	/** How many other articles carry it. */
	others: number;
}

/**
 * The anchor id of a paragraph, stable for a given record.
 *
 * @example
 * paragraphAnchor(0) // 'p-0'
 */
export function paragraphAnchor(index: number): string {
	return `p-${index}`;
}

/**
 * Every paragraph with its own quotes marked and, when `passages` are given, cut into runs
 * around the sentences other articles carry too. A passage that a quote crosses stays
 * unmarked, so a quote is never split into two marks. `label` names another article. The
 * quotes in `noted` (those with a badge) are shared-coloured and get a note place after their
 * sentence (site/notes.ts).
 */
export function toParagraphViews(
	article: Pick<Article, 'id' | 'paragraphs' | 'quotes'>,
	passages: readonly Passage[] = [],
	label: (articleId: string) => string = (id) => id,
	noted: ReadonlySet<string> = new Set(),
): ParagraphView[] {
	const byParagraph = new Map<number, (Quote & { shared?: boolean })[]>();
	for (const quote of article.quotes) {
		const list = byParagraph.get(quote.paragraph) ?? [];
		list.push(noted.has(quote.id) ? { ...quote, shared: true } : quote);
		byParagraph.set(quote.paragraph, list);
	}
	return article.paragraphs.map((paragraph, index) => {
		const quotes = byParagraph.get(index) ?? [];
		const points = notePoints(paragraph.text, quotes, noted, paragraph.sentences);
		const spans = passages.flatMap((passage) =>
			passage.occurrences
				.filter((occurrence) => occurrence.articleId === article.id && occurrence.paragraph === index)
				.filter(({ start, end }) => !quotes.some((quote) => crosses(quote, start) || crosses(quote, end)))
				.map(({ start, end }) => ({
					start,
					end,
					note: { id: passage.id, others: passage.articles.filter((id) => id !== article.id).map(label) },
				})),
		);
		return {
			anchor: paragraphAnchor(index),
			segments: placeNotes(toSegments(paragraph.text, quotes), points),
			runs: toRuns(paragraph.text, quotes, spans, points),
		};
	});
}

/** True when `offset` falls strictly inside the quote. */
function crosses(quote: Pick<Quote, 'start' | 'end'>, offset: number): boolean {
	return quote.start < offset && offset < quote.end;
}

/** A note after a passage stands after its run, outside the passage's underline. */
function toRuns(
	text: string,
	quotes: readonly (Quote & { shared?: boolean })[],
	spans: readonly { start: number; end: number; note: PassageNote }[],
	points: readonly NotePoint[],
): ParagraphRun[] {
	const runs: ParagraphRun[] = [];
	let cursor = 0;
	const cut = (start: number, end: number, passage: PassageNote | null) => {
		if (end <= start) return;
		const inside = quotes.filter((quote) => quote.start >= start && quote.end <= end);
		const shifted = inside.map((quote) => ({ ...quote, start: quote.start - start, end: quote.end - start }));
		const here = points
			.filter((point) => (point.at >= start && point.at < end) || (point.at === end && end === text.length))
			.map((point) => ({ ...point, at: point.at - start }));
		runs.push({ passage, segments: placeNotes(toSegments(text.slice(start, end), shifted), here) });
	};
	for (const span of spans.toSorted((a, b) => a.start - b.start)) {
		if (span.start < cursor) continue; // overlaps a passage already placed
		cut(cursor, span.start, null);
		cut(span.start, span.end, span.note);
		cursor = span.end;
	}
	cut(cursor, text.length, null);
	return runs;
}

/**
 * For each quote of the article that belongs to a shared quote: its page and how many other
 * articles carry it. A repeat (the same words quoted again) gets the badge of its first quote.
 */
export function sharedBadges(
	article: Pick<Article, 'id' | 'quotes'>,
	sharedQuotes: readonly SharedQuote[],
	base: string,
): Record<string, SharedBadge> {
	const badges: Record<string, SharedBadge> = {};
	for (const shared of sharedQuotes) {
		for (const occurrence of shared.occurrences) {
			if (occurrence.articleId !== article.id || occurrence.quoteId === null) continue;
			const others = shared.articles.filter((id) => id !== article.id).length;
			badges[occurrence.quoteId] = {
				sharedId: shared.id,
				others,
				href: quoteHref(base, shared.id),
				text: `also in ${others} other ${others === 1 ? 'outlet' : 'outlets'}`,
				title: `${shared.articles.length} outlets quote this: see every wording`,
			};
		}
	}
	for (const quote of article.quotes) {
		const first = quote.repeatOf === null ? undefined : badges[quote.repeatOf];
		if (first && !badges[quote.id]) badges[quote.id] = first;
	}
	return badges;
}

/** The links a page may render: http(s) only, each URL once, in source order. */
export function safeLinks(links: readonly Link[]): Link[] {
	const seen = new Set<string>();
	return links.filter((link) => {
		if (!isHttpUrl(link.url) || seen.has(link.url)) return false;
		seen.add(link.url);
		return true;
	});
}

/**
 * How a quote's speaker reads in a tooltip or label.
 *
 * @example
 * speakerLabel({ text: 'the mayor', name: 'Anna Kowalski' }) // 'Anna Kowalski'
 * speakerLabel(null) // 'Speaker unknown'
 */
export function speakerLabel(speaker: Quote['speaker']): string {
	return speaker === null ? 'Speaker unknown' : speaker.name;
}
