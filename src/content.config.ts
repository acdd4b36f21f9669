/**
 * Content collections fed from the records file that `npm run records` writes.
 * `articles` holds one entry per Article; `cluster` holds one entry, id "cluster", with every
 * other top-level field of the records (`version`, `skipped`, and whatever later issues add).
 *
 * A small loader instead of `file()`: `file()` only logs when the file is missing or is not
 * valid JSON and then builds an empty site; this one fails the build with one clear line.
 *
 * The records are validated once per build: both collections share one read of the file
 * (`readRecords`, keyed by its modification time) and store what ClusterSchema accepted as it
 * is, without parseData validating every entry again; the collections' schemas give the types.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ArticleSchema, ClusterSchema, type Cluster } from './lib/schema.ts';
import { parseClusterJson } from './lib/records.ts';

/** Tests point a build at their own records with CHORUS_RECORDS. */
const recordsPath = process.env['CHORUS_RECORDS'] || 'src/generated/records.json';

type Entry = { id: string; data: Record<string, unknown> };

let lastRead: { path: string; mtimeMs: number; cluster: Promise<Cluster> } | undefined;

/** The records file read and validated once per version of the file, shared by both collections. */
async function readRecords(filePath: string): Promise<Cluster> {
	const mtimeMs = await stat(filePath).then(
		(stats) => stats.mtimeMs,
		() => -1,
	);
	if (lastRead?.path !== filePath || lastRead.mtimeMs !== mtimeMs || mtimeMs < 0) {
		const cluster = readFile(filePath, 'utf8').then(
			(text) => parseClusterJson(text, recordsPath),
			() => {
				throw new Error(`${recordsPath} is missing: run \`npm run records -- --out ${recordsPath}\` first`);
			},
		);
		lastRead = { path: filePath, mtimeMs, cluster };
	}
	return lastRead.cluster;
}

/** A loader that reads the whole cluster, validates it, and stores the part `pick` returns. */
function clusterLoader(name: string, pick: (cluster: Cluster) => Entry[]): Loader {
	return {
		name,
		load: async ({ config, store, watcher, logger }) => {
			const filePath = fileURLToPath(new URL(recordsPath, config.root));
			const sync = async () => {
				const entries = pick(await readRecords(filePath));
				store.clear();
				for (const { id, data } of entries) store.set({ id, data });
			};
			await sync();
			watcher?.add(filePath);
			watcher?.on('change', async (changed) => {
				if (changed !== filePath) return;
				logger.info(`Reloading ${recordsPath}`);
				await sync().catch((error: unknown) => logger.error(String(error)));
			});
		},
	};
}

const articles = defineCollection({
	loader: clusterLoader('chorus-articles', (cluster) => cluster.articles.map((article) => ({ id: article.id, data: article }))),
	schema: ArticleSchema,
});

const cluster = defineCollection({
	loader: clusterLoader('chorus-cluster', ({ articles: _articles, ...rest }) => [{ id: 'cluster', data: rest }]),
	schema: ClusterSchema.omit({ articles: true }),
});

export const collections = { articles, cluster };
