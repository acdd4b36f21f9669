/** `/data/cluster.json`: every record, exactly in the shape of ClusterSchema. */
import type { APIRoute } from 'astro';
import { loadCluster } from '../../data/cluster.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(await loadCluster(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
