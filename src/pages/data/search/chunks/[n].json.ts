/** `/data/search/chunks/<n>.json`: the text of a run of documents (none when the index is one file). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json, searchFiles } from '../_files.ts';

export const getStaticPaths = (async () =>
	(await searchFiles()).chunks.map((_chunk, n) => ({ params: { n: String(n) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => json((await searchFiles()).chunks[Number(params['n'])]);
