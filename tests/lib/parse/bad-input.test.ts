import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../../src/lib/cluster.ts';
import { ClusterSchema } from '../../../src/lib/schema.ts';

const text = (value: string) => new TextEncoder().encode(value);
const article = 'A Headline About Something\n\nThe minister said the plan “will work” and left.\n';

function utf16le(value: string): Uint8Array {
	const bytes = new Uint8Array(2 + value.length * 2);
	bytes.set([0xff, 0xfe]);
	for (let index = 0; index < value.length; index++) {
		bytes[2 + index * 2] = value.charCodeAt(index) & 0xff;
		bytes[3 + index * 2] = value.charCodeAt(index) >> 8;
	}
	return bytes;
}

/** Run the records script as a user would; node_modules/.bin/node is the project's Node 22. */
function runRecords(args: string[]) {
	const result = spawnSync('node_modules/.bin/node', ['scripts/build-records.ts', ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('buildCluster with bad input', () => {
	test.each([
		['empty.txt', new Uint8Array(), 'file is empty'],
		['blank.txt', text(' \n\t\n\u00a0\n'), 'file holds only whitespace'],
		['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), 'binary data, not text (NUL byte at offset 4)'],
		['latin1.txt', new Uint8Array([...text('Caf'), 0xe9, ...text(' au lait')]), 'not valid UTF-8 text (first bad byte at offset 3)'],
		['huge.txt', text(`${'word '.repeat(1_000_000)}\n`), 'file is 5.0 MB; articles over 1 MB are not read'],
		['notes.md', text(article), 'not an article file; Chorus reads .txt, .html/.htm, .jsonl and .json'],
		['furniture.txt', text('Leave a Reply\n\nBack to top\n'), 'no article text: every line looks like page furniture'],
	])('%s is skipped with a one-line problem', (file, bytes, problem) => {
		const cluster = buildCluster([
			{ file: 'good.txt', bytes: text(article) },
			{ file, bytes },
		]);
		expect(cluster.articles.map((entry) => entry.file)).toEqual(['good.txt']);
		expect(cluster.skipped).toEqual([{ file, problem }]);
	});

	test('reads UTF-16 with a BOM and CRLF line ends to the same record as plain UTF-8', () => {
		const [plain, wide, crlf] = buildCluster([
			{ file: 'a.txt', bytes: text(article) },
			{ file: 'b.txt', bytes: utf16le(article) },
			{ file: 'c.txt', bytes: text(article.replaceAll('\n', '\r\n')) },
		]).articles;
		const { id: _a, file: _fa, quotes: quotesA, ...rest } = plain!;
		for (const other of [wide!, crlf!]) {
			const { id: _b, file: _fb, quotes, ...others } = other;
			expect(others).toEqual(rest);
			expect(quotes.map((quote) => quote.text)).toEqual(quotesA.map((quote) => quote.text));
		}
	});

	test('reads HTML, script tags and Markdown syntax as plain text, and keeps javascript: out of links', () => {
		const source =
			'# Not A Heading\n\n* not a list <b>bold</b> <script>alert(1)</script> [x](javascript:alert(1)) see https://example.com/a.\n';
		const [parsed] = buildCluster([{ file: 'markup.txt', bytes: text(source) }]).articles;
		expect(parsed?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
			'# Not A Heading',
			'* not a list <b>bold</b> <script>alert(1)</script> [x](javascript:alert(1)) see https://example.com/a.',
		]);
		expect(parsed?.links.map((link) => link.url)).toEqual(['https://example.com/a']);
	});

	test('keeps an unbalanced quote as a quote that runs to the end of its paragraph', () => {
		const [parsed] = buildCluster([{ file: 'open.txt', bytes: text('Title Here\n\nShe said “this never closes and goes on.\n') }]).articles;
		expect(parsed?.quotes.map((quote) => [quote.text, quote.close])).toEqual([['this never closes and goes on.', '']]);
	});

	test('reads one of two identical files and names the other', () => {
		const cluster = buildCluster([
			{ file: 'b.txt', bytes: text(article) },
			{ file: 'a.txt', bytes: text(article) },
		]);
		expect(cluster.articles.map((entry) => entry.file)).toEqual(['a.txt']);
		expect(cluster.skipped).toEqual([{ file: 'b.txt', problem: 'identical to a.txt; read once' }]);
	});

	test('gives the same records whatever order the files come in', () => {
		const files = [
			{ file: 'x.txt', bytes: text(article) },
			{ file: 'y.txt', bytes: text(`${article}\nMore text here.\n`) },
		];
		expect(JSON.stringify(buildCluster(files))).toBe(JSON.stringify(buildCluster(files.toReversed())));
	});
});

describe('npm run records with bad folders', () => {
	test.each([
		[
			'a missing folder',
			() => join(tmpdir(), 'chorus-no-such-folder'),
			/^chorus: .*chorus-no-such-folder: folder not found or not readable$/,
		],
		[
			'an empty folder',
			() => mkdtempSync(join(tmpdir(), 'chorus-empty-')),
			/^chorus: .*chorus-empty-\w+: no files to read; put articles there \(\.txt, \.html, \.jsonl or \.json\)$/,
		],
		[
			'a folder with only unreadable files',
			() => {
				const folder = mkdtempSync(join(tmpdir(), 'chorus-bad-'));
				writeFileSync(join(folder, 'empty.txt'), '');
				return folder;
			},
			/^chorus: skipped .*empty\.txt: file is empty\nchorus: .*: no readable article among 1 file\(s\)$/,
		],
	])('%s exits 1 with one line per problem and no stack trace', (_name, makeFolder, message) => {
		const folder = makeFolder();
		const result = runRecords(['--seeds', folder, '--out', join(folder, 'out.json')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('writes valid records for a mixed folder and names each skipped file on its own line', () => {
		const folder = mkdtempSync(join(tmpdir(), 'chorus-mixed-'));
		mkdirSync(join(folder, 'sub'));
		writeFileSync(join(folder, 'good.txt'), article);
		writeFileSync(join(folder, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0x00]));
		writeFileSync(join(folder, 'big.txt'), 'x'.repeat(5_000_000));
		const out = join(folder, 'out.json');
		const result = runRecords(['--seeds', folder, '--out', out]);
		expect(result.status).toBe(0);
		expect(result.stderr.split('\n')).toEqual([
			expect.stringMatching(/^chorus: skipped .*photo\.jpg: not an article file; Chorus reads \.txt, \.html\/\.htm, \.jsonl and \.json$/),
			expect.stringMatching(/^chorus: skipped .*big\.txt: file is 5\.0 MB; articles over 1 MB are not read$/),
			expect.stringMatching(/^chorus: skipped .*sub: a folder, not a file; folders inside the articles folder are not read$/),
		]);
		const cluster = ClusterSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
		expect(cluster.articles.map((entry) => entry.file)).toEqual(['good.txt']);
	});
});
