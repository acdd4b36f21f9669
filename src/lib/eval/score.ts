/**
 * Score a cluster's records against a hand-made gold annotation: furniture removed, body kept,
 * quotes found, speakers named, same-utterance pairs and shared passages. Pure: the caller
 * reads the files and times the build.
 */
import type { Article, Cluster, Quote } from '../schema.ts';
import { foldWord, plainWords } from '../text/tokens.ts';
import type { Gold, GoldQuote } from './gold.ts';
import { matchQuotes } from './match.ts';
import { nameScore } from './names.ts';
import { speakerIsRight } from './speaker.ts';

/** A count out of a total. */
export interface Ratio {
	hits: number;
	total: number;
}

/** Every figure `npm run eval` prints for one cluster. */
export interface ClusterScore {
	/** Gold furniture lines the build removed, of all gold furniture lines. */
	furniture: Ratio;
	/** Body lines (not furniture, not the headline) the build kept, of all body lines. */
	body: Ratio;
	/** Gold quotes the build found, of all gold quotes (recall). */
	quoteRecall: Ratio;
	/** Quotes the build found that are gold quotes, of all it found (precision). */
	quotePrecision: Ratio;
	/** Found gold quotes whose speaker is right, of found gold quotes that have one to name. */
	speakers: Ratio;
	/** Reported cross-article same-utterance pairs that are gold pairs, of all reported. */
	pairPrecision: Ratio;
	/** Gold cross-article same-utterance pairs the build reports, of all gold pairs. */
	pairRecall: Ratio;
	/** Gold shared passages the build finds, of all gold passages. */
	passages: Ratio;
	/** Pairs of gold spellings of one name (names.ts) the build joins, of all such pairs. */
	names: Ratio;
	/** Gold spelling pairs the build keeps apart. */
	missedNames: [string, string][];
	/** Reported pairs that are not gold pairs, and gold pairs not reported, as texts. */
	falsePairs: [string, string][];
	missedPairs: [string, string][];
	/** Quotes whose speaker is wrong: what to look at first. */
	wrongSpeakers: { file: string; text: string; gold: string; found: string | null }[];
}

/** One article file as the annotator saw it. */
export interface SourceFile {
	file: string;
	text: string;
}

/**
 * Score one cluster. `sources` are the article files as decoded text (line ends `\n`).
 *
 * @example
 * scoreCluster(cluster, gold, sources).pairRecall // { hits: 27, total: 30 }
 */
export function scoreCluster(cluster: Cluster, gold: Gold, sources: readonly SourceFile[]): ClusterScore {
	const articles = new Map(cluster.articles.map((article) => [article.file, article]));
	const lines = lineScores(articles, gold, sources);
	const goldQuotes = gold.quotes.filter((quote) => articles.has(quote.file));
	const systemQuotes = [...articles.values()].filter((article) => gold.articles[article.file]).flatMap((article) => article.quotes);
	const fileOfArticle = new Map(cluster.articles.map((article) => [article.id, article.file]));
	const match = matchQuotes(goldQuotes, systemQuotes, (quote) => fileOfArticle.get(quote.articleId) ?? '');
	const pairs = pairScores(cluster, goldQuotes, match);
	const speakers = speakerScores(goldQuotes, match.goldToSystem, systemQuotes);
	return {
		...lines,
		quoteRecall: { hits: match.goldToSystem.size, total: gold.quotes.length },
		quotePrecision: { hits: match.goldToSystem.size, total: systemQuotes.length },
		speakers: speakers.ratio,
		wrongSpeakers: speakers.wrong,
		...pairs,
		passages: passageScore(cluster, gold),
		...namesOf(
			nameScore(
				gold.entity_variants,
				cluster.nameVariants,
				sources.map((source) => source.text),
			),
		),
	};
}

function namesOf(score: ReturnType<typeof nameScore>): Pick<ClusterScore, 'names' | 'missedNames'> {
	return { names: score.ratio, missedNames: score.missed };
}

/** Furniture removed and body kept, line by line. */
function lineScores(articles: Map<string, Article>, gold: Gold, sources: readonly SourceFile[]): Pick<ClusterScore, 'furniture' | 'body'> {
	const furniture: Ratio = { hits: 0, total: 0 };
	const body: Ratio = { hits: 0, total: 0 };
	for (const source of sources) {
		const annotation = gold.articles[source.file];
		if (!annotation) continue;
		const removed = new Set(articles.get(source.file)?.removed.map((line) => line.line) ?? []);
		const parsed = articles.has(source.file);
		const notBody = new Set(annotation.not_body.map(squash));
		const headline = squash(annotation.headline ?? '');
		source.text.split('\n').forEach((raw, index) => {
			const line = squash(raw);
			if (line === '') return;
			const isRemoved = parsed && removed.has(index + 1);
			if (notBody.has(line)) {
				furniture.total++;
				if (isRemoved) furniture.hits++;
			} else if (line !== headline) {
				body.total++;
				if (parsed && !isRemoved) body.hits++;
			}
		});
	}
	return { furniture, body };
}

