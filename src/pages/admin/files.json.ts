/**
 * /admin/files.json: the site's content and official texts as this build read them (repo-relative
 * path → text) and the names of the files in public/, for the browser editor's checks before saving
 * (src/client/admin/checks.ts). In `npm run dev` it is read afresh on every request.
 */
import type { APIRoute } from 'astro';
import { loadProject } from '../../checker/node.ts';

export const GET: APIRoute = () => {
  // The one reading of the content this build made (src/checker/node.ts).
  const { files, publicFiles } = loadProject(process.cwd(), { fresh: import.meta.env.DEV });
  return new Response(JSON.stringify({ files: Object.fromEntries(files), publicFiles: [...publicFiles] }), { headers: { 'content-type': 'application/json' } });
};
