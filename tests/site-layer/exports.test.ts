import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { csvCell, quotesCsv } from '../../src/site/quotes-csv.ts';
import { quotePages } from '../../src/site/quote-pages.ts';
import { scriptJson, toQuotationLd, type QuotationLd } from '../../src/site/quotation-ld.ts';

const folder = new URL('../fixtures/mixed-event/', import.meta.url);
const cluster = buildCluster(readdirSync(folder).map((file) => ({ file, bytes: readFileSync(new URL(file, folder)) })));

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	for (const line of text.replace(/\r\n$/u, '').split('\r\n'))
		rows.push([...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/gu)].map((match) => (match[1] ?? '').replaceAll('""', '"')));
	return rows;
}

describe('quote occurrences carry a W3C TextQuoteSelector', () => {
	test('exact is the occurrence text, and prefix + exact + suffix is found in the paragraph', () => {
		for (const shared of cluster.sharedQuotes) {
			for (const occurrence of shared.occurrences) {
				const paragraph =
					cluster.articles.find((article) => article.id === occurrence.articleId)?.paragraphs[occurrence.paragraph]?.text ?? '';
				expect(occurrence.selector?.exact).toBe(occurrence.text);
				expect(paragraph).toContain(`${occurrence.selector?.prefix}${occurrence.selector?.exact}${occurrence.selector?.suffix}`);
				expect(occurrence.selector?.prefix.length).toBeLessThanOrEqual(32);
			}
		}
	});
});

describe('links back to the outlet', () => {
	const page = quotePages(cluster, '/').find((candidate) => candidate.kind === 'shared' && candidate.text.startsWith('We will not let'));

	test('an article with a known http(s) address links its wording there with a text fragment, beside Chorus’ copy', () => {
		const courier = page?.carriers.find((carrier) => carrier.source.id === 'bay-courier');
		expect(courier?.originalHref).toBe(
			'https://www.baycourier.example/news/2023/12/11/port-strike-ferry-safety#:~:text=We%20will%20not%20let%20a,the%20safety%20inspections%20are%20done%2C',
		);
		expect(courier?.spotHref).toMatch(/^\/articles\/bay-courier\/#/u);
	});

	test('an article without a known address (or with a javascript: one) gets no outlet link', () => {
		const daily = page?.carriers.find((carrier) => carrier.source.id === 'harbour-daily');
		expect(daily?.originalHref).toBeNull();
		for (const candidate of quotePages(cluster, '/')) {
			for (const carrier of candidate.carriers) if (carrier.originalHref !== null) expect(carrier.originalHref).toMatch(/^https:\/\//u);
		}
	});
});

describe('quotesCsv', () => {
	const csv = quotesCsv(cluster, '/');

	test('starts with a UTF-8 BOM, has one row per occurrence, and reads back as a table', () => {
		expect(csv.startsWith('\uFEFF"quote_id","speaker","outlet","article","date","text","link"\r\n')).toBe(true);
		const rows = readCsv(csv.slice(1));
		expect(rows.length - 1).toBe(cluster.sharedQuotes.reduce((sum, shared) => sum + shared.occurrences.length, 0));
		expect(rows.every((row) => row.length === 7)).toBe(true);
		expect(rows).toContainEqual([
			expect.stringMatching(/^we-will-not-let/u),
			'Ilse Brennick',
			'Example Wire',
			'Velgrad ferries stopped as dockers strike',
			'2023-12-11',
			'We will not let a single ship leave the harbour until the safety inspections are done,',
			expect.stringMatching(/^https:\/\/wire\.example\/stories\/velgrad-ferries-strike\?ref=feed&lang=en#:~:text=/u),
		]);
	});

	test.each([
		['=1+1', `"'=1+1"`],
		['+CMD', `"'+CMD"`],
		['-2', `"'-2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tx', `"'\tx"`],
		['\rx', `"'\rx"`],
		['say "hi", then go', '"say ""hi"", then go"'],
	])('csvCell(%j) is %s', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});

describe('schema.org Quotation on quote pages', () => {
	const pages = quotePages(cluster, '/');

	test('every quote page is a Quotation of its words, based on each article that carries it', () => {
		for (const page of pages) {
			const ld = JSON.parse(scriptJson(toQuotationLd(page))) as QuotationLd;
			expect(ld['@type']).toBe('Quotation');
			expect(ld.text).toBe(page.text);
			expect(ld.isBasedOn.map((article) => article.headline)).toEqual([
				...new Set(page.carriers.map((carrier) => carrier.source.headline)),
			]);
			for (const [index, article] of ld.isBasedOn.entries()) {
				const carrier = page.carriers[index]!;
				expect(article.url).toBe(carrier.articleUrl ?? carrier.source.href);
				if (carrier.source.date) expect(article.datePublished).toBe(carrier.source.date);
			}
		}
		expect(
			pages.some((page) =>
				JSON.parse(scriptJson(toQuotationLd(page))).isBasedOn.some((article: { url: string }) => /^https?:/.test(article.url)),
			),
		).toBe(true);
	});

	test('names a person as the speaker only when the outlets agree on a name', () => {
		const base = { text: 'We open at dawn', carriers: [], attributions: null };
		expect(toQuotationLd({ ...base, speaker: 'Anna Kowalski' }).spokenByCharacter).toEqual({ '@type': 'Person', name: 'Anna Kowalski' });
		expect(toQuotationLd({ ...base, speaker: 'the port authority' }).spokenByCharacter).toBeUndefined();
		expect(toQuotationLd({ ...base, speaker: 'Speaker unknown' }).spokenByCharacter).toBeUndefined();
		const disputed = [
			{ speaker: 'Anna Kowalski', codes: ['A'] },
			{ speaker: 'Marek Velinsky', codes: ['B'] },
		];
		expect(toQuotationLd({ ...base, speaker: 'Anna Kowalski', attributions: disputed }).spokenByCharacter).toBeUndefined();
	});

	test('text cannot close the script element it is written into', () => {
		const json = scriptJson({ text: '</script><script>alert(1)</script><!-- & \u2028' });
		expect(json).not.toMatch(/[<>&\u2028]/u);
		expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script><!-- & \u2028' });
	});
});
