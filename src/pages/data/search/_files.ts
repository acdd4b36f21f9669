/**
 * The search files of this build, computed once and validated against their Zod schemas
 * before any is written. CHORUS_SEARCH_SINGLE_MAX (characters of text, build time only; tests
 * set it to 0 to force the split index on the seeds) overrides the single-file threshold.
 */
import { loadCluster } from '../../../data/cluster.ts';
import { searchFilesOf, SINGLE_FILE_TEXT_CHARS } from '../../../lib/search/build-index.ts';
import { SearchChunkSchema, SearchHeadSchema, SearchShardSchema, SingleSearchFileSchema } from '../../../lib/search/format.ts';

let cached: ReturnType<typeof build> | undefined;

async function build() {
	const override = Number(process.env['CHORUS_SEARCH_SINGLE_MAX']);
	const files = searchFilesOf(
		await loadCluster(),
		Number.isFinite(override) && process.env['CHORUS_SEARCH_SINGLE_MAX'] ? override : SINGLE_FILE_TEXT_CHARS,
	);
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
