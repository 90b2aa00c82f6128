/**
 * The versions of one page in one language, from the commits that touched its files (no Astro
 * imports).
 *
 * Per-language history: a page's zh history is made of the commits that changed its zh files or
 * the language-neutral data it shows (content/data/…), its en history of those that changed its en
 * files or that data. A version's change note is the `changes` entry added to one of the page's
 * files (or its note files) in that commit; a commit that added none has no note, and its date is
 * the commit's.
 */
import type { Lang } from '../schemas.ts';
import type { ChangeNote } from '../revisions.ts';
import type { Commit } from './git.ts';
import { addedNotes, markdownBlocks, readMarkdown, readYaml } from './text.ts';
import { listSep } from '../../i18n/lang.ts';

export type HistoryKind = 'markdown' | 'targets' | 'survey' | 'glossary' | 'source';

export interface HistorySpec {
  /** Address segment: history/<key>/. */
  key: string;
  /** The page's language-less path (src/model/routes.ts). */
  path: string;
  lang: Lang;
  kind: HistoryKind;
  /** The files (paths relative to the project) whose text makes the page in this language. */
  files: (path: string) => boolean;
  /** Files whose change notes describe this page's versions (besides its own Markdown files). */
  noteFiles?: (path: string) => boolean;
  /** Change notes of a YAML note file (e.g. a source's `corrections` in sources/manifest.yaml) added by a commit. */
  yamlNotes?: (before: string | undefined, after: string | undefined) => ChangeNote[];
}

export interface Version {
  /** 1 for the oldest. */
  n: number;
  hash: string;
  /** YYYY-MM-DD: the change note's date, or the commit's when there is no note. */
  date: string;
  commitDate: string;
  /** True when no change note was added for this version: `date` is the commit's. */
  dateFromCommit: boolean;
  notes: ChangeNote[];
  /** Path → text of every file of the page as it stood at this version. */
  files: Record<string, string>;
  /** The page's files this commit changed. */
  changed: string[];
}

/** The versions of a page, oldest first. `blobs` maps blob id → text. */
export function pageVersions(commits: Commit[], blobs: Map<string, string>, spec: HistorySpec): Version[] {
  const state = new Map<string, string>();
  const versions: Version[] = [];
  const text = (blob: string | undefined) => (blob === undefined ? undefined : blobs.get(blob));
  for (const commit of commits) {
    const mine = commit.files.filter((f) => spec.files(f.path));
    const noteSources = commit.files.filter((f) => f.path.endsWith('.md') && (spec.files(f.path) || spec.noteFiles?.(f.path)));
    const notes = noteSources.flatMap((f) => addedNotes(text(state.get(f.path)), text(f.blob)));
    if (spec.yamlNotes) {
      for (const f of commit.files.filter((x) => !x.path.endsWith('.md') && spec.noteFiles?.(x.path))) notes.push(...spec.yamlNotes(text(state.get(f.path)), text(f.blob)));
    }
    for (const f of commit.files) {
      if (f.blob) state.set(f.path, f.blob);
      else state.delete(f.path);
    }
    if (!mine.length) continue;
    const files: Record<string, string> = {};
    for (const path of [...state.keys()].filter(spec.files).sort()) {
      const t = text(state.get(path));
      if (t !== undefined) files[path] = t;
    }
    if (!Object.keys(files).length) continue;
    const seen = new Set<string>();
    const unique = notes.filter((c) => (seen.has(`${c.date} ${c.note}`) ? false : (seen.add(`${c.date} ${c.note}`), true)));
    const commitDate = commit.date.slice(0, 10);
    versions.push({
      n: versions.length + 1,
      hash: commit.hash,
      date: unique.length ? unique.map((c) => c.date).sort().at(-1)! : commitDate,
      commitDate,
      dateFromCommit: unique.length === 0,
      notes: unique,
      files,
      changed: mine.map((f) => f.path),
    });
  }
  return versions;
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

export interface MarkdownSection {
  path: string;
  data: Record<string, unknown>;
  title?: string;
  body: string;
}

/** The Markdown files of a version in page order (drafting-notes sections by `order`, Table 1 periods by `period`). */
export function markdownSections(files: Record<string, string>): MarkdownSection[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith('.md'))
    .map(([path, text]) => {
      const { data, body } = readMarkdown(text);
      return { path, data, title: str(data.title) || str(data.label) || undefined, body };
    })
    .sort((a, b) => {
      const key = (s: MarkdownSection) => (typeof s.data.order === 'number' ? String(s.data.order).padStart(6, '0') : str(s.data.period) || s.path);
      return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    });
}

const yamlOf = (files: Record<string, string>, suffix: string) => {
  const path = Object.keys(files).find((p) => p.endsWith(suffix));
  return path === undefined ? undefined : files[path];
};
export const neutralTargets = (files: Record<string, string>) => yamlOf(files, 'data/targets.yaml');
export const languageTargets = (files: Record<string, string>, lang: Lang) => yamlOf(files, `${lang}/targets.yaml`);
export const neutralSurvey = (files: Record<string, string>) => yamlOf(files, 'data/survey.yaml');
export const glossaryYaml = (files: Record<string, string>) => yamlOf(files, 'data/glossary.yaml');

/** The lines of a version of an official text (sources/*.txt), blank lines left out. */
export function sourceLines(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith('.txt'))
    .flatMap(([, text]) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
}

/** Table 1 period id → its name (label) in one version's survey files. */
export function periodLabels(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    markdownSections(files)
      .filter((s) => str(s.data.period))
      .map((s) => [str(s.data.period), str(s.data.label) || str(s.data.period)]),
  );
}

/**
 * The words of a version as plain-text blocks, the unit the redline compares. Figures and Table 1
 * dates are not among them: they are compared as data (see data.ts).
 */
export function versionBlocks(spec: HistorySpec, files: Record<string, string>): string[] {
  const sep = listSep(spec.lang);
  if (spec.kind === 'targets') {
    const words = readYaml(languageTargets(files, spec.lang) ?? '');
    const rec = (v: unknown) => (v && typeof v === 'object' ? Object.values(v as Record<string, unknown>).map(str) : []);
    return [str(words.title), ...rec(words.groups), ...rec(words.indicators)].filter(Boolean);
  }
  if (spec.kind === 'source') return sourceLines(files);
  if (spec.kind === 'glossary') {
    const terms = readYaml(glossaryYaml(files) ?? '').terms;
    return (Array.isArray(terms) ? terms : []).map((t: Record<string, unknown>) => `${str(t.zh)} — ${str(t.en)}`);
  }
  return markdownSections(files).flatMap((s) => [
    ...(s.title ? [s.title] : []),
    ...(typeof s.data.summary === 'string' ? [s.data.summary] : []),
    ...(list(s.data.places).length ? [list(s.data.places).join(sep)] : []),
    ...(list(s.data.organisations).length ? [list(s.data.organisations).join(sep)] : []),
    ...markdownBlocks(s.body),
  ]);
}
