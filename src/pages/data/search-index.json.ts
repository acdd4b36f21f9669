/**
 * `/data/search-index.json`: what the search page fetches first — the whole index of a small
 * cluster, or the head of a split one (see src/lib/search/build-index.ts).
 */
import type { APIRoute } from 'astro';
import { json, searchFiles } from './search/_files.ts';

export const GET: APIRoute = async () => json((await searchFiles()).head);
