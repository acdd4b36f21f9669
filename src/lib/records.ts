/**
 * Reading and re-assembling the records file for the site. Pure: callers do the I/O.
 */
import { z } from 'astro/zod';
import { ClusterSchema, type Article, type Cluster } from './schema.ts';
import { byCodePoint } from './text/order.ts';

/** Everything in a cluster but its articles (the `cluster` content collection holds this). */
export type ClusterRest = Omit<Cluster, 'articles'>;

/**
 * Parse the text of a records file and validate it against ClusterSchema.
 * Throws one readable Error naming the file and the first problems, never a raw Zod dump.
 *
 * @example
 * parseClusterJson('{"version":1,"articles":[],"skipped":[]}', 'records.json')
 * // { version: 1, articles: [], skipped: [] }
 */
export function parseClusterJson(text: string, fileName: string): Cluster {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
	}
	const result = ClusterSchema.safeParse(json);
	if (!result.success) {
		const problems = z.prettifyError(result.error).split('\n').slice(0, 6).join(' ');
		throw new Error(`${fileName}: does not match ClusterSchema: ${problems}`);
	}
	return result.data;
}

/** Articles in a stable reading order: by source file name, as the seeds folder lists them. */
export function sortArticles(articles: readonly Article[]): Article[] {
	return [...articles].sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.id, b.id));
}

/**
 * Put the collections back together as one cluster, articles in reading order, every top-level
 * field kept in the schema's order. No second validation: the collections hold what
 * parseClusterJson accepted.
 */
export function assembleCluster(rest: ClusterRest, articles: readonly Article[]): Cluster {
	const { version, ...others } = rest;
	return { version, articles: sortArticles(articles), ...others };
}
