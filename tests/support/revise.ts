/**
 * Revisions of a project copy for the history tests and `npm run bench:history`, made with the
 * structured edits of tests/support/content-edit.ts (front matter and YAML parsed and rewritten):
 * change notes, a target figure corrected after the official text, a wording fix.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editMarkdown, editYaml, frontMatterText, numberTokens, readMarkdown, replaceFigure } from './content-edit.ts';

export { readMarkdown };


/**
 * Add a change note (newest first) to a file's front matter; `updated` follows it when the file
 * has that field (it must not be earlier than the newest change).
 */
export function addChangeNote(file: string, date: string, note: string): void {
  editMarkdown(file, {
    data: (doc) => {
      const changes = (doc.toJS() as { changes?: unknown[] }).changes ?? [];
      doc.set('changes', [{ date, note }, ...changes]);
      if (doc.has('updated')) doc.set('updated', date);
    },
  });
}

/** The paragraphs of a Markdown body (blank-line separated), and the body rebuilt from them. */
const paragraphs = (body: string) => body.split(/(\n[ \t]*\n)/);

/** Change the last prose paragraph of a body with `edit` (headings, lists and tables are left alone). */
export function editLastParagraph(body: string, edit: (paragraph: string) => string): string {
  const parts = paragraphs(body);
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (p.trim() && !/^\s*(#|[-*+] |\d+[.)] |\||>)/.test(p)) {
      const trailing = /\s*$/.exec(p)![0];
      parts[i] = edit(p.slice(0, p.length - trailing.length)) + trailing;
      return parts.join('');
    }
  }
  throw new Error('no prose paragraph to edit');
}

export interface Indicator {
  id: string;
  value: number;
}

/** The indicators of content/data/targets.yaml, in order. */
export function indicators(root: string): Indicator[] {
  const data = parse(readFileSync(join(root, 'content/data/targets.yaml'), 'utf8')) as { groups: { indicators: Indicator[] }[] };
  return data.groups.flatMap((g) => g.indicators.map((i) => ({ id: i.id, value: i.value })));
}

/** Set one indicator's value in content/data/targets.yaml (comments and layout kept). */
export function setIndicatorValue(root: string, id: string, value: number): void {
  editYaml(join(root, 'content/data/targets.yaml'), (doc) => {
    const groups = (doc.toJS() as { groups: { indicators: { id: string }[] }[] }).groups;
    groups.forEach((g, gi) => g.indicators.forEach((ind, ii) => {
      if (ind.id === id) doc.setIn(['groups', gi, 'indicators', ii, 'value'], value);
    }));
  });
}

/** Markdown files of one collection in one language, e.g. ('zh', 'tasks'). */
export const collectionFiles = (root: string, lang: string, collection: string) =>
  readdirSync(join(root, 'content', lang, collection))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(root, 'content', lang, collection, f));

/** Every date (YYYY-MM-DD) written in the content's front matter: a revision must come after all of them. */
export function latestContentDate(root: string): string {
  const dates: string[] = [];
  for (const lang of ['zh', 'en']) {
    for (const collection of readdirSync(join(root, 'content', lang), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of collectionFiles(root, lang, collection.name)) {
        for (const d of frontMatterText(file).matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) dates.push(d[1]!);
      }
    }
  }
  return dates.sort().at(-1) ?? '2026-01-01';
}

/** `date` plus `days` days, YYYY-MM-DD. */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** How many times a figure is written in a text (as a whole number: 3.3 is not in 13.3; 3,500 = 3500). */
export const countFigure = (text: string, value: number) => numberTokens(text).filter((t) => t.value === value).length;

export interface FigureCorrection {
  indicator: Indicator;
  /** The Markdown files (zh and en, paths relative to the project) whose text carried the figure. */
  files: string[];
}

/** A target figure that can be corrected without doubt, and where it is written. */
export interface CorrectableFigure {
  indicator: Indicator;
  /** The official texts (absolute paths) that state it: none when the project has no sources/. */
  sources: string[];
  /** The Chinese Markdown files (absolute paths) whose text states it, once each (their English files do too). */
  pages: string[];
  /** The English file of a Chinese one. */
  enOf: (zh: string) => string;
}

/**
 * The first indicator whose figure can be found without doubt — once in the official texts and at
 * most once in each Chinese page and its English counterpart. Throws when there is none.
 */
export function findCorrectableFigure(root: string): CorrectableFigure {
  const sourceFiles = existsSync(join(root, 'sources'))
    ? readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'sources', f))
    : [];
  const zhFiles = readdirSync(join(root, 'content', 'zh'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => collectionFiles(root, 'zh', d.name));
  const enOf = (zh: string) => zh.replace(`${join(root, 'content', 'zh')}`, join(root, 'content', 'en'));
  for (const indicator of indicators(root)) {
    const fig = indicator.value;
    const counts = sourceFiles.map((f) => countFigure(readFileSync(f, 'utf8'), fig));
    if (sourceFiles.length && counts.reduce((a, b) => a + b, 0) !== 1) continue;
    const pages = zhFiles.filter((f) => countFigure(readMarkdown(f).body, fig) > 0);
    if (!pages.every((f) => countFigure(readMarkdown(f).body, fig) === 1 && existsSync(enOf(f)) && countFigure(readMarkdown(enOf(f)).body, fig) === 1)) continue;
    return { indicator, sources: sourceFiles.filter((_, i) => counts[i]), pages, enOf };
  }
  throw new Error('no target figure can be corrected without doubt: every figure is written more than once in the official text');
}

/**
 * A target figure corrected as the editing guide describes, after the official text was corrected:
 * the figure of findCorrectableFigure goes to value + 1 in content/data/targets.yaml, in the official
 * text (sources/, when the project has it) and in the pages' sentences that state it.
 */
export function correctFigure(root: string): FigureCorrection {
  const { indicator, sources, pages, enOf } = findCorrectableFigure(root);
  const fig = indicator.value;
  const next = indicator.value + 1;
  setIndicatorValue(root, indicator.id, next);
  for (const f of sources) writeFileSync(f, replaceFigure(readFileSync(f, 'utf8'), fig, next));
  for (const f of pages) {
    editMarkdown(f, { body: (body) => replaceFigure(body, fig, next) });
    editMarkdown(enOf(f), { body: (body) => replaceFigure(body, fig, next) });
  }
  const rel = (f: string) => f.slice(root.length + 1);
  return { indicator, files: pages.flatMap((f) => [rel(f), rel(enOf(f))]) };
}
