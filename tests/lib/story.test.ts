import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CORPORA } from '../../scripts/eval.ts';
import { buildCluster } from '../../src/lib/cluster.ts';
import { isQuoteSegment } from '../../src/lib/segments.ts';
import { buildStory } from '../../src/lib/story.ts';
import { seedFiles } from '../helpers/seeds.ts';
import { expectNothingLostNothingTwice, plain } from '../helpers/story.ts';

const text = (value: string) => new TextEncoder().encode(value);
const folderFiles = (folder: string) =>
	readdirSync(folder)
		.filter((file) => file.endsWith('.txt'))
		.map((file) => ({ file, bytes: readFileSync(join(folder, file)) }));

function story(files: Record<string, string>) {
	const cluster = buildCluster(Object.entries(files).map(([file, body]) => ({ file, bytes: text(body) })));
	return { cluster, sentences: buildStory(cluster).flatMap((paragraph) => paragraph.sentences) };
}

const stopover = 'The minister made the stopover at the base in the northern province on his way to the capital.';
const lead = 'The harbour authority closed the eastern port on Tuesday after a fire spread through two warehouses.';

describe('buildStory', () => {
	test('shows a sentence two articles carry once, with both sources', () => {
		const { sentences } = story({
			'a.txt': `Headline A Here\n\nFirst only in a.\n\nSecond only in a.\n\nThird only in a.\n\n${stopover}\n\nAfter it in a.\n`,
			'b.txt': `Headline B Here\n\nFirst only in b.\n\nSecond only in b.\n\nThird only in b.\n\n${stopover}\n\nOnly in b, after the stopover.\n`,
		});
		const shared = sentences.find((sentence) => plain(sentence) === stopover);
		expect(shared?.sources.map((source) => source.articleId)).toEqual(['a', 'b']);
		expect(sentences.filter((sentence) => plain(sentence) === stopover)).toHaveLength(1);
	});

	test('keeps each article’s order: before a shared sentence, both articles’ own sentences; after it, each one’s own next', () => {
		const { sentences } = story({
			'a.txt': `Headline A Here\n\nFirst only in a.\n\nSecond only in a.\n\nThird only in a.\n\n${stopover}\n\nAfter it in a.\n`,
			'b.txt': `Headline B Here\n\nFirst only in b.\n\nSecond only in b.\n\nThird only in b.\n\n${stopover}\n\nOnly in b, after the stopover.\n`,
		});
		const order = sentences.map(plain);
		const at = (sentence: string) => order.indexOf(sentence);
		for (const own of ['First only in a.', 'Third only in a.', 'First only in b.', 'Third only in b.'])
			expect(at(own)).toBeLessThan(at(stopover));
		expect(at('First only in a.')).toBeLessThan(at('Second only in a.'));
		expect([at('After it in a.'), at('Only in b, after the stopover.')]).toContain(at(stopover) + 1);
	});

	test('opens with the lead most outlets share, even when one outlet puts it later', () => {
		const { sentences } = story({
			'a.txt': `Headline A Here\n\nA background sentence that only this outlet has.\n\n${lead}\n\nMore in a.\n`,
			'b.txt': `Headline B Here\n\n${lead}\n\nMore in b.\n`,
			'c.txt': `Headline C Here\n\n${lead}\n\nMore in c.\n`,
		});
		expect(plain(sentences[0]!)).toBe(lead);
		expect(sentences[0]?.sources).toHaveLength(3);
	});

	test('a sentence only one outlet has comes right after the sentence it follows there', () => {
		const { sentences } = story({
			'a.txt': `Headline A Here\n\n${lead}\n\nA detail only this outlet adds about the fire.\n\n${stopover}\n`,
			'b.txt': `Headline B Here\n\n${lead}\n\n${stopover}\n`,
		});
		expect(sentences.map(plain)).toEqual([lead, 'A detail only this outlet adds about the fire.', stopover]);
	});

	test('keeps a near-copy’s extra words as another wording, its differing words marked', () => {
		const longer =
			'The harbour authority closed the eastern port on Tuesday after a fire spread through two warehouses, officials said at a briefing.';
		const { sentences } = story({
			'a.txt': `Headline A Here\n\n${lead}\n`,
			'b.txt': `Headline B Here\n\n${lead}\n`,
			'c.txt': `Headline C Here\n\n${longer}\n`,
		});
		expect(sentences).toHaveLength(1);
		expect(plain(sentences[0]!)).toBe(lead);
		const [wording] = sentences[0]!.wordings;
		expect(wording?.text).toBe(longer);
		expect(wording?.sources.map((source) => source.articleId)).toEqual(['c']);
		expect(wording?.words.filter((word) => !word.same).map((word) => word.text)).toEqual(['officials', 'said', 'at', 'a', 'briefing']);
	});

	test('says where aligned wordings give a different number, not where they spell a name differently', () => {
		const { sentences } = story({
			'a.txt':
				'Headline A Here\n\nThe harbour authority said 40 workers left the eastern port of Velinsky after the fire spread on Tuesday.\n',
			'b.txt':
				'Headline B Here\n\nThe harbour authority said 400 workers left the eastern port of Velinskiy after the fire spread on Tuesday.\n',
		});
		expect(sentences).toHaveLength(1);
		expect(sentences[0]?.differences).toEqual([
			{
				kind: 'number',
				readings: [
					{ text: '40', articles: ['a'] },
					{ text: '400', articles: ['b'] },
				],
			},
		]);
	});

	test('never puts two sentences of one article into one story sentence', () => {
		const { sentences } = story({
			'a.txt': `Headline A Here\n\n${lead}\n\n${lead.replace('Tuesday', 'Wednesday')}\n`,
			'b.txt': `Headline B Here\n\n${lead}\n`,
		});
		for (const sentence of sentences) {
			const articles = sentence.sources.map((source) => source.articleId);
			expect(new Set(articles).size).toBe(articles.length);
		}
	});
});

