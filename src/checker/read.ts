/**
 * Reading one content file for the checker (pure: text in, parsed file out): front matter and YAML
 * are parsed with the YAML 1.2 core schema (no implicit dates), and every value keeps its line
 * number for error messages.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { SourceFile } from './types.ts';
import { splitFrontMatter } from '../lib/front-matter.ts';

export type { SourceFile };

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

/** A content file (`path` repo-relative, e.g. content/zh/chapters/3.md) from its text. */
export function parseSourceFile(path: string, raw: string): SourceFile {
  if (/\.ya?ml$/.test(path)) {
    return { path, raw, body: '', bodyLine: 1, ...yamlFile(raw, 0) };
  }
  const fm = splitFrontMatter(raw);
  if (!fm) {
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
  return { path, raw, body: fm.body, bodyLine: fm.bodyLine, ...yamlFile(fm.yaml, 1) };
}

/** Order of paths as a folder walk lists them: folder by folder, names sorted. */
export function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}
