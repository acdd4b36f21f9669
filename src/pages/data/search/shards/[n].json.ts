/** `/data/search/shards/<n>.json`: the postings of one vocabulary range (none when the index is one file). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchFiles } from '../_files.ts';

export const getStaticPaths = (async () =>
	(await searchFiles()).shards.map((_shard, n) => ({ params: { n: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchFiles()).shards[Number(params['n'])]);
