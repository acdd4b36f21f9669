/**
 * The one place route files read the content collections: the whole cluster, read once per
 * build and shared by every page, and the site model built from it once (src/site/model.ts).
 */
import { getCollection, getEntry } from 'astro:content';
import type { Cluster } from '../lib/schema.ts';
import { assembleCluster } from '../lib/records.ts';
import { buildSiteModel, type SiteModel } from '../site/model.ts';

let cached: Promise<Cluster> | undefined;
let model: Promise<SiteModel> | undefined;

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

/** The site model of this build: every page's data, computed once. */
export function loadSiteModel(): Promise<SiteModel> {
	if (import.meta.env.DEV) model = undefined;
	model ??= loadCluster().then((cluster) => buildSiteModel(cluster, import.meta.env.BASE_URL));
	return model;
}
