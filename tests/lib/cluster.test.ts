import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/lib/cluster.ts';
import { seedFiles } from '../helpers/seeds.ts';

const seeds = seedFiles();
const cluster = buildCluster(seeds);
const articleOf = (prefix: string) => cluster.articles.find((article) => article.file.startsWith(prefix))?.id;
const sharedWith = (words: string) =>
	cluster.sharedQuotes.find((shared) => shared.occurrences.some((occurrence) => occurrence.text.includes(words)));

describe('buildCluster on the seeds', () => {
	test('joins the two translations of the withdrawal order into one shared quote carried by 002, 003 and 004', () => {
		const shared = sharedWith('I order the');
		expect(shared?.articles).toEqual(['002', '003', '004'].map(articleOf));
		expect(shared?.speaker).toBe('Vladimir Putin');
		expect(shared?.variants.map((variant) => variant.articles.length)).toEqual([2, 1]);
		const translation = shared?.variants[1]?.words.filter((word) => !word.same).map((word) => word.text);
		expect(translation).toEqual(['proceed', 'to', 'withdraw', 'forces', 'back', 'points', 'of', 'deployment']);
	});

	test('joins the fragment "terrorists raise their heads" to the sentence 002 quotes in two parts around "the president added"', () => {
		const shared = sharedWith('raise their heads');
		expect(shared?.occurrences.map((occurrence) => occurrence.text.replace(/,$/, ''))).toEqual([
			'terrorists raise their heads',
			'raise their heads again',
			'we will strike them with a force that they have never previously seen.',
		]);
		expect(shared?.canonical).toBe('raise their heads again … we will strike them with a force that they have never previously seen.');
	});

	test('keeps the scare quotes "terrorists" and "excellent" out of every shared quote', () => {
		const texts = cluster.sharedQuotes.flatMap((shared) => shared.occurrences.map((occurrence) => occurrence.text));
		expect(texts).not.toContain('terrorists');
		expect(texts).not.toContain('excellent');
	});

	test("keeps Putin's two different sentences apart", () => {
		expect(sharedWith('I order the')).not.toBe(sharedWith('I have taken a decision'));
		expect(sharedWith('I have taken a decision')?.articles).toEqual(['003', '004'].map(articleOf));
	});

	test('finds the stopover sentence that 003 and 004 share as a reused passage', () => {
		const passage = cluster.passages.find((candidate) =>
			candidate.text.startsWith('Putin made the stopover at the base in Latakia province'),
		);
		expect(passage?.articles).toEqual(['003', '004'].map(articleOf));
	});

	test('groups the spellings of the air base, the port and Assad', () => {
		const groups = cluster.nameVariants.map((group) => group.variants.map((variant) => variant.text).toSorted());
		expect(groups).toEqual(
			expect.arrayContaining([
				['Hemeimeem', 'Hmeimim', 'Hmeymim', 'Khmeimim'],
				['Tartous', 'Tartus'],
				['Bashar Assad', 'Bashar al Assad', 'Bashar al-Assad'],
			]),
		);
	});

	test('gives a speaker the full name another article uses for the same person', () => {
		const article = cluster.articles.find((candidate) => candidate.file.startsWith('001'));
		expect(article?.quotes.find((quote) => quote.text === 'on a permanent basis')?.speaker).toEqual({
			text: 'Putin',
			name: 'Vladimir Putin',
		});
	});
});

describe('ids', () => {
	test('rebuilding gives byte-identical records, in fresh processes and whatever order the files were written in', () => {
		const outputs = [seeds, seeds.toReversed()].map((files, run) => {
			const folder = mkdtempSync(join(tmpdir(), `chorus-rebuild-${run}-`));
			for (const { file, bytes } of files) writeFileSync(join(folder, file), bytes);
			const out = join(folder, 'records.json');
			const result = spawnSync('node_modules/.bin/node', ['scripts/build-records.ts', '--seeds', folder, '--out', out], {
				encoding: 'utf8',
			});
			expect(result.status).toBe(0);
			return readFileSync(out);
		});
		expect(outputs[0]?.equals(outputs[1]!)).toBe(true);
		expect(JSON.parse(outputs[0]!.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(cluster)));
		// Two fresh processes each start Node and read WordNet: seconds each on a loaded 2-core machine.
	}, 60_000);

	test('every id of a smaller folder still resolves after an article is added', () => {
		for (const left of seeds) {
			const smaller = buildCluster(seeds.filter((seed) => seed !== left));
			const known = new Set([...cluster.sharedQuotes, ...cluster.passages].flatMap((group) => [group.id, ...group.aliases]));
			for (const group of [...smaller.sharedQuotes, ...smaller.passages]) expect(known).toContain(group.id);
			const quoteIds = new Set(cluster.articles.flatMap((article) => article.quotes.map((quote) => quote.id)));
			for (const quote of smaller.articles.flatMap((article) => article.quotes)) expect(quoteIds).toContain(quote.id);
		}
	});
});
