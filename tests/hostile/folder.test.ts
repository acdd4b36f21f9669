/**
 * The articles folder is a boundary: `readFolder` (scripts/build-records.ts) reads only regular
 * files inside it and lists everything else with a one-line reason; `npm run records` prints
 * file names escaped. Symlinks, FIFOs and names with invalid bytes are made here, at test time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFolder } from '../../scripts/build-records.ts';
import { repoRoot } from '../site/helpers.ts';

const article = (topic: string): string =>
	`Floods close the ${topic} road\n\nThe ${topic} road was closed on Monday after heavy rain, officials said.\n\n“We will reopen it when the water falls,” said Ana Example, a council engineer.\n`;

let place: string;
let folder: string;
const secret = 'SECRET-OUTSIDE-THE-FOLDER';

beforeAll(() => {
	place = mkdtempSync(join(tmpdir(), 'chorus-folder-'));
	folder = join(place, 'articles');
	mkdirSync(folder);
	writeFileSync(join(place, 'outside.txt'), article(secret));
	writeFileSync(join(folder, 'a.txt'), article('river'));
	writeFileSync(join(folder, 'inside-target.md'), article('bridge'));
	symlinkSync(join(folder, 'inside-target.md'), join(folder, 'b-link-inside.txt'));
	symlinkSync(join(place, 'outside.txt'), join(folder, 'c-link-out.txt'));
	symlinkSync('../outside.txt', join(folder, 'c-relative-out.txt'));
	symlinkSync(join(place, 'nowhere.txt'), join(folder, 'd-broken.txt'));
	symlinkSync(place, join(folder, 'e-link-to-parent.txt'));
	mkdirSync(join(folder, 'f-folder.txt'));
	execFileSync('mkfifo', [join(folder, 'g-fifo.txt')]);
	writeFileSync(join(folder, '.hidden.txt'), article('hidden'));
	// Not .txt, so they are skipped and their names printed.
	writeFileSync(join(folder, 'h\nchorus: forged line.md'), article('forged'));
	writeFileSync(join(folder, 'i\x1b[31mred.md'), article('terminal'));
	writeFileSync(Buffer.concat([Buffer.from(`${folder}/j-bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), article('bytes'));
});

afterAll(() => rmSync(place, { recursive: true, force: true }));

describe('readFolder', () => {
	test('reads regular files inside the folder, through a symlink that stays inside', () => {
		const { files } = readFolder(folder);
		expect(files.map((file) => file.file)).toEqual([
			'a.txt',
			'b-link-inside.txt',
			'h\nchorus: forged line.md',
			'i\x1b[31mred.md',
			'inside-target.md',
		]);
		expect(files.some((file) => file.bytes.toString().includes(secret))).toBe(false);
	});

	test.each([
		['c-link-out.txt', /outside the folder/],
		['c-relative-out.txt', /outside the folder/],
		['d-broken.txt', /points to nothing/],
		['e-link-to-parent.txt', /outside the folder/],
		['f-folder.txt', /a folder, not a file/],
		['g-fifo.txt', /named pipe/],
		['.hidden.txt', /hidden/],
		['j-bad\\xff\\xfe.txt', /name is not valid UTF-8/],
	])('lists %s with a reason', (name, reason) => {
		const { unread } = readFolder(folder);
		const entry = unread.find((skipped) => skipped.file === name);
		expect(entry?.problem).toMatch(reason);
		expect(entry?.problem).not.toMatch(/ENOENT|\n/);
	});
});

describe('npm run records on a hostile folder', () => {
	test('reads nothing outside, never blocks on a FIFO, and prints names escaped', () => {
		const out = join(place, 'records.json');
		const result = spawnSync('npm', ['run', '--silent', 'records', '--', '--seeds', folder, '--out', out], {
			cwd: repoRoot,
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(result.status).toBe(0);
		const printed = `${result.stdout}${result.stderr}`;
		expect(printed).not.toContain('\x1b');
		expect(printed.split('\n').some((line) => line.startsWith('chorus: forged'))).toBe(false);
		expect(printed).toContain('h\\nchorus: forged line.md');
		expect(printed).toContain('i\\x1b[31mred.md');
		expect(printed).toContain('j-bad\\xff\\xfe.txt');
		expect(readFileSync(out, 'utf8')).not.toContain(secret);
	});
});
