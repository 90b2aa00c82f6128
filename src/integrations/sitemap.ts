/**
 * The sitemap's `lastmod`: each page's last-updated date from the page model (src/model/pages.ts
 * `pageDates`, the dates the page itself shows at its foot and in <meta property="article:modified_time">),
 * for @astrojs/sitemap's `serialize`. Pages the model does not date show the site's dates, as here.
 */
import { loadProject } from '../checker/node.ts';
import { isLang } from '../model/routes.ts';
import { pageDates } from '../model/pages.ts';

export function lastmodFromModel(root: string, base: string) {
  const b = base.endsWith('/') ? base : `${base}/`;
  return <T extends { url: string; lastmod?: string }>(item: T): T => {
    const path = decodeURIComponent(new URL(item.url).pathname);
    if (!path.startsWith(b)) return item;
    const [lang, ...rest] = path.slice(b.length).split('/');
    if (!isLang(lang)) return item;
    const dates = pageDates(loadProject(root).content, lang);
    const d = dates.get(rest.join('/')) ?? dates.get('');
    return d ? { ...item, lastmod: d.updated } : item;
  };
}
