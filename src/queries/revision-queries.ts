/**
 * Revision dates of every page, from the front matter of the entries each page is made of.
 * The rules (which entries make which page) live here; the arithmetic in src/lib/revisions.ts.
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';
import { paths } from '../model/routes.ts';
import { pageRevision, siteHistory, type PageRevision, type PageSource, type RevisionEvent, type RevisionFields } from '../lib/revisions.ts';
import { t } from '../i18n/index.ts';
import { partTitle, taskTitle } from '../model/titles.ts';

const inLang = (lang: Lang) => (entry: { id: string }) => entry.id.startsWith(`${lang}/`);

/** Every entry that carries revision fields, with the page it appears on and that page's title. */
export async function revisionSources(lang: Lang): Promise<PageSource[]> {
  const [notes, chapters, tasks, plan] = await Promise.all([
    getCollection('notes', inLang(lang)),
    getCollection('chapters', inLang(lang)),
    getCollection('tasks', inLang(lang)),
    getCollection('plan', inLang(lang)),
  ]);
  const fields = (d: RevisionFields): RevisionFields => ({ published: d.published, updated: d.updated, changes: d.changes });
  return [
    ...plan.map((e) => ({ path: paths.plan, title: t(lang, 'plan.title'), fields: fields(e.data) })),
    ...[...notes].sort((a, b) => a.data.order - b.data.order).map((e) => ({ path: paths.notes, title: t(lang, 'notes.title'), fields: fields(e.data) })),
    ...[...chapters].sort((a, b) => a.data.number - b.data.number).map((e) => ({
      path: paths.chapter(e.data.number),
      title: partTitle(lang, e.data.number, e.data.title),
      fields: fields(e.data),
    })),
    ...[...tasks].sort((a, b) => a.data.number - b.data.number).map((e) => ({
      path: paths.task(e.data.number),
      title: taskTitle(lang, e.data.number, e.data.shortTitle),
      fields: fields(e.data),
    })),
  ];
}

/**
 * Page path → its dates. Pages built from several files take the earliest and latest of them.
 * Every page asks for this (Base.astro): a build computes it once per language (content does not
 * change during a build); `astro dev` recomputes it so that edits show at once.
 */
export function pageRevisions(lang: Lang): Promise<Map<string, PageRevision>> {
  if (import.meta.env.DEV) return computePageRevisions(lang);
  let map = revisionsByLang.get(lang);
  if (!map) revisionsByLang.set(lang, (map = computePageRevisions(lang)));
  return map;
}
const revisionsByLang = new Map<Lang, Promise<Map<string, PageRevision>>>();

async function computePageRevisions(lang: Lang): Promise<Map<string, PageRevision>> {
  const sources = await revisionSources(lang);
  const notes = await getCollection('notes', inLang(lang));
  const chapters = await getCollection('chapters', inLang(lang));
  const of = (pred: (s: PageSource) => boolean) => sources.filter(pred).map((s) => s.fields);
  const all = sources.map((s) => s.fields);
  const byPath = new Map<string, RevisionFields[]>();
  for (const s of sources) byPath.set(s.path, [...(byPath.get(s.path) ?? []), s.fields]);
  const map = new Map<string, PageRevision | undefined>();
  for (const [path, fields] of byPath) map.set(path, pageRevision(fields));
  map.set(paths.home, pageRevision(all));
  map.set(paths.revisions, pageRevision(all));
  // The search page searches every page: it is as new as the newest of them.
  map.set(paths.search, pageRevision(all));
  map.set(paths.plan, pageRevision(of((x) => x.path === paths.plan || x.path.startsWith('plan/'))));
  map.set(paths.tasks, pageRevision(of((x) => x.path.startsWith('tasks/'))));
  // The targets are part 3 of the plan (the chapter with `targets: true`); Table 1 is in the drafting notes.
  const targetChapters = new Set(chapters.filter((c) => c.data.targets).map((c) => paths.chapter(c.data.number)));
  map.set(paths.targets, pageRevision(of((x) => targetChapters.has(x.path))));
  map.set(paths.survey, pageRevision(notes.filter((n) => n.data.surveyTable).map((n) => n.data)));
  // The glossary has no front matter of its own: it carries the date the website was first published.
  const site = pageRevision(all);
  map.set(paths.glossary, site && { published: site.published, updated: site.published, changes: [] });
  // Reading views: the full text is made of everything; a side-by-side page of its document; the
  // accessibility statement, like the glossary, carries the date the website was first published.
  map.set(paths.fullText, pageRevision(all));
  map.set(paths.bilingual('drafting-notes'), map.get(paths.notes));
  for (const c of chapters) map.set(paths.bilingual(`part-${c.data.number}`), map.get(paths.chapter(c.data.number)));
  map.set(paths.accessibility, site && { published: site.published, updated: site.published, changes: [] });
  return new Map([...map].filter((e): e is [string, PageRevision] => e[1] !== undefined));
}

/**
 * The dates a page shows: its own (see pageRevisions), or, for a page made from content across the
 * whole site and not listed there (e.g. an added overview page), the site's: first publication and
 * latest change anywhere.
 */
export async function revisionForPage(lang: Lang, path: string): Promise<PageRevision | undefined> {
  const map = await pageRevisions(lang);
  return map.get(path) ?? map.get(paths.home);
}

export async function history(lang: Lang): Promise<RevisionEvent[]> {
  return siteHistory(await revisionSources(lang), paths.home);
}
