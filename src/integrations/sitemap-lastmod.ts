/**
 * `lastmod` for sitemap entries: the page's own last-updated date, read from the built page's
 * <meta property="article:modified_time"> (written by Base.astro from front matter), so the sitemap
 * and the pages can never disagree. Used as @astrojs/sitemap's `serialize` (it runs after the pages
 * are written).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function lastmodFromBuiltPage(outDir: string, base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return <T extends { url: string; lastmod?: string }>(item: T): T => {
    const path = decodeURIComponent(new URL(item.url).pathname);
    if (!path.startsWith(b)) return item;
    const file = join(outDir, path.slice(b.length), 'index.html');
    if (!existsSync(file)) return item;
    const m = /<meta property="article:modified_time" content="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(file, 'utf8'));
    return m ? { ...item, lastmod: m[1] } : item;
  };
}
