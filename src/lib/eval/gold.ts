/**
 * The hand-made annotation of a cluster (`gold.json`) that `npm run eval` scores Chorus against.
 * The shape follows the development corpora's README; fields Chorus does not score are let through.
 */
import { z } from 'astro/zod';

/** What a human annotator says about one article file. */
export const GoldArticleSchema = z.looseObject({
	headline: z.string().nullable(),
	outlet: z.string().nullable(),
	byline: z.string().nullable(),
	date: z.string().nullable(),
	not_body: z.array(z.string()).describe('page-furniture lines, as written in the file'),
	body_must_contain: z.array(z.string()).describe('starts of body sentences that cleaning must keep'),
});

/** One quotation of one article, with its utterance label and speaker. */
export const GoldQuoteSchema = z.looseObject({
	file: z.string(),
	text: z.string().describe('the characters between the marks, hard wraps joined with one space'),
	cluster: z.string().nullable().describe('same label = same utterance in several articles; null = one article only'),
	speaker: z.string().nullable().describe('null when nobody speaks (scare quotes, titles)'),
});

/** A sentence several articles carry (wire copy). */
export const GoldPassageSchema = z.looseObject({
	id: z.string(),
	files: z.array(z.string()).min(2),
	text: z.string(),
});

/** A whole gold file. */
export const GoldSchema = z.looseObject({
	event: z.string(),
	event_date: z.string().nullable(),
	articles: z.record(z.string(), GoldArticleSchema),
	quotes: z.array(GoldQuoteSchema),
	shared_passages: z.array(GoldPassageSchema).default([]),
	entity_variants: z.record(z.string(), z.array(z.string())).default({}).describe('per entity, every way the articles write it'),
});

export type GoldArticle = z.output<typeof GoldArticleSchema>;
export type GoldQuote = z.output<typeof GoldQuoteSchema>;
export type GoldPassage = z.output<typeof GoldPassageSchema>;
export type Gold = z.output<typeof GoldSchema>;
