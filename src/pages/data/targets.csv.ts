/** Open data as CSV (UTF-8 with BOM): see src/lib/reading/open-data.ts. */
import type { APIRoute } from 'astro';
import { targetsOpenData } from '../../queries/reading-queries.ts';
import { toCsv } from '../../lib/reading/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv((await targetsOpenData()).indicators), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
