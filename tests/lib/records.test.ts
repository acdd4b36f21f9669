import { describe, expect, test } from 'vitest';
import { ClusterSchema } from '../../src/lib/schema.ts';
import { assembleCluster, parseClusterJson, sortArticles } from '../../src/lib/records.ts';
import { fixtureCluster } from '../site/fixtures.ts';

describe('parseClusterJson', () => {
	test('reads a valid cluster', () => {
		expect(parseClusterJson(JSON.stringify(fixtureCluster), 'r.json')).toEqual(fixtureCluster);
	});

	test.each([
		['not JSON', '{', /r\.json: not valid JSON/],
		['the wrong version', JSON.stringify({ ...fixtureCluster, version: 2 }), /r\.json: does not match ClusterSchema/],
		[
			'an article without an id',
			JSON.stringify({ ...fixtureCluster, articles: [{ ...fixtureCluster.articles[0], id: undefined }] }),
			/does not match ClusterSchema/,
		],
	])('rejects %s with one line naming the file', (_name, text, message) => {
		expect(() => parseClusterJson(text, 'r.json')).toThrow(message);
		try {
			parseClusterJson(text, 'r.json');
		} catch (error) {
			expect((error as Error).message).not.toContain('\n');
		}
	});
});

describe('assembleCluster', () => {
	test('round-trips: records -> collections -> JSON -> schema parse', () => {
		const { articles, ...rest } = fixtureCluster;
		const assembled = assembleCluster(rest, [...articles].reverse());
		expect(ClusterSchema.parse(JSON.parse(JSON.stringify(assembled)))).toEqual(fixtureCluster);
	});

	test('keeps every top-level field of the records, not only articles', () => {
		const { articles, ...rest } = fixtureCluster;
		expect(Object.keys(assembleCluster(rest, articles)).sort()).toEqual(Object.keys(ClusterSchema.shape).sort());
	});
});

describe('sortArticles', () => {
	test('orders by file name, not by input order', () => {
		expect(sortArticles([...fixtureCluster.articles].reverse()).map((a) => a.file)).toEqual(['alpha.txt', 'beta.txt']);
	});
});
