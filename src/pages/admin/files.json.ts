/**
 * /admin/files.json: the site's content and official texts as this build read them (repo-relative
 * path → text) and the names of the files in public/, for the browser editor's checks before saving
 * (src/client/admin/checks.ts). In `npm run dev` it is read afresh on every request.
 */
import type { APIRoute } from 'astro';
import { publicFiles, readContentFiles } from '../../checker/node.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({ files: Object.fromEntries(readContentFiles(process.cwd())), publicFiles: [...publicFiles(process.cwd())] }),
    { headers: { 'content-type': 'application/json' } },
  );
