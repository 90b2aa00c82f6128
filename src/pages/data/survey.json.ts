/** Open data: see src/lib/reading/open-data.ts. */
import type { APIRoute } from 'astro';
import { surveyOpenData } from '../../queries/reading-queries.ts';
import { toJson } from '../../lib/reading/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toJson(await surveyOpenData()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
