/**
 * What an article page shows, computed once from the record so the route file only wires.
 */
import type { Article, Link, Quote } from '../schema.ts';
import { toSegments, type Segment } from './segments.ts';
import { isHttpUrl } from './urls.ts';

/** One paragraph ready to render: its anchor id and its text cut around quotes. */
export interface ParagraphView {
	anchor: string;
	segments: Segment[];
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

/** Every paragraph with its own quotes marked. */
export function toParagraphViews(article: Pick<Article, 'paragraphs' | 'quotes'>): ParagraphView[] {
	const byParagraph = new Map<number, Quote[]>();
	for (const quote of article.quotes) {
		byParagraph.set(quote.paragraph, [...(byParagraph.get(quote.paragraph) ?? []), quote]);
	}
	return article.paragraphs.map((paragraph, index) => ({
		anchor: paragraphAnchor(index),
		segments: toSegments(paragraph.text, byParagraph.get(index) ?? []),
	}));
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
 * speakerLabel({ text: 'the president', name: 'Vladimir Putin' }) // 'Vladimir Putin'
 * speakerLabel(null) // 'Speaker unknown'
 */
export function speakerLabel(speaker: Quote['speaker']): string {
	return speaker === null ? 'Speaker unknown' : speaker.name;
}
