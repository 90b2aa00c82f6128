/** robots.txt: everything may be indexed; points at the sitemap (with the base path and site address). */
import type { APIContext } from 'astro';
import { withBase } from '../model/routes.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), context.site ?? 'https://kjcx.example').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
