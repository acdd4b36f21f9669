/**
 * The merged story split into pages, so its size stays bounded however many articles feed it:
 * whole paragraphs, at most STORY_PAGE_SENTENCES sentences a page (a longer paragraph has a
 * page to itself). Each page keys only the sources it cites and the marks it uses; a
 * sentence keeps its stable anchor, and the site model maps it to its page.
 */
import type { LegendKey } from './legend.ts';
import type { SourceView } from './sources.ts';
import type { StoryParagraphView, StoryView } from './story-view.ts';
import { storyPath, withBase } from './urls.ts';

/** Sentences per story page: the seeds' story fits on one; 1,000 articles stay under 50 KB a page. */
export const STORY_PAGE_SENTENCES = 120;

/** One page of the story. */
export interface StoryPage {
	/** 1 for /story/, n for /story/n/. */
	number: number;
	pages: number;
	paragraphs: StoryParagraphView[];
	/** The anchors of its sentences. */
	sentenceIds: string[];
	/** The sources its sentences cite, in reading order. */
	sources: SourceView[];
	legend: LegendKey[];
	previousHref: string | null;
	nextHref: string | null;
}

/** Split a story view into pages of whole paragraphs. */
export function paginateStory(view: StoryView, base: string, size = STORY_PAGE_SENTENCES): StoryPage[] {
	const groups: StoryParagraphView[][] = [[]];
	let count = 0;
	for (const paragraph of view.paragraphs) {
		if (count > 0 && count + paragraph.sentences.length > size) {
			groups.push([]);
			count = 0;
		}
		groups.at(-1)!.push(paragraph);
		count += paragraph.sentences.length;
	}
	const pages = groups.length;
	const codeOf = new Map(view.sources.map((source) => [source.code, source]));
	return groups.map((paragraphs, index) => {
		const number = index + 1;
		const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
		const cited = new Set(
			sentences.flatMap((sentence) =>
				[...sentence.markers, ...sentence.wordings.flatMap((wording) => wording.markers)].map((marker) => marker.code),
			),
		);
		return {
			number,
			pages,
			paragraphs,
			sentenceIds: sentences.map((sentence) => sentence.id),
			// One page keeps the key of every source, as the single story page always did.
			sources: pages === 1 ? view.sources : view.sources.filter((source) => cited.has(source.code) && codeOf.has(source.code)),
			legend: view.legend,
			previousHref: number > 1 ? withBase(base, storyPath(number - 1)) : null,
			nextHref: number < pages ? withBase(base, storyPath(number + 1)) : null,
		};
	});
}
