/**
 * `/data/quotes.csv`: one row per occurrence of a shared quote, for spreadsheet programs.
 * RFC 4180 (comma-separated, CRLF line ends, every field quoted, quotes doubled), a UTF-8 byte
 * order mark so the programs read the text as UTF-8, and cells that a spreadsheet would run as
 * a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) neutralised by a
 * leading apostrophe, as OWASP advises for CSV injection.
 */
import type { Cluster } from '../lib/schema.ts';
import { outletName } from './sources.ts';
import { anchorHref, articleHref, isHttpUrl, textFragmentHref } from './urls.ts';

/** The columns, in order. */
export const QUOTE_CSV_COLUMNS = ['quote_id', 'speaker', 'outlet', 'article', 'date', 'text', 'link'] as const;

/**
 * One cell, quoted, with a formula trigger defused.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
	return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The whole CSV file: BOM, header, one row per occurrence. The link goes to the outlet's own
 * page (with a text fragment) when its http(s) address is known, else to Chorus' copy.
 */
export function quotesCsv(cluster: Pick<Cluster, 'articles' | 'sharedQuotes'>, base: string): string {
	const articles = new Map(cluster.articles.map((article) => [article.id, article]));
	const rows = cluster.sharedQuotes.flatMap((shared) =>
		shared.occurrences.map((occurrence) => {
			const article = articles.get(occurrence.articleId);
			const original = article?.url && isHttpUrl(article.url) ? textFragmentHref(article.url.replace(/#.*$/su, ''), occurrence.text) : null;
			const copy = anchorHref(articleHref(base, occurrence.articleId), occurrence.quoteId ?? `p-${occurrence.paragraph}`);
			return [
				shared.id,
				shared.speaker ?? '',
				article ? outletName(article) : '',
				article?.headline ?? occurrence.articleId,
				article?.date ?? '',
				occurrence.text,
				original ?? copy,
			];
		}),
	);
	return `\uFEFF${[QUOTE_CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