/** Cross-article pairs: the build's, mapped onto gold quotes, and the gold's. */
function pairScores(cluster: Cluster, goldQuotes: readonly GoldQuote[], match: ReturnType<typeof matchQuotes>) {
	const reported = new Set<string>();
	const quotes = cluster.articles.flatMap((article) => article.quotes);
	const textOf = new Map(quotes.map((quote) => [quote.id, quote.text]));
	// A repeat (the same words quoted again in one article) belongs wherever its first quote does.
	const repeatsOf = new Map<string, Quote[]>();
	for (const quote of quotes) if (quote.repeatOf) repeatsOf.set(quote.repeatOf, [...(repeatsOf.get(quote.repeatOf) ?? []), quote]);
	const falsePairs: [string, string][] = [];
	let correct = 0;
	const found = new Set<string>();
	for (const shared of cluster.sharedQuotes) {
		const members = shared.occurrences.flatMap((occurrence) => [
			{ quoteId: occurrence.quoteId, articleId: occurrence.articleId },
			...(occurrence.quoteId ? (repeatsOf.get(occurrence.quoteId) ?? []) : []).map((quote) => ({
				quoteId: quote.id,
				articleId: quote.articleId,
			})),
		]);
		const ids = members.map((member) => member.quoteId);
		const articleOf = new Map(members.map((member) => [member.quoteId, member.articleId]));
		for (let i = 0; i < ids.length; i++) {
			for (let j = i + 1; j < ids.length; j++) {
				const a = ids[i] ?? '';
				const b = ids[j] ?? '';
				if (articleOf.get(a) === articleOf.get(b)) continue;
				const key = [a, b].toSorted().join('|');
				if (reported.has(key)) continue;
				reported.add(key);
				const goldA = match.systemToGold.get(a);
				const goldB = match.systemToGold.get(b);
				const labelA = goldA === undefined ? null : goldQuotes[goldA]?.cluster;
				const labelB = goldB === undefined ? null : goldQuotes[goldB]?.cluster;
				if (labelA && labelA === labelB) {
					correct++;
					found.add([goldA, goldB].toSorted().join('|'));
				} else falsePairs.push([textOf.get(a) ?? a, textOf.get(b) ?? b]);
			}
		}
	}
	return {
		pairPrecision: { hits: correct, total: reported.size },
		pairRecall: { hits: found.size, total: goldPairs(goldQuotes).length },
		falsePairs,
		missedPairs: goldPairs(goldQuotes)
			.filter(([a, b]) => !found.has(`${a}|${b}`) && !found.has(`${b}|${a}`))
			.map(([a, b]): [string, string] => [goldQuotes[a]?.text ?? '', goldQuotes[b]?.text ?? '']),
	};
}

/** The cross-article pairs of gold quotes (by index) that share an utterance label. */
function goldPairs(quotes: readonly GoldQuote[]): [number, number][] {
	const pairs: [number, number][] = [];
	quotes.forEach((a, i) => {
		quotes.forEach((b, j) => {
			if (j > i && a.cluster && a.cluster === b.cluster && a.file !== b.file) pairs.push([i, j]);
		});
	});
	return pairs;
}

function speakerScores(goldQuotes: readonly GoldQuote[], goldToSystem: ReadonlyMap<number, string>, systemQuotes: readonly Quote[]) {
	const byId = new Map(systemQuotes.map((quote) => [quote.id, quote]));
	const ratio: Ratio = { hits: 0, total: 0 };
	const wrong: ClusterScore['wrongSpeakers'] = [];
	goldQuotes.forEach((goldQuote, index) => {
		const quoteId = goldToSystem.get(index);
		if (quoteId === undefined || goldQuote.speaker === null) return;
		const found = byId.get(quoteId)?.speaker?.name ?? null;
		ratio.total++;
		if (speakerIsRight(goldQuote.speaker, found)) ratio.hits++;
		else wrong.push({ file: goldQuote.file, text: goldQuote.text, gold: goldQuote.speaker, found });
	});
	return { ratio, wrong };
}

/** A gold passage is found when one reported passage spans two of its files and overlaps its words. */
function passageScore(cluster: Cluster, gold: Gold): Ratio {
	const fileOfArticle = new Map(cluster.articles.map((article) => [article.id, article.file]));
	let hits = 0;
	for (const passage of gold.shared_passages) {
		const goldWords = new Set(plainWords(passage.text).split(' '));
		const hit = cluster.passages.some((reported) => {
			const files = new Set(reported.articles.map((id) => fileOfArticle.get(id)));
			if (passage.files.filter((file) => files.has(file)).length < 2) return false;
			const words = plainWords(reported.text).split(' ');
			const shared = words.filter((word) => goldWords.has(foldWord(word))).length;
			return shared / Math.min(words.length, goldWords.size) >= 0.5;
		});
		if (hit) hits++;
	}
	return { hits, total: gold.shared_passages.length };
}

/** A line with its whitespace collapsed, for comparing lines as written. */
function squash(line: string): string {
	return line.replace(/\s+/gu, ' ').trim();
}
