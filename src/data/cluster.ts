/**
 * The one place route files read the content collections: the whole cluster, validated once
 * per build and shared by every page (the site layer in src/site take it from here).
 */
import { getCollection, getEntry } from 'astro:content';
import type { Cluster } from '../lib/schema.ts';
import { assembleCluster } from '../lib/records.ts';

let cached: Promise<Cluster> | undefined;

/** Every record of the build, articles in reading order. */
export function loadCluster(): Promise<Cluster> {
	if (import.meta.env.DEV) cached = undefined; // the dev server reloads the records
	cached ??= (async () => {
		const articles = (await getCollection('articles')).map((entry) => entry.data);
		const rest = await getEntry('cluster', 'cluster');
		if (rest === undefined) throw new Error('the cluster collection is empty: the records were not loaded');
		return assembleCluster(rest.data, articles);
	})();
	return cached;
}
