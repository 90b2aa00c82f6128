/**
 * The templates show a page's parts as sections (src/model/pages.ts `entrySections`): each Markdown
 * entry with the task list and tables that follow it. The one-page full text shows each Part and each
 * drafting-notes section as their own pages do, so the two can never drift: read from the model, for
 * today's content in both languages. The pages that show a list or a table (the plan overview's Parts,
 * the targets, Table 1, the glossary) hold it as a part, in the content's order
 * (tests/browser/page-model.test.ts checks that the built pages show those parts so).
 */
import { expect, test } from 'vitest';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { entrySections, num, pageAt, pagesOf, partOf, sectionsOf, type EntrySection } from '../../src/model/pages.ts';
import { paths } from '../../src/model/routes.ts';

const content = loadProject(process.cwd()).content;
const shown = (s: EntrySection) => ({ entry: s.entry.file.path, tasks: (s.tasks ?? []).map((x) => x.file.path), targets: s.targets, survey: s.survey });

test.each(LANGS)('%s: the full text shows every Part and drafting-notes section with what its own page shows', (lang) => {
  const full = pageAt(content, lang, paths.fullText)!;
  const chapters = pagesOf(content, lang, 'chapter');
  expect(chapters.length).toBeGreaterThan(0);
  const own = [...sectionsOf(pageAt(content, lang, paths.notes)!, 'notes'), ...chapters.flatMap((p) => sectionsOf(p, 'chapters'))];
  expect([...sectionsOf(full, 'notes'), ...sectionsOf(full, 'chapters')].map(shown)).toEqual(own.map(shown));
  // Each task area once, after the Parts, as on its own page.
  expect(sectionsOf(full, 'tasks').map(shown)).toEqual(pagesOf(content, lang, 'task').flatMap((p) => sectionsOf(p, 'tasks')).map(shown));
});

test('a table or task list before any entry belongs to no section; each entry starts one', () => {
  const page = pageAt(content, 'zh', paths.targets)!;
  expect(page.parts.some((p) => p.kind === 'targets')).toBe(true);
  expect(entrySections(page)).toEqual([]);
  for (const lang of LANGS)
    for (const p of pagesOf(content, lang, 'chapter')) expect(entrySections(p).length).toBe(p.parts.filter((x) => x.kind === 'entry').length);
});

test.each(LANGS)('%s: the plan overview, targets, Table 1 and glossary pages’ parts hold the content in its order', (lang) => {
  const nonEmpty = <T>(xs: readonly T[] | undefined): readonly T[] => {
    expect(xs?.length).toBeGreaterThan(0);
    return xs ?? [];
  };
  // The Parts the overview lists: every Part of the language, by number, as the Part pages (and their pagers) come.
  const listed = partOf(pageAt(content, lang, paths.plan)!, 'chapters')!.entries.map(num);
  const numbers = nonEmpty(content.entries.chapters.filter((e) => e.lang === lang).map((e) => e.data.number));
  expect(listed).toEqual([...numbers].sort((a, b) => a - b));
  expect(listed).toEqual(pagesOf(content, lang, 'chapter').map((p) => num(sectionsOf(p, 'chapters')[0]!.entry)));
  // The targets table: the groups and indicators of content/data/targets.yaml, in its order, named in the language.
  const targets = partOf(pageAt(content, lang, paths.targets)!, 'targets')!;
  const figures = nonEmpty(content.targetData?.data.groups);
  const names = content.targetText[lang]!.data;
  expect(targets.table?.groups.map((g) => [g.id, g.name, g.indicators.map((i) => [i.id, i.name])])).toEqual(
    figures.map((g) => [g.id, names.groups[g.id] ?? g.id, g.indicators.map((i) => [i.id, names.indicators[i.id] ?? i.id])]),
  );
  expect(targets.targets?.groups.map((g) => g.indicators.map((i) => i.id))).toEqual(figures.map((g) => g.indicators.map((i) => i.id)));
  // Table 1: the periods of content/data/survey.yaml, in its order, each with its text in the language.
  const survey = partOf(pageAt(content, lang, paths.survey)!, 'survey')!;
  const periods = nonEmpty(content.surveyData?.data.periods).map((p) => p.id);
  expect(survey.periods.map((p) => p.id)).toEqual(periods);
  expect(survey.entries.map((e) => [e.lang, (e.data as { period: string }).period])).toEqual(periods.map((id) => [lang, id]));
  // The glossary: the terms of content/data/glossary.yaml, in its order.
  const terms = partOf(pageAt(content, lang, paths.glossary)!, 'glossary')!.terms;
  expect(terms).toEqual(nonEmpty(content.glossary?.data.terms).map(({ id, zh, en }) => ({ id, zh, en })));
});
