/**
 * Structured revisions of a project copy, as the editing guide describes them (front matter and YAML
 * parsed and rewritten, never string replacement in today's text): change notes, a target figure
 * corrected, a wording fix. Used by the history tests and `npm run bench:history`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
