/**
 * Revision dates of every page: which entries date which page is declared in the page model
 * (src/model/pages.ts `dates`); the arithmetic is in src/lib/revisions.ts.
 */
import type { Lang } from '../lib/schemas.ts';
import { paths } from '../model/routes.ts';
import { pageDates, revisionSources as sources } from '../model/pages.ts';
import { siteHistory, type PageRevision, type PageSource, type RevisionEvent } from '../lib/revisions.ts';
import { site } from './site-queries.ts';

/** Every entry that carries revision fields, with the page it appears on and that page's title. */
export async function revisionSources(lang: Lang): Promise<PageSource[]> {
  return sources(site(), lang);
}

/** Page path → its dates (computed once per build and language; afresh under `astro dev`). */
export async function pageRevisions(lang: Lang): Promise<Map<string, PageRevision>> {
  return pageDates(site(), lang);
}

/** The dates a page shows; a page the model does not date (none today) shows the site's. */
export async function revisionForPage(lang: Lang, path: string): Promise<PageRevision | undefined> {
  const map = await pageRevisions(lang);
  return map.get(path) ?? map.get(paths.home);
}

export async function history(lang: Lang): Promise<RevisionEvent[]> {
  return siteHistory(await revisionSources(lang), paths.home);
}
