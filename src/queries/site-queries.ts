/**
 * The content as the checker read it (src/checker/node.ts `loadProject`: once per build, afresh after
 * each edit under `astro dev`) and the pages the page model makes of it (src/model/pages.ts).
 */
import { contentRead as read } from './content-read.ts';
import type { Content } from '../checker/types.ts';
import { LANGS, type Lang } from '../lib/schemas.ts';
import { pageAt, pagesOf, sitePages, type Page, type Site } from '../model/pages.ts';
import type { PageKind } from '../model/routes.ts';
import { termPageCounts } from './term-queries.ts';
import { recordTermPages } from './term-page-counts.ts';

/** The content with each term's page count (the model's `termPages`), once the term index is computed. */
const withTermPages = new WeakMap<Content, Content>();

/** The content as the checker read it: with each term's page count once `termPagesReady` has run. */
export const site = (): Content => {
  const content = read();
  return withTermPages.get(content) ?? content;
};

/**
 * Computes the term index (src/queries/term-queries.ts) and gives the page model each term's page count.
 * The pages that list passages do not depend on it: the index reads them from the content as read.
 */
export async function termPagesReady(): Promise<void> {
  const content = read();
  if (withTermPages.has(content)) return;
  const base = import.meta.env.BASE_URL;
  const counts = await Promise.all(LANGS.map(async (lang) => [lang, await termPageCounts(lang, base)] as const));
  const termPages: Site['termPages'] = Object.fromEntries(counts);
  recordTermPages(content, termPages);
  withTermPages.set(content, { ...content, termPages } as Content);
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
