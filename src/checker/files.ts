/**
 * Reading content files for the checker: front matter and YAML are parsed with the YAML 1.2
 * core schema (no implicit dates), and every value keeps its line number for error messages.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes, e.g. content/zh/chapters/3.md */
  path: string;
  /** Parsed front matter (Markdown) or whole document (YAML); undefined when it could not be parsed. */
  data: unknown;
  /** Markdown body (empty for YAML files). */
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Line of the value at a path in the data, when known. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number; message: string }[];
  raw: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function yamlFile(source: string, offsetLines: number): Pick<SourceFile, 'data' | 'lineOf' | 'syntaxErrors'> {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => ({
    line: counter.linePos(e.pos[0]).line + offsetLines,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const lineOf = (p: readonly PropertyKey[]) => {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
    }
    return undefined;
  };
  return { data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}), lineOf, syntaxErrors };
}

export function readSourceFile(root: string, absPath: string): SourceFile {
  const raw = readFileSync(absPath, 'utf8');
  const path = relative(root, absPath).split('\\').join('/');
  if (/\.ya?ml$/.test(absPath)) {
    return { path, raw, body: '', bodyLine: 1, ...yamlFile(raw, 0) };
  }
  const m = FRONT_MATTER.exec(raw);
  if (!m) {
    return {
      path,
      raw,
      data: undefined,
      body: raw,
      bodyLine: 1,
      lineOf: () => 1,
      syntaxErrors: [{ line: 1, message: 'front matter missing: the file must start with a line --- , the fields, and another line ---' }],
    };
  }
  const fmLines = m[0].split('\n').length - 1;
  return { path, raw, body: raw.slice(m[0].length), bodyLine: fmLines + 1, ...yamlFile(m[1] ?? '', 1) };
}

/** All files under dir (recursively) whose names end with one of the extensions. */
export function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}
