import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { createParsePool } from '../../../scripts/parse-pool.ts';

const folder = new URL('../../fixtures/mixed-event/', import.meta.url);

describe('the parse pool reads every input format in its workers', () => {
	const pool = createParsePool({ size: 1 });
	afterAll(() => pool.close());

	test('a .txt, a saved .html page and a .jsonl file each come back as their articles and problems', async () => {
		const files = readdirSync(folder).toSorted();
		const parsed = await Promise.all(files.map((file) => pool.parse({ file, bytes: readFileSync(new URL(file, folder)) })));
		const outcome = parsed.map(({ results }) => results.map((result) => (result.ok ? result.article.id : result.problem)));
		expect(Object.fromEntries(files.map((file, index) => [file, outcome[index]]))).toEqual({
			'bay-courier.html': ['bay-courier'],
			'harbour-daily.txt': ['harbour-daily'],
			'wire.jsonl': ['wire-1', 'line 2: not valid JSON (Unexpected end of JSON input)', 'wire-3'],
		});
		for (const { ms } of parsed) expect(ms).toBeLessThan(5_000);
	});
});
