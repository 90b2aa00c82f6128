/**
 * The content as the checker read it (src/checker/node.ts `loadProject`: once per build, afresh after
 * each edit under `astro dev`) and the pages the page model makes of it (src/model/pages.ts).
 */
import { contentRead as read } from './content-read.ts';
import type { Content } from '../checker/types.ts';
import { LANGS, type Lang } from '../lib/schemas.ts';
import { pageAt, pagesOf, sitePages, type Page, type Site } from '../model/pages.ts';
import { pageUrl, type PageKind } from '../model/routes.ts';
import { neighbours } from '../lib/order.ts';
import { termPaging } from './term-queries.ts';
import { hasTermPages, recordTermPages, withTermPages } from './term-page-counts.ts';

/** The content as the checker read it: with each term's paging once `termPagesReady` has run. */
export const site = (): Content => withTermPages(read());

/**
 * Computes the term index (src/queries/term-queries.ts) and gives the page model how each term's
 * passages are cut into pages: once per content (per build; after each edit under `astro dev`). The
 * pages that list passages do not depend on it: the index reads them from the content as read.
 */
export async function termPagesReady(): Promise<void> {
  const content = read();
  if (hasTermPages(content)) return;
  const base = import.meta.env.BASE_URL;
  const cuts = await Promise.all(LANGS.map(async (lang) => [lang, await termPaging(lang, base)] as const));
  const termPages: Site['termPages'] = Object.fromEntries(cuts);
  recordTermPages(content, termPages);
}

/** Every page of the site in `lang`. */
export const pages = (lang: Lang): Page[] => sitePages(site(), lang);

/**
 * getStaticPaths of a page template: every page of one kind in both languages, `param` naming it in its
 * address. Each gets its path as a prop (a string: `astro dev` keeps getStaticPaths' props, so the
 * template looks the page up afresh with `modelPage`).
 */
export async function staticPages<P extends Record<string, string | undefined>>(kind: PageKind, param: (page: Page) => P) {
  // Every template's pages come from the whole model, its term pages included (their number is known once the term index is).
  await termPagesReady();
  return LANGS.flatMap((lang) => pagesOf(site(), lang, kind).map((page) => ({ params: { lang, ...param(page) }, props: { path: page.path } })));
}

/** The page at `path` in `lang` (a page the template builds must be in the model). */
export function modelPage(lang: Lang, path: string): Page {
  const p = pageAt(site(), lang, path);
  if (!p) throw new Error(`the page model has no page ${lang}/${path}`);
  return p;
}

/** A link to a page of the model: its address under the site's base, and its title. */
export interface PageLink {
  href: string;
  label: string;
}
export const linkTo = (p: Page): PageLink => ({ href: pageUrl(import.meta.env.BASE_URL, p.lang, p.path), label: p.title });

/** The pager of a page: the pages of its kind before and after it, in the model's order (Parts, task areas). */
export function pagerOf(page: Page): { prev?: PageLink | undefined; next?: PageLink | undefined } {
  const { prev, next } = neighbours(pagesOf(site(), page.lang, page.kind), (p) => p.path === page.path);
  return { prev: prev && linkTo(prev), next: next && linkTo(next) };
}
