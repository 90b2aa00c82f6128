/**
 * Structured revisions of a project copy, as the editing guide describes them (front matter and YAML
 * parsed and rewritten, never string replacement in today's text): change notes, a target figure
 * corrected, a wording fix. Used by the history tests and `npm run bench:history`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

export interface Markdown {
  data: Record<string, unknown>;
  body: string;
}

export function readMd(file: string): Markdown {
  const text = readFileSync(file, 'utf8');
  const m = FRONT.exec(text);
  if (!m) throw new Error(`${file} has no front matter`);
  return { data: parse(m[1]!, { schema: 'core' }) as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** Rewrite a Markdown file: `edit` changes its front matter document and returns its new body. */
export function editMd(file: string, edit: (doc: ReturnType<typeof parseDocument>, body: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const m = FRONT.exec(text);
  if (!m) throw new Error(`${file} has no front matter`);
  const doc = parseDocument(m[1]!, { schema: 'core' });
  const body = edit(doc, text.slice(m[0].length));
  writeFileSync(file, `---\n${doc.toString().trimEnd()}\n---\n${body}`);
}

/**
 * Add a change note (newest first) to a file's front matter; `updated` follows it when the file
 * has that field (it must not be earlier than the newest change).
 */
export function addChangeNote(file: string, date: string, note: string): void {
  editMd(file, (doc, body) => {
    const changes = (doc.toJS() as { changes?: unknown[] }).changes ?? [];
    doc.set('changes', [{ date, note }, ...changes]);
    if (doc.has('updated')) doc.set('updated', date);
    return body;
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
  const file = join(root, 'content/data/targets.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const groups = doc.get('groups') as { items: { get: (k: string) => { items: { get: (k: string) => unknown; set: (k: string, v: unknown) => void }[] } }[] };
  for (const g of groups.items) {
    for (const ind of g.get('indicators').items) if (ind.get('id') === id) ind.set('value', value);
  }
  writeFileSync(file, doc.toString());
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
        const m = FRONT.exec(readFileSync(file, 'utf8'));
        for (const d of (m?.[1] ?? '').matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) dates.push(d[1]!);
      }
    }
  }
  return dates.sort().at(-1) ?? '2026-01-01';
}

/** `date` plus `days` days, YYYY-MM-DD. */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A figure written as a whole number in text: not part of a longer number (3.3 is not in 13.3 or 3.35). */
export const figurePattern = (figure: string) => new RegExp(`(?<![\\d.,])${escapeRe(figure)}(?![\\d]|[.,]\\d)`, 'g');
export const countFigure = (text: string, figure: string) => [...text.matchAll(figurePattern(figure))].length;

export interface FigureCorrection {
  indicator: Indicator;
  /** The Markdown files (zh and en, paths relative to the project) whose text carried the figure. */
  files: string[];
}

/**
 * A target figure corrected as the editing guide describes, after the official text was corrected:
 * the first indicator whose figure can be found without doubt — once in the official text and at most
 * once in each Chinese page and its English counterpart — goes to value + 1 in content/data/targets.yaml,
 * in the official text (sources/, when the project has it) and in the pages' sentences that state it.
 * `format(lang, value)` writes the figure as each language does (3,500 in English).
 */
export function correctFigure(root: string, format: (lang: 'zh' | 'en', value: number) => string): FigureCorrection {
  const sourceFiles = existsSync(join(root, 'sources'))
    ? readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'sources', f))
    : [];
  const zhFiles = readdirSync(join(root, 'content', 'zh'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => collectionFiles(root, 'zh', d.name));
  const enOf = (zh: string) => zh.replace(`${join(root, 'content', 'zh')}`, join(root, 'content', 'en'));
  for (const indicator of indicators(root)) {
    const zhFig = format('zh', indicator.value);
    const enFig = format('en', indicator.value);
    const sources = sourceFiles.map((f) => countFigure(readFileSync(f, 'utf8'), zhFig));
    if (sourceFiles.length && sources.reduce((a, b) => a + b, 0) !== 1) continue;
    const pages = zhFiles.filter((f) => countFigure(readMd(f).body, zhFig) > 0);
    if (!pages.every((f) => countFigure(readMd(f).body, zhFig) === 1 && existsSync(enOf(f)) && countFigure(readMd(enOf(f)).body, enFig) === 1)) continue;
    const next = indicator.value + 1;
    setIndicatorValue(root, indicator.id, next);
    sourceFiles.forEach((f, i) => {
      if (sources[i]) writeFileSync(f, readFileSync(f, 'utf8').replace(figurePattern(zhFig), format('zh', next)));
    });
    for (const f of pages) {
      editMd(f, (_d, body) => body.replace(figurePattern(zhFig), format('zh', next)));
      editMd(enOf(f), (_d, body) => body.replace(figurePattern(enFig), format('en', next)));
    }
    const rel = (f: string) => f.slice(root.length + 1);
    return { indicator, files: pages.flatMap((f) => [rel(f), rel(enOf(f))]) };
  }
  throw new Error('no target figure can be corrected without doubt: every figure is written more than once in the official text');
}
