/**
 * The search files of this build, computed once and validated against their Zod schemas
 * before any is written. Build time only, for tests: CHORUS_SEARCH_SINGLE_MAX (characters of
 * text; 0 forces the split index on the seeds) overrides the single-file threshold, and
 * CHORUS_SEARCH_SHARD_CHARS the shard and chunk size (small, so the seeds make many files).
 */
import { loadCluster } from '../../../data/cluster.ts';
import { DEFAULT_CUT, searchFilesOf, SINGLE_FILE_TEXT_CHARS } from '../../../lib/search/build-index.ts';
import { SearchChunkSchema, SearchHeadSchema, SearchShardSchema, SingleSearchFileSchema } from '../../../lib/search/format.ts';

let cached: ReturnType<typeof build> | undefined;

async function build() {
	const single = process.env['CHORUS_SEARCH_SINGLE_MAX'];
	const shard = Number(process.env['CHORUS_SEARCH_SHARD_CHARS']);
	const cut = shard > 0 ? { shardChars: shard, chunkChars: shard } : DEFAULT_CUT;
	const files = searchFilesOf(await loadCluster(), single ? Number(single) : SINGLE_FILE_TEXT_CHARS, cut);
	if (files.head.mode === 'single') SingleSearchFileSchema.parse(files.head);
	else SearchHeadSchema.parse(files.head);
	for (const shard of files.shards) SearchShardSchema.parse(shard);
	for (const chunk of files.chunks) SearchChunkSchema.parse(chunk);
	return files;
}

/** The head (or single file), the shards and the chunks, validated. */
export function searchFiles(): ReturnType<typeof build> {
	cached ??= build();
	return cached;
}

/** A JSON response. */
export function json(value: unknown): Response {
	return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
