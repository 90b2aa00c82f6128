/**
 * The templates show a page's parts as sections (src/model/pages.ts `entrySections`): each Markdown
 * entry with the task list and tables that follow it. The one-page full text shows each Part and each
 * drafting-notes section as their own pages do, so the two can never drift: read from the model, for
 * today's content in both languages.
 */
import { expect, test } from 'vitest';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { entrySections, pageAt, pagesOf, sectionsOf, type EntrySection } from '../../src/model/pages.ts';
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
