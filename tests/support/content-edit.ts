/**
 * Structured edits of content files on a copy, as a member of staff makes them by following the
 * editing guide: front matter and YAML are parsed and written back (comments kept), Markdown bodies
 * are edited as blocks. Nothing here depends on today's wording.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?/;

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

/**
 * The text between a Markdown file's --- lines (which start at line 1). The tests' one reading of
 * front matter, kept apart from the site's (src/lib/front-matter.ts) so that lines the tests expect
 * are not computed by the code under test.
 */
export function frontMatterText(path: string): string {
  const m = FRONT_MATTER.exec(readFileSync(path, 'utf8'));
  if (!m) throw new Error(`${path} has no front matter`);
  return m[1]!;
}

export function readMarkdown(path: string): MarkdownFile {
  const raw = readFileSync(path, 'utf8');
  const m = FRONT_MATTER.exec(raw);
  if (!m) throw new Error(`${path} has no front matter`);
  return { data: parseDocument(m[1]!, { schema: 'core' }).toJS() ?? {}, body: raw.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

/** Edit a Markdown file's front matter (as a YAML document) and/or its body. */
export function editMarkdown(path: string, edit: { data?: (doc: Document) => void; body?: (body: string) => string }): void {
  const raw = readFileSync(path, 'utf8');
  const m = FRONT_MATTER.exec(raw);
  if (!m) throw new Error(`${path} has no front matter`);
  const doc = parseDocument(m[1]!, { schema: 'core' });
  edit.data?.(doc);
  const body = raw.slice(m[0].length);
  writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${edit.body ? edit.body(body) : body}`);
}

/** Edit a YAML file as a document (comments kept). */
export function editYaml(path: string, edit: (doc: Document) => void): void {
  const doc = parseDocument(readFileSync(path, 'utf8'), { schema: 'core' });
  edit(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

export const readYaml = (path: string) => parseDocument(readFileSync(path, 'utf8'), { schema: 'core' }).toJS();

/** The blank-line-separated blocks of a Markdown body, with their first lines (1-based, in the body). */
export function blocks(body: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = body.split('\n');
  let start = -1;
  lines.forEach((l, i) => {
    if (l.trim() && start < 0) start = i;
    if ((!l.trim() || i === lines.length - 1) && start >= 0) {
      out.push({ text: lines.slice(start, l.trim() ? i + 1 : i).join('\n'), line: start + 1 });
      start = -1;
    }
  });
  return out;
}

/** Arabic-numeral tokens of a text with their positions (thousands separators included: 3,500). */
export function numberTokens(text: string): { value: number; index: number; raw: string }[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g)].map((m) => ({ value: Number(m[0].replace(/,/g, '')), index: m.index!, raw: m[0] }));
}

/** Replace every token of `value` in `text` by `next`, keeping a thousands separator where the text had one. */
export function replaceFigure(text: string, value: number, next: number): string {
  let out = '';
  let at = 0;
  for (const tok of numberTokens(text)) {
    if (tok.value !== value) continue;
    out += text.slice(at, tok.index) + (tok.raw.includes(',') ? next.toLocaleString('en-US') : String(next));
    at = tok.index + tok.raw.length;
  }
  return out + text.slice(at);
}