describe('buildStory on the seeds', () => {
	const cluster = buildCluster(seedFiles());

	test('loses nothing and tells nothing twice', () => {
		expectNothingLostNothingTwice(cluster);
	});

	test('opens with the lead the outlets share', () => {
		const [first] = buildStory(cluster)[0]!.sentences;
		expect(plain(first!)).toMatch(/^President Vladimir Putin ordered Russian troops to withdraw from Syria/);
		expect(first!.sources.length).toBeGreaterThanOrEqual(3);
	});

	test('tells the translated “I order…” quote once, its other translation a wording of it', () => {
		const sentences = buildStory(cluster).flatMap((paragraph) => paragraph.sentences);
		const shared = cluster.sharedQuotes.find((candidate) => candidate.canonical.startsWith('I order'))!;
		const telling = sentences.filter((sentence) => Object.values(sentence.shared).includes(shared.id));
		expect(telling).toHaveLength(1);
		const quote = telling[0]!.segments.find(isQuoteSegment);
		expect(quote && telling[0]!.shared[quote.quoteId]).toBe(shared.id);
		expect(telling[0]!.sources.map((source) => source.articleId).toSorted()).toEqual(shared.articles.toSorted());
		expect(telling[0]!.wordings.length).toBeGreaterThan(0);
	});

	test('keeps seed E’s “televised speech” words that another outlet’s copy of the sentence lacks', () => {
		const sentences = buildStory(cluster).flatMap((paragraph) => paragraph.sentences);
		const all = sentences.flatMap((sentence) => [plain(sentence), ...sentence.wordings.map((wording) => wording.text)]).join(' ');
		expect(all).toContain('in a televised speech as he visited');
	});
});

describe('buildStory on other clusters', () => {
	test('the fixture cluster: nothing lost, nothing twice', () => {
		expectNothingLostNothingTwice(buildCluster(folderFiles(fileURLToPath(new URL('../fixtures/other-event/', import.meta.url)))));
	});

	const corpora = existsSync(CORPORA) ? readdirSync(CORPORA).filter((name) => existsSync(join(CORPORA, name, 'gold.json'))) : [];
	test.skipIf(corpora.length === 0)(
		`every development cluster: nothing lost, nothing twice (needs ${CORPORA}, absent in this checkout)`,
		() => {
			for (const name of corpora) expectNothingLostNothingTwice(buildCluster(folderFiles(join(CORPORA, name))));
		},
	);
});
