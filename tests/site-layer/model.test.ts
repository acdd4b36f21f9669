import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { buildSiteModel, paginate } from '../../src/site/model.ts';
import { buildOverview } from '../../src/site/overview.ts';
import { paginateStory } from '../../src/site/story-pages.ts';
import { coverageList } from '../../src/site/coverage-list.ts';
import { toStoryView } from '../../src/site/story-view.ts';
import { seedFiles } from '../helpers/seeds.ts';

const cluster = buildCluster(seedFiles());

describe('paginate', () => {
	test.each([
		[0, 3, [0]],
		[3, 3, [3]],
		[7, 3, [3, 3, 1]],
	])('%i items in pages of %i give pages of %j', (count, size, sizes) => {
		const pages = paginate(
			Array.from({ length: count }, (_unused, index) => index),
			size,
		);
		expect(pages.map((page) => page.items.length)).toEqual(sizes);
		expect(pages.map((page) => page.number)).toEqual(sizes.map((_size, index) => index + 1));
		expect(pages.every((page) => page.pages === sizes.length)).toBe(true);
	});
});

describe('paginateStory', () => {
	const view = toStoryView(cluster, '/');
	const sentences = view.paragraphs.flatMap((paragraph) => paragraph.sentences);

	test('keeps every sentence once, in order, in whole paragraphs', () => {
		const pages = paginateStory(view, '/', 10);
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flatMap((page) => page.sentenceIds)).toEqual(sentences.map((sentence) => sentence.id));
		expect(pages.flatMap((page) => page.paragraphs)).toEqual(view.paragraphs);
		for (const page of pages) {
			const count = page.sentenceIds.length;
			expect(count <= 10 || page.paragraphs.length === 1).toBe(true);
		}
	});

	test('links each page to its neighbours and keys only the sources it cites', () => {
		const pages = paginateStory(view, '/chorus/', 10);
		expect(pages[0]!.previousHref).toBeNull();
		expect(pages[0]!.nextHref).toBe('/chorus/story/2/');
		expect(pages[1]!.previousHref).toBe('/chorus/story/');
		expect(pages.at(-1)!.nextHref).toBeNull();
		for (const page of pages) {
			const cited = new Set(page.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.markers.map((marker) => marker.code))));
			for (const code of cited) expect(page.sources.map((source) => source.code)).toContain(code);
		}
	});

	test('the seeds’ story fits on one page that keys every source', () => {
		const pages = paginateStory(view, '/');
		expect(pages).toHaveLength(1);
		expect(pages[0]!.sources).toEqual(view.sources);
	});
});

describe('buildSiteModel', () => {
	test('computes each part once and reuses it', () => {
		const model = buildSiteModel(cluster, '/');
		expect(model.overview).toBe(model.overview);
		expect(model.quotePages).toBe(model.quotePages);
		expect(model.articlePages).toBe(model.articlePages);
	});

	test('gives the same overview as building it alone', () => {
		const model = buildSiteModel(cluster, '/');
		expect(model.overview).toEqual(buildOverview(cluster, '/'));
	});

	test('a sentence permalink names the story page that holds it', () => {
		const model = buildSiteModel(cluster, '/');
		for (const page of model.storyPages) {
			for (const id of page.sentenceIds) {
				expect(model.storySentenceHref(id)).toBe(`/${page.number === 1 ? 'story/' : `story/${page.number}/`}#${encodeURIComponent(id)}`);
			}
		}
	});

	test('the sitemap lists every article, story page and main quote page, aliases left out', () => {
		const model = buildSiteModel(cluster, '/');
		const paths = model.sitePaths(['search/']);
		expect(paths.slice(0, 3)).toEqual(['', 'story/', 'search/']);
		for (const article of cluster.articles) expect(paths).toContain(`articles/${article.id}/`);
		const main = model.quotePages.filter((page) => page.id === page.canonicalId);
		expect(paths.filter((path) => path.startsWith('quotes/'))).toHaveLength(main.length);
		expect(new Set(paths).size).toBe(paths.length);
	});

	test('builds no full source or coverage list when the home page shows everything', () => {
		const model = buildSiteModel(cluster, '/');
		expect(model.sourcePages).toEqual([]);
		expect(model.coveragePages).toEqual([]);
	});
});

describe('coverageList', () => {
	test('lists every shared quote, then every passage, each with the codes of all its carriers in reading order', () => {
		const model = buildSiteModel(cluster, '/');
		const list = coverageList(cluster, '/', model.sourcesById, model.storySentenceHref);
		expect(list.map((entry) => entry.kind)).toEqual([...cluster.sharedQuotes.map(() => 'quote'), ...cluster.passages.map(() => 'passage')]);
		const order = model.sources.map((source) => source.code);
		list.forEach((entry, index) => {
			const record =
				index < cluster.sharedQuotes.length ? cluster.sharedQuotes[index]! : cluster.passages[index - cluster.sharedQuotes.length]!;
			expect(entry.codes).toHaveLength(record.articles.length);
			expect(entry.codes).toEqual(order.filter((code) => entry.codes.includes(code)));
		});
		const passage = list.find((entry) => entry.kind === 'passage');
		if (passage) expect(passage.href).toMatch(/^\/story\/#/u);
	});
});
