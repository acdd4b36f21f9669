import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../../src/lib/cluster.ts';
import { formatOf, readArticles } from '../../../src/lib/formats/index.ts';
import { JsonArticleSchema } from '../../../src/lib/formats/json.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const lines = readFileSync(new URL('../../fixtures/mixed-event/wire.jsonl', import.meta.url));

describe('JSON Lines and JSON articles', () => {
	test('each line is its own article, with an id from the file and the line', () => {
		const results = readArticles({ file: 'wire.jsonl', bytes: lines });
		expect(results.map((result) => (result.ok ? result.article.id : result.problem))).toEqual([
			'wire-1',
			'line 2: not valid JSON (Unexpected end of JSON input)',
			'wire-3',
		]);
	});

	test('carries title, outlet, byline, date, language and an http(s) url; drops a javascript: url', () => {
		const [first, , third] = readArticles({ file: 'wire.jsonl', bytes: lines });
		expect(first?.ok && first.article).toMatchObject({
			headline: 'Velgrad ferries stopped as dockers strike',
			outlet: { name: 'Example Wire', evidence: 'metadata' },
			byline: 'Lena Marsh',
			date: '2023-12-11',
			language: 'en',
			url: 'https://wire.example/stories/velgrad-ferries-strike?ref=feed&lang=en',
		});
		expect(third?.ok && third.article.url).toBeUndefined();
		expect(third?.ok && third.article.paragraphs.length).toBe(2);
	});

	test('a bad line is skipped with a problem naming the file and line; the rest are read', () => {
		const cluster = buildCluster([{ file: 'wire.jsonl', bytes: lines }]);
		expect(cluster.articles.map((article) => article.id)).toEqual(['wire-1', 'wire-3']);
		expect(cluster.skipped).toEqual([{ file: 'wire.jsonl', problem: 'line 2: not valid JSON (Unexpected end of JSON input)' }]);
	});

	test('a .json array is read record by record, a record without a body named by its position and line', () => {
		const json = JSON.stringify([{ title: 'One', text: 'The ferries stopped on Monday.' }, { title: 'Two' }], null, 2);
		const results = readArticles({ file: 'feed.json', bytes: encode(json) });
		expect(results.map((result) => (result.ok ? result.article.id : result.problem))).toEqual([
			'feed-1',
			'record 2 (line 6): not an article (record: needs "text" or "paragraphs")',
		]);
	});

	test('the schema needs a title and a body', () => {
		expect(JsonArticleSchema.safeParse({ title: 'T', paragraphs: ['p'] }).success).toBe(true);
		expect(JsonArticleSchema.safeParse({ text: 'body' }).success).toBe(false);
	});
});

describe('formatOf', () => {
	test.each([
		['a.txt', 'text'],
		['a.HTML', 'html'],
		['a.htm', 'html'],
		['a.jsonl', 'jsonl'],
		['a.json', 'json'],
		['a.md', undefined],
		['json', undefined],
	])('%s is %s', (file, format) => {
		expect(formatOf(file)).toBe(format);
	});
});
