/**
 * The content as the checker read it (src/checker/node.ts `loadProject`: once per build, afresh after
 * each edit under `astro dev`) and the pages the page model makes of it (src/model/pages.ts).
 */
import { loadProject } from '../checker/node.ts';
import type { Content } from '../checker/types.ts';
import { LANGS, type Lang } from '../lib/schemas.ts';
import { pageAt, pagesOf, sitePages, type Page } from '../model/pages.ts';
import type { PageKind } from '../model/routes.ts';

export const site = (): Content => loadProject(process.cwd(), { fresh: import.meta.env.DEV }).content;

/** Every page of the site in `lang`. */
export const pages = (lang: Lang): Page[] => sitePages(site(), lang);

/**
 * getStaticPaths of a page template: every page of one kind in both languages, `param` naming it in its
 * address. Each gets its path as a prop (a string: `astro dev` keeps getStaticPaths' props, so the
 * template looks the page up afresh with `modelPage`).
 */
export const staticPages = <P extends Record<string, string>>(kind: PageKind, param: (page: Page) => P) =>
  LANGS.flatMap((lang) => pagesOf(site(), lang, kind).map((page) => ({ params: { lang, ...param(page) }, props: { path: page.path } })));

/** The page at `path` in `lang` (a page the template builds must be in the model). */
export function modelPage(lang: Lang, path: string): Page {
  const p = pageAt(site(), lang, path);
  if (!p) throw new Error(`the page model has no page ${lang}/${path}`);
  return p;
}
