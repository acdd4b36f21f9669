/** `/data/cluster.schema.json`: JSON Schema generated from ClusterSchema, the one source of truth. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { ClusterSchema } from '../../lib/schema.ts';

export const GET: APIRoute = () => {
	const schema = { ...z.toJSONSchema(ClusterSchema), title: 'Chorus cluster records' };
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
