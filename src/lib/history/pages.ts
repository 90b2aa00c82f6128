/**
 * Which files make which page, for the history pages (no Astro imports). Mirrors the page
 * templates: src/queries/revision-queries.ts says the same for the pages' dates.
 */
import type { Lang } from '../schemas.ts';
import { paths } from '../../model/routes.ts';
import type { HistorySpec } from './versions.ts';
import type { ChangeNote } from '../revisions.ts';
import { readYaml } from './text.ts';

export interface SiteShape {
  /** Numbers of the chapters (plan parts) and task areas that exist today. */
  chapters: number[];
  tasks: number[];
  /** Chapters with `targets: true`: their change notes describe the targets page. */
  targetChapters: number[];
  /** File names (without .md) of the drafting-notes sections with `surveyTable: true`. */
  surveyNotes: string[];
  /** Official texts of sources/manifest.yaml: id and text file (each has a page, /<lang>/sources/<id>/). */
  sources?: { id: string; file: string }[];
}

/**
 * The corrections of one source document added between two versions of sources/manifest.yaml, as
 * change notes in `lang` (`note` is Chinese, `en` English).
 */
export function sourceCorrections(id: string, lang: Lang) {
  const of = (yaml: string | undefined) => {
    const docs = yaml === undefined ? [] : readYaml(yaml).documents;
    const doc = (Array.isArray(docs) ? docs : []).find((d: { id?: unknown }) => d?.id === id) as { corrections?: unknown } | undefined;
    return (Array.isArray(doc?.corrections) ? doc.corrections : []).flatMap((c: Record<string, unknown>) => {
      const note = lang === 'zh' ? c.note : c.en;
      return typeof c.date === 'string' && typeof note === 'string' ? [{ date: c.date, note }] : [];
    });
  };
  return (before: string | undefined, after: string | undefined): ChangeNote[] => {
    const had = new Set(of(before).map((c) => `${c.date} ${c.note}`));
    return of(after).filter((c) => !had.has(`${c.date} ${c.note}`));
  };
}

const dir = (prefix: string, ext: string) => (p: string) => p.startsWith(prefix) && p.endsWith(ext) && !p.slice(prefix.length).includes('/');
const file = (name: string) => (p: string) => p === name;
const any = (...tests: ((p: string) => boolean)[]) => (p: string) => tests.some((t) => t(p));

/** The history pages of one language, in the order of the site's menu. */
export function historySpecs(lang: Lang, site: SiteShape): HistorySpec[] {
  const c = `content/${lang}`;
  return [
    { key: 'plan', path: paths.plan, lang, kind: 'markdown', files: file(`${c}/plan/index.md`) },
    { key: 'drafting-notes', path: paths.notes, lang, kind: 'markdown', files: dir(`${c}/notes/`, '.md') },
    ...site.chapters.map((n): HistorySpec => ({ key: `part-${n}`, path: paths.chapter(n), lang, kind: 'markdown', files: file(`${c}/chapters/${n}.md`) })),
    ...site.tasks.map((n): HistorySpec => ({ key: `task-${n}`, path: paths.task(n), lang, kind: 'markdown', files: file(`${c}/tasks/${n}.md`) })),
    {
      key: 'targets',
      path: paths.targets,
      lang,
      kind: 'targets',
      files: any(file(`${c}/targets.yaml`), file('content/data/targets.yaml')),
      noteFiles: any(...site.targetChapters.map((n) => file(`${c}/chapters/${n}.md`))),
    },
    {
      key: 'survey',
      path: paths.survey,
      lang,
      kind: 'survey',
      files: any(dir(`${c}/survey/`, '.md'), file('content/data/survey.yaml')),
      noteFiles: any(...site.surveyNotes.map((name) => file(`${c}/notes/${name}.md`))),
    },
    { key: 'glossary', path: paths.glossary, lang, kind: 'glossary', files: file('content/data/glossary.yaml') },
    // The official texts are language-neutral: each language's history of a source holds every version of its text.
    ...(site.sources ?? []).map((s): HistorySpec => ({
      key: `source-${s.id}`,
      path: paths.source(s.id),
      lang,
      kind: 'source',
      files: file(`sources/${s.file}`),
      noteFiles: file('sources/manifest.yaml'),
      yamlNotes: sourceCorrections(s.id, lang),
    })),
  ];
}
