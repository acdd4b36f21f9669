/**
 * The reader's pages on the seed site (built once by global-setup.ts): home at a glance, shared
 * quotes and passages on article pages, the merged story, quote permalinks, links, sitemap, budget.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ClusterSchema, type Cluster } from '../../src/lib/schema.ts';
import { buildStory } from '../../src/lib/story.ts';
import { tokenize } from '../../src/lib/text/tokens.ts';
import { measureSite } from '../../scripts/budget.ts';
import { brokenLinks, distDir, listHtml, readBuilt, readPage, readingText } from './helpers.ts';

let records: Cluster;

beforeAll(() => {
	records = ClusterSchema.parse(JSON.parse(readFileSync(inject('recordsPath'), 'utf8')));
});

const quoteIds = () => records.articles.flatMap((article) => article.quotes.map((quote) => quote.id));

describe('every page type exists', () => {
	test('home, story, 404, every article, every quote, every shared quote and alias', () => {
		const pages = new Set(listHtml(distDir));
		const expected = [
			'index.html',
			'story/index.html',
			'404.html',
			...records.articles.map((article) => `articles/${article.id}/index.html`),
			...quoteIds().map((id) => `quotes/${id}/index.html`),
			...records.sharedQuotes.flatMap((shared) => [shared.id, ...shared.aliases].map((id) => `quotes/${id}/index.html`)),
		];
		for (const path of expected) expect(pages.has(path), path).toBe(true);
	});

	test('an alias page shows its shared quote and names the main id as canonical', () => {
		const shared = records.sharedQuotes.find((candidate) => candidate.aliases.length > 0)!;
		const alias = readPage(distDir, `quotes/${shared.aliases[0]}/index.html`);
		expect(alias.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/quotes/${shared.id}/$`));
		expect(alias.querySelector('h1')?.textContent).toBe(`“${shared.canonical}”`);
		expect(alias.querySelector('.notice a')?.getAttribute('href')).toBe(`/quotes/${shared.id}/`);
	});
});

describe('home page: the story at a glance', () => {
	test('states the event: Monday 11 December 2017, with how the date was found', () => {
		const event = readPage(distDir, 'index.html').querySelector('.event');
		expect(event?.querySelector('time')?.textContent).toBe('Monday 11 December 2017');
		expect(event?.querySelector('time')?.getAttribute('datetime')).toBe('2017-12-11');
		expect(event?.querySelector('.evidence')?.textContent).toContain('say Monday');
		expect(event?.textContent).toContain('Syria');
	});

	test('the coverage matrix has a row per shared quote and passage, and says carried in words', () => {
		const table = readPage(distDir, 'index.html').querySelector('table.coverage')!;
		const rows = [...table.querySelectorAll('tbody tr')];
		expect(rows).toHaveLength(records.sharedQuotes.length + records.passages.length);
		expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(records.articles.length + 1);
		const order = [...readPage(distDir, 'index.html').querySelectorAll('table.sources tbody tr')].map((row) =>
			row.getAttribute('data-article-id'),
		);
		const carriers = [...records.sharedQuotes.map((shared) => shared.articles), ...records.passages.map((passage) => passage.articles)];
		rows.forEach((row, index) => {
			expect(row.querySelector('th[scope="row"]')).not.toBeNull();
			const cells = [...row.querySelectorAll('td')].map((cell) => cell.querySelector('.visually-hidden')?.textContent);
			expect(cells).toEqual(order.map((id) => (carriers[index]!.includes(id!) ? 'carried' : 'not carried')));
		});
	});

	test('lists the most-shared quotes with speakers, sentences only one outlet has, and name variants', () => {
		const home = readPage(distDir, 'index.html');
		const top = [...home.querySelectorAll('.top-quotes li')];
		expect(top.length).toBe(Math.min(5, records.sharedQuotes.length));
		expect(top[0]?.querySelector('a')?.getAttribute('href')).toBe(`/quotes/${records.sharedQuotes[0]!.id}/`);
		expect(top[0]?.textContent).toContain(records.sharedQuotes[0]!.speaker!);
		const singles = buildStory(records)
			.flatMap((paragraph) => paragraph.sentences)
			.filter((sentence) => sentence.sources.length === 1).length;
		const listed = [...home.querySelectorAll('.only-here li')].map((item) => Number(/(\d+) sentences?/.exec(item.textContent ?? '')?.[1]));
		expect(listed.reduce((sum, count) => sum + count, 0)).toBe(singles);
		expect(home.querySelector('.names')?.textContent).toContain('Hmeimim is also spelled Khmeimim, Hmeymim, Hemeimeem.');
	});
});

describe('article pages: shared quotes and passages', () => {
	test('every quote of a shared quote is highlighted as shared, with a badge to its page after its closing mark and its sentence', () => {
		let checked = 0;
		for (const article of records.articles) {
			const page = readPage(distDir, `articles/${article.id}/index.html`);
			const expected = records.sharedQuotes.flatMap((shared) =>
				shared.occurrences.filter((o) => o.articleId === article.id && o.quoteId).map((o) => ({ id: o.quoteId!, shared })),
			);
			expect([...page.querySelectorAll('.article-body mark.shared')].map((mark) => mark.id).toSorted(), article.id).toEqual(
				expected.map((entry) => entry.id).toSorted(),
			);
			for (const { id, shared } of expected) {
				const quote = article.quotes.find((entry) => entry.id === id)!;
				const paragraph = article.paragraphs[quote.paragraph]!;
				const element = page.getElementById(`p-${quote.paragraph}`)!;
				const badge = [...element.querySelectorAll(`a.badge[href="/quotes/${shared.id}/"]`)][0];
				const others = shared.articles.length - 1;
				expect(badge?.textContent).toBe(`also in ${others} other ${others === 1 ? 'outlet' : 'outlets'}`);
				// The paragraph's reading text up to the badge: it ends where a sentence ends, past the closing mark.
				const prefix = page.createElement('div');
				prefix.innerHTML = element.innerHTML.slice(0, element.innerHTML.indexOf(badge!.outerHTML));
				const before = readingText(prefix);
				expect(before.length, id).toBeGreaterThanOrEqual(quote.end + quote.close.length);
				expect(paragraph.text.startsWith(before), id).toBe(true);
				expect(
					paragraph.sentences.some((sentence) => sentence.end === before.length),
					`${id}: ${before.slice(-40)}`,
				).toBe(true);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	test('reused passages are marked quietly with the other outlets named', () => {
		let marked = 0;
		for (const article of records.articles) {
			const page = readPage(distDir, `articles/${article.id}/index.html`);
			for (const span of page.querySelectorAll('.passage')) {
				const passage = records.passages.find((candidate) => candidate.id === span.getAttribute('data-passage'));
				expect(passage?.articles).toContain(article.id);
				const occurrence = passage!.occurrences.find((o) => o.articleId === article.id)!;
				expect(readingText(span)).toBe(occurrence.text);
				expect(span.nextElementSibling?.textContent).toMatch(/^ \(also in /);
				marked++;
			}
		}
		expect(marked).toBeGreaterThan(0);
	});
});

describe('the merged story', () => {
	test('every sentence appears once, with source markers linking to paragraph anchors', () => {
		const page = readPage(distDir, 'story/index.html');
		const sentences = buildStory(records).flatMap((paragraph) => paragraph.sentences);
		const spans = [...page.querySelectorAll('.story-body .sentence')];
		expect(spans.map((span) => span.id)).toEqual(sentences.map((sentence) => sentence.id));
		spans.forEach((span, index) => {
			expect(readingText(span)).toBe(sentences[index]!.segments.map((segment) => segment.text).join(''));
			const links = [...(span.nextElementSibling?.querySelectorAll('a:not(.wordings-link)') ?? [])].map((a) => a.getAttribute('href'));
			expect(links.toSorted()).toEqual(sentences[index]!.sources.map((s) => `/articles/${s.articleId}/#p-${s.paragraph}`).toSorted());
		});
	});

	test('shows every other wording of a sentence with its sources, the differing words marked', () => {
		const page = readPage(distDir, 'story/index.html');
		const sentences = buildStory(records).flatMap((paragraph) => paragraph.sentences);
		const withWordings = sentences.filter((sentence) => sentence.wordings.length > 0);
		expect(withWordings.length).toBeGreaterThan(0);
		for (const sentence of withWordings) {
			const details = page.querySelector(`details.wordings[data-sentence="${sentence.id}"]`);
			expect(details, sentence.id).not.toBeNull();
			const link = page.getElementById(sentence.id)?.nextElementSibling?.querySelector('a.wordings-link');
			expect(link?.getAttribute('href')).toBe(`#${details!.id}`);
			const items = [...details!.querySelectorAll('li')];
			expect(items).toHaveLength(sentence.wordings.length);
			items.forEach((item, index) => {
				const wording = sentence.wordings[index]!;
				expect(item.querySelector('.variant-text')?.textContent).toBe(wording.text);
				const marked = [...item.querySelectorAll('mark.diff')].flatMap((mark) =>
					tokenize(mark.textContent ?? '').map((token) => token.text),
				);
				expect(marked).toEqual(wording.words.filter((word) => !word.same).map((word) => word.text));
				const links = [...item.querySelectorAll('sup.sources a')].map((a) => a.getAttribute('href'));
				expect(links.toSorted()).toEqual(wording.sources.map((s) => `/articles/${s.articleId}/#p-${s.paragraph}`).toSorted());
			});
		}
	});

	test('opens with the lead the outlets share', () => {
		const page = readPage(distDir, 'story/index.html');
		const first = page.querySelector('.story-body .sentence');
		expect(readingText(first!)).toMatch(/^President Vladimir Putin ordered Russian troops to withdraw from Syria/);
		expect(first?.nextElementSibling?.querySelectorAll('a:not(.wordings-link)').length).toBeGreaterThanOrEqual(3);
	});
});

describe('quote pages', () => {
	test('a shared quote page: speaker, every carrier with its spot and a text fragment, meta, copy link', () => {
		const shared = records.sharedQuotes[0]!;
		const page = readPage(distDir, `quotes/${shared.id}/index.html`);
		expect(page.querySelector('.said-by')?.textContent).toBe(`— ${shared.speaker}`);
		const carriers = [...page.querySelectorAll('.carriers > li')];
		expect(carriers).toHaveLength(shared.occurrences.length);
		shared.occurrences.forEach((occurrence, index) => {
			const article = records.articles.find((candidate) => candidate.id === occurrence.articleId)!;
			const quote = article.quotes.find((candidate) => candidate.id === occurrence.quoteId)!;
			expect(carriers[index]!.querySelector('.attributed')?.textContent).toBe(
				`Attributed in this article to ${quote.speaker?.name ?? 'Speaker unknown'}.`,
			);
			const links = [...carriers[index]!.querySelectorAll('p.speaker a')].map((a) => a.getAttribute('href'));
			expect(links[0]).toBe(`/articles/${occurrence.articleId}/#${occurrence.quoteId}`);
			expect(links[1]).toMatch(new RegExp(`^/articles/${occurrence.articleId}/#:~:text=`));
			expect(carriers[index]!.querySelector('mark')?.textContent).toBe(occurrence.text);
		});
		const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
		expect(meta('meta[property="og:description"]')).toBe(`“${shared.canonical}”`);
		expect(meta('meta[property="og:url"]')).toMatch(new RegExp(`/quotes/${shared.id}/$`));
		expect(meta('meta[property="og:title"]')).toContain(shared.speaker!);
		expect(meta('meta[name="twitter:card"]')).toBe('summary');
		const copy = page.querySelector('copy-link');
		// The permalink is site-relative, so it works on any host and port; og:url is the same page, absolute.
		expect(copy?.querySelector('a')?.getAttribute('href')).toBe(`/quotes/${shared.id}/`);
		expect(new URL(meta('meta[property="og:url"]') ?? '').pathname).toBe(`/quotes/${shared.id}/`);
		expect(copy?.querySelector('button')?.hasAttribute('hidden')).toBe(true);
	});

	test('every quote page embeds one schema.org Quotation of its words as JSON-LD', () => {
		const quotePaths = listHtml(distDir).filter((path) => path.startsWith('quotes/'));
		expect(quotePaths.length).toBeGreaterThan(0);
		for (const path of quotePaths) {
			const page = readPage(distDir, path);
			const blocks = [...page.querySelectorAll('script[type="application/ld+json"]')];
			expect(blocks, path).toHaveLength(1);
			const ld = JSON.parse(blocks[0]!.textContent ?? '') as { '@type': string; text: string; isBasedOn: { url: string }[] };
			expect(ld['@type']).toBe('Quotation');
			expect(`“${ld.text}”`).toBe(page.querySelector('h1.the-quote')?.textContent);
			expect(ld.isBasedOn.length).toBeGreaterThan(0);
		}
	});

	test('no two pages give one occurrence different speakers', () => {
		for (const shared of records.sharedQuotes) {
			const carriers = [...readPage(distDir, `quotes/${shared.id}/index.html`).querySelectorAll('.carriers > li')];
			shared.occurrences.forEach((occurrence, index) => {
				const mark = readPage(distDir, `articles/${occurrence.articleId}/index.html`).getElementById(occurrence.quoteId!);
				const onArticle = mark?.getAttribute('title')?.replace(/^Quoted: /, '');
				const single = readPage(distDir, `quotes/${occurrence.quoteId}/index.html`).querySelector('.said-by')?.textContent;
				expect(carriers[index]!.querySelector('.attributed')?.textContent).toBe(`Attributed in this article to ${onArticle}.`);
				expect(single).toBe(`— ${onArticle}`);
			});
		}
	});

	test('a single-article quote page says one outlet carries it and links to its shared quote', () => {
		for (const article of records.articles) {
			for (const quote of article.quotes) {
				const page = readPage(distDir, `quotes/${quote.id}/index.html`);
				expect(page.querySelector('.kicker')?.textContent).toBe('Quote · carried by one outlet');
				expect(page.querySelectorAll('.carriers > li')).toHaveLength(1);
				const shared = records.sharedQuotes.find((candidate) => candidate.occurrences.some((o) => o.quoteId === quote.id));
				expect(page.querySelector('.notice a')?.getAttribute('href') ?? null).toBe(shared ? `/quotes/${shared.id}/` : null);
			}
		}
	});
});

describe('links, sitemap, budget', () => {
	test('every internal link and anchor on every page resolves to a file and an id', () => {
		expect(brokenLinks(distDir)).toEqual([]);
	});

	test('the sitemap lists every canonical page once, as absolute URLs that exist', () => {
		const xml = readBuilt(distDir, 'sitemap.xml');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
		expect(new Set(locs).size).toBe(locs.length);
		const pages = new Set(listHtml(distDir));
		for (const loc of locs) expect(pages.has(`${loc.slice(1)}index.html`), loc).toBe(true);
		expect(locs).toEqual(expect.arrayContaining(['/', '/story/', ...records.sharedQuotes.map((shared) => `/quotes/${shared.id}/`)]));
		for (const alias of records.sharedQuotes.flatMap((shared) => shared.aliases)) expect(locs).not.toContain(`/quotes/${alias}/`);
	});

	test('every page type stays within 50 KB (HTML + CSS + JS, gzip)', () => {
		const rows = measureSite(distDir, '/');
		expect(rows.map((row) => row.type)).toEqual(expect.arrayContaining(['home', 'article', 'story', 'quote', '404']));
		for (const row of rows) expect(row.total, `${row.type} ${row.path}`).toBeLessThanOrEqual(50 * 1024);
	});
});

describe('marks mean one thing on every page, and each page says what', () => {
	const keysOf = (page: Document) => [...page.querySelectorAll('[data-legend] [data-key]')].map((item) => item.getAttribute('data-key'));

	test('an article page lists exactly the marks its text uses', () => {
		for (const article of records.articles.filter((entry) => entry.quotes.length > 0)) {
			const page = readPage(distDir, `articles/${article.id}/index.html`);
			const body = page.querySelector('.article-body')!;
			const expected = [
				body.querySelector('mark.quote:not(.shared)') && 'single',
				body.querySelector('mark.quote.shared') && 'shared',
				body.querySelector('mark.quote mark.quote') && 'nested',
				body.querySelector('.passage') && 'passage',
			].filter(Boolean);
			expect(keysOf(page), article.id).toEqual(expected);
		}
	});

	test('a quote page colours the quote as shared exactly when other outlets carry it, and says so in its legend', () => {
		const sharedIds = new Set(records.sharedQuotes.flatMap((shared) => shared.occurrences.map((occurrence) => occurrence.quoteId)));
		let pages = 0;
		for (const path of listHtml(distDir).filter((file) => file.startsWith('quotes/'))) {
			const page = readPage(distDir, path);
			const id = page.querySelector('[data-quote-id]')!.getAttribute('data-quote-id')!;
			const shared = records.sharedQuotes.some((entry) => entry.id === id) || sharedIds.has(id);
			const marks = [...page.querySelectorAll('.context mark.quote')];
			expect(marks.length, path).toBeGreaterThan(0);
			for (const mark of marks) expect(mark.classList.contains('shared'), path).toBe(shared);
			expect(keysOf(page)[0], path).toBe(shared ? 'shared' : 'single');
			pages++;
		}
		expect(pages).toBeGreaterThan(0);
	});

	test('no <kbd> runs into the word after it (compressHTML keeps the space)', () => {
		const html = readBuilt(distDir, 'search/index.html');
		expect(html).toContain('<kbd>Enter</kbd> to open');
		expect(html.match(/<\/kbd>\p{L}/gu)).toBeNull();
	});

	test('each wide table carries a hint that it scrolls sideways', () => {
		const page = readPage(distDir, 'index.html');
		const boxes = [...page.querySelectorAll('.table-scroll')];
		expect(boxes.length).toBeGreaterThanOrEqual(2);
		for (const box of boxes) expect(box.querySelector('[data-scroll-hint]')?.textContent).toMatch(/scroll sideways/i);
	});
});
