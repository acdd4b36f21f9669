/** `/data/search-index.json`: what the search page fetches on first use (see src/lib/search/payload.ts). */
import type { APIRoute } from 'astro';
import { loadCluster } from '../../data/cluster.ts';
import { searchPayloadOf } from '../../lib/search/payload.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(searchPayloadOf(await loadCluster())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
