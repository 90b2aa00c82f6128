/**
 * The sitemap from the page model (src/model/pages.ts), for @astrojs/sitemap: a built page is listed
 * when the model has it with `sitemap: true` (so the root language chooser, the 404 page and the browser
 * editor, which the model does not list, and the history pages, which it lists with `sitemap: false`,
 * are left out), and its `lastmod` is the
 * page's last-updated date (`pageDates`, the date the page itself shows at its foot and in
 * <meta property="article:modified_time">). Pages the model does not date show the site's dates, as here.
 */
import { loadProject } from '../checker/node.ts';
import { isLang } from '../model/routes.ts';
import { pageDates, sitePages, type Page } from '../model/pages.ts';
import { LANGS, type Lang } from '../lib/schemas.ts';
import { withTermPages } from '../queries/term-page-counts.ts';

/** The language and language-less path of an address under `base`, if it is one of a site language. */
function addressOf(url: string, base: string): { lang: Lang; path: string } | undefined {
  const b = base.endsWith('/') ? base : `${base}/`;
  const pathname = decodeURIComponent(new URL(url).pathname);
  if (!pathname.startsWith(b)) return undefined;
  const [lang, ...rest] = pathname.slice(b.length).split('/');
  return isLang(lang) ? { lang, path: rest.join('/') } : undefined;
}

const byAddress = new WeakMap<object, Map<string, Page>>();

/** The model's page at a built page's address, if the model has it (pages looked up by address, once per content). */
export function modelPageAt(root: string, base: string, url: string): Page | undefined {
  const a = addressOf(url, base);
  if (!a) return undefined;
  const content = loadProject(root).content;
  let pages = byAddress.get(content);
  if (!pages) {
    // The model the pages were built from: with each term's pages, as the build counted them.
    const site = withTermPages(content);
    byAddress.set(content, (pages = new Map(LANGS.flatMap((l) => sitePages(site, l).map((p) => [`${l}/${p.path}`, p])))));
  }
  return pages.get(`${a.lang}/${a.path}`);
}

/** @astrojs/sitemap's `filter`: the pages the model lists in the sitemap. */
export const sitemapFilter = (root: string, base: string) => (url: string): boolean => modelPageAt(root, base, url)?.sitemap === true;

/** @astrojs/sitemap's `serialize`: each page's `lastmod` from the model's dates. */
export function lastmodFromModel(root: string, base: string) {
  return <T extends { url: string; lastmod?: string }>(item: T): T => {
    const a = addressOf(item.url, base);
    if (!a) return item;
    const dates = pageDates(loadProject(root).content, a.lang);
    const d = dates.get(a.path) ?? dates.get('');
    return d ? { ...item, lastmod: d.updated } : item;
  };
}
