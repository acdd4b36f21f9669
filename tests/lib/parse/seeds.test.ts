import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '../../../src/lib/schema.ts';
import { nonBlankLines, seedArticle, seedFiles } from '../../helpers/seeds.ts';

const reasons = (prefix: string) => seedArticle(prefix).removed.map((line) => [line.text, line.reason]);

describe('parseArticle on the seeds', () => {
	test.each(seedFiles().map((seed) => [seed.file, seed] as const))('%s validates and accounts for every non-blank line', (_file, seed) => {
		const article = seedArticle(seed.file.slice(0, 3));
		expect(ArticleSchema.parse(article)).toEqual(article);
		const kept = article.paragraphs.flatMap((paragraph) => paragraph.lines);
		const removed = article.removed.map((line) => line.line);
		expect([...kept, ...removed].toSorted((a, b) => a - b)).toEqual(nonBlankLines(new TextDecoder().decode(seed.bytes)));
	});

	test('000: keeps its headline, sets aside the photo caption and credit and the trailing "Latest News"', () => {
		const article = seedArticle('000');
		expect(article.headline).toBe('Vladimir Putin Says Russian Troops Will Partially Withdraw From Syria');
		expect(article.headlineDerived).toBe(false);
		expect(reasons('000')).toEqual([
			['Vladimir Putin Says Russian Troops Will Partially Withdraw From Syria', 'headline'],
			['Russian warplanes & troops arrive home after Syrian mission accomplished', 'caption'],
			['Минобороны России Facebook', 'photo-credit'],
			['Latest News', 'navigation'],
		]);
		expect(article.paragraphs).toHaveLength(9);
	});

	test('001: reads the byline Elias Hubbard, the date 2017-12-15 and the outlet from its footer', () => {
		const article = seedArticle('001');
		expect(article.byline).toBe('Elias Hubbard');
		expect(article.date).toBe('2017-12-15');
		expect(article.outlet).toEqual({ name: 'Click Lancashire', evidence: 'text' });
		expect(reasons('001').slice(-2)).toEqual([
			['Other reports by Click Lancashire', 'footer'],
			['Discuss This Article', 'comment-form'],
		]);
	});

	test('002: derives a headline from the lead and flags it', () => {
		const article = seedArticle('002');
		expect(article.headlineDerived).toBe(true);
		expect(article.headline).toMatch(/^President Vladimir Putin ordered Russian troops to withdraw from Syria/);
	});

	test('002: joins hard-wrapped lines into one paragraph each', () => {
		const [lead] = seedArticle('002').paragraphs;
		expect(lead?.text).toBe(
			'President Vladimir Putin ordered Russian troops to withdraw from Syria during a surprise visit to a Russian airbase in the country on Monday morning, where he was greeted by Syrian President Bashar Assad.',
		);
		expect(lead?.lines).toEqual([1, 2, 3]);
	});

	test('002: rejoins the sentence that a block of URLs cut in two', () => {
		const article = seedArticle('002');
		const joined = article.paragraphs.find((paragraph) => paragraph.text.includes('cited by the state-run RIA'));
		expect(joined?.text).toMatch(/cited by the state-run RIA Novosti news agency as saying at the Khmeimim airbase\.$/);
		expect(joined?.lines).toEqual([12, 13, 20]);
		expect(article.removed.filter((line) => line.reason === 'url-block').map((line) => line.line)).toEqual([15, 16, 17]);
	});

	test('002: finds its links and takes the outlet from the host most of them point to', () => {
		const article = seedArticle('002');
		expect(article.links.map((link) => link.host)).toEqual(['themoscowtimes.com', 'themoscowtimes.com', 'ria.ru']);
		expect(article.outlet).toEqual({ name: 'themoscowtimes.com', evidence: 'url' });
	});

	test('003: sets aside image captions and related headlines between paragraphs', () => {
		expect(reasons('003')).toEqual([
			['Vladimir Putin considers withdrawing Russian troops from Syria', 'headline'],
			['Image: Vladimir Putin', 'caption'],
			['Vladimir Putin says he will retaliate against America for a reason', 'related-headline'],
			['President Trump – Accusations against Putin by the US Intelligence Community was a setup', 'related-headline'],
			['Shirtless Putin', 'related-headline'],
			['Image shows shirtless Putin riding a polar bear.', 'caption'],
		]);
	});

	test('003: normalises a no-break space inside a sentence', () => {
		const article = seedArticle('003');
		expect(article.paragraphs[1]?.text).toContain('Khmeimim air base, RIA Novosti');
	});

	test('004: splits the run-together section label and sets aside credit line and comment form', () => {
		const article = seedArticle('004');
		expect(article.section).toEqual(['Middle East', 'War']);
		expect(article.headline).toBe('Putin orders partial Russia troop withdrawal from Syria during surprise visit to Hmeimim air base');
		expect(reasons('004').slice(2)).toEqual([
			['Egypt air base deal bolsters Russia’s presence in Middle East', 'related-headline'],
			['With reporting by AFP.', 'credit-line'],
			['Related Articles', 'navigation'],
			['Leave a Reply', 'comment-form'],
			['Your email address will not be published. Required fields are marked *', 'comment-form'],
			['Back to top button', 'navigation'],
		]);
	});

	test('keeps quote marks as written', () => {
		expect(seedArticle('000').paragraphs[0]?.text).toContain('"completely liberated"');
		expect(seedArticle('004').paragraphs[2]?.text).toMatch(/^“I order the defence minister/);
	});
});
