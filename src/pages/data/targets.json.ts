/** Open data: see src/lib/reading/open-data.ts. */
import type { APIRoute } from 'astro';
import { targetsOpenData } from '../../queries/reading-queries.ts';
import { toJson } from '../../lib/reading/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toJson(await targetsOpenData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
