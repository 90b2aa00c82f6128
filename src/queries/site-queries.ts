/**
 * The content as the checker read it (src/checker/node.ts `loadProject`: once per build, afresh after
 * each edit under `astro dev`) and the pages the page model makes of it (src/model/pages.ts).
 */
import { loadProject } from '../checker/node.ts';
import type { Content } from '../checker/types.ts';
import type { Lang } from '../lib/schemas.ts';
import { pageAt, pagesOf, sitePages, type Page } from '../model/pages.ts';
import type { PageKind } from '../model/routes.ts';

export const site = (): Content => loadProject(process.cwd(), { fresh: import.meta.env.DEV }).content;

/** Every page of the site in `lang`. */
export const pages = (lang: Lang): Page[] => sitePages(site(), lang);

/** The pages of one kind, in both languages, with the `lang` param each is built for (getStaticPaths). */
export const staticPages = (kind: PageKind, param?: (page: Page) => Record<string, string>) =>
  (['zh', 'en'] as const).flatMap((lang) => pagesOf(site(), lang, kind).map((page) => ({ params: { lang, ...param?.(page) }, props: { page } })));

/** The page at `path` in `lang` (a page the template builds must be in the model). */
export function page(lang: Lang, path: string): Page {
  const p = pageAt(site(), lang, path);
  if (!p) throw new Error(`the page model has no page ${lang}/${path}`);
  return p;
}
