/**
 * The content the policy-term pages and term cards read (astro:content, through src/queries/content-queries.ts):
 * each page's anchored text blocks as the built page shows them, the 2025 targets and the task areas.
 * The logic is in src/lib/search/terms.ts.
 */
import { entryOf, glossary } from './content-queries.ts';
import { contentRead } from './content-read.ts';
import { pageAt, pagesOf, partOf, sectionsOf, sitePages } from '../model/pages.ts';
import type { Part } from '../model/pages.ts';
import type { Lang } from '../lib/schemas.ts';
import { pageUrl, paths, rowIds } from '../model/routes.ts';
import { PASSAGE_BYTES, linkListBytes, pagePassages, type PassageRange } from '../lib/term-pages.ts';
import { htmlText, markdownBlocks, termInfos as termInfosOf, type TermCardData, type TermDoc, type TermInfo, type TermTarget, type TextBlock } from '../lib/search/terms.ts';

const html = (e: { rendered?: { html: string } | undefined }) => e.rendered?.html ?? '';

/** The 2025 targets as the targets page's table (the model's part) shows them, each linked to its row there. */
function targetRows(lang: Lang, base: string): TermTarget[] {
  const page = pageAt(contentRead(), lang, paths.targets);
  const table = page && partOf(page, 'targets')?.table;
  return (table?.groups ?? []).flatMap((g) =>
    g.indicators.map((i) => ({ url: `${pageUrl(base, lang, paths.targets)}#${rowIds.indicator(i.id)}`, name: i.name, phrase: i.phrase })),
  );
}

/**
 * Every page whose passages the term pages list (the page model's `passages`), with its anchored
 * blocks: the Markdown texts and tables it shows (the model's parts), in page order.
 */
export async function termDocs(lang: Lang, base: string): Promise<TermDoc[]> {
  const blocksOf = async (part: Part): Promise<TextBlock[]> => {
    if (part.kind === 'entry') return markdownBlocks(html(await entryOf(part.entry)));
    // The targets table as the page shows it: each group's name (its tbody) and each indicator's row.
    if (part.kind === 'targets')
      return (part.table?.groups ?? []).flatMap((g) => [
        { id: rowIds.group(g.id, part.idPrefix), text: g.name },
        ...g.indicators.map((i) => ({ id: rowIds.indicator(i.id, part.idPrefix), text: `${i.name} ${i.phrase}` })),
      ]);
    // Table 1: each period's row (its label), then the text of the period.
    if (part.kind === 'survey')
      return (
        await Promise.all(
          part.entries.map(async (e) => {
            const { period, label } = e.data as { period: string; label: string };
            return [{ id: rowIds.period(period), text: label }, ...markdownBlocks(html(await entryOf(e)))];
          }),
        )
      ).flat();
    return [];
  };
  return Promise.all(
    // The pages as the content makes them: those that list passages do not depend on the term pages' count.
    sitePages(contentRead(), lang)
      .filter((p) => p.passages)
      .map(async (p) => ({ url: pageUrl(base, lang, p.path), title: p.menuTitle ?? p.title, blocks: (await Promise.all(p.parts.map(blocksOf))).flat() })),
  );
}

const cache = new Map<string, Promise<TermInfo[]>>();

/** Every glossary term with its passages, targets and task areas in `lang` (computed once per build and language). */
export function termInfos(lang: Lang, base: string): Promise<TermInfo[]> {
  // The dev server (staff preview) re-reads the content on every request.
  if (import.meta.env.DEV) return computeTermInfos(lang, base);
  const key = `${lang} ${base}`;
  let infos = cache.get(key);
  if (!infos) cache.set(key, (infos = computeTermInfos(lang, base)));
  return infos;
}

async function computeTermInfos(lang: Lang, base: string): Promise<TermInfo[]> {
  const docs = await termDocs(lang, base);
  const rows = targetRows(lang, base);
  // The task areas are the model's task pages, in its order: each page's address, title and text.
  const taskList = await Promise.all(
    pagesOf(contentRead(), lang, 'task').flatMap((p) =>
      sectionsOf(p, 'tasks').map(async (s) => {
        const task = await entryOf(s.entry, 'tasks');
        return { url: pageUrl(base, lang, p.path), title: p.title, text: `${task.data.title} ${htmlText(html(task))}` };
      }),
    ),
  );
  return termInfosOf(await glossary(), lang, docs, rows, taskList);
}

/**
 * How each term's passages in `lang` are cut into pages (src/lib/term-pages.ts), by term id: the page
 * model's `termPages`, computed once per content by src/queries/site-queries.ts `termPagesReady`. The
 * term pages show the passages their model page holds (`paging`).
 */
export async function termPaging(lang: Lang, base: string): Promise<Map<string, PassageRange[]>> {
  return new Map(
    (await termInfos(lang, base)).map((info) => {
      // The first page also lists the term's targets and task areas: its passages fit in what they leave.
      const firstPage = linkListBytes([...info.targets.map((x) => ({ url: x.url, text: `${x.name}${x.phrase}` })), ...info.tasks.map((x) => ({ url: x.url, text: x.title }))]);
      return [info.term.id, pagePassages(info.passages, PASSAGE_BYTES, firstPage).map((p) => ({ first: p.first, size: p.passages.length }))];
    }),
  );
}

/** One term's facts and passages in `lang`. */
export async function termInfo(lang: Lang, base: string, id: string): Promise<TermInfo | undefined> {
  return (await termInfos(lang, base)).find((i) => i.term.id === id);
}

/**
 * The term cards' data for the search page of `lang` (in its HTML, so kept small: the term page's
 * address is made from the id with termUrlTemplate, targets only where a term has any).
 */
export async function termCards(lang: Lang, base: string): Promise<TermCardData[]> {
  return (await termInfos(lang, base)).map(({ term, targets: tg, pages }) => ({
    id: term.id,
    zh: term.zh,
    en: term.en,
    ...(term.abbreviations ? { abbreviations: term.abbreviations } : {}),
    ...(term.synonyms ? { synonyms: term.synonyms } : {}),
    ...(term.related ? { related: term.related } : {}),
    ...(tg.length ? { targets: tg.map((x) => ({ name: x.name, phrase: x.phrase })) } : {}),
    pages: pages.length,
  }));
}

/** A term page's address with `{id}` for the term's id (the search page's term card fills it in). */
export const termUrlTemplate = (lang: Lang, base: string): string => pageUrl(base, lang, paths.term('{id}'));
