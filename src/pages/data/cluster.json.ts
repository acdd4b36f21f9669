/** `/data/cluster.json`: every record, exactly in the shape of ClusterSchema. */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { assembleCluster } from '../../lib/site/cluster.ts';

export const GET: APIRoute = async () => {
	const articles = (await getCollection('articles')).map((entry) => entry.data);
	const rest = await getEntry('cluster', 'cluster');
	if (rest === undefined) throw new Error('the cluster collection is empty: the records were not loaded');
	return new Response(`${JSON.stringify(assembleCluster(rest.data, articles), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
