/** `/data/quotes.csv`: one row per occurrence of every shared quote (src/site/quotes-csv.ts). */
import type { APIRoute } from 'astro';
import { loadCluster } from '../../data/cluster.ts';
import { quotesCsv } from '../../site/quotes-csv.ts';

export const GET: APIRoute = async () =>
	new Response(quotesCsv(await loadCluster(), import.meta.env.BASE_URL), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
