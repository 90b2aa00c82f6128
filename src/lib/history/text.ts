/**
 * The text of one version of a content file, as the history pages compare it (no Astro imports):
 * its front matter (read with the YAML 1.2 core schema, so dates stay text) and its body as plain
 * text blocks — one per paragraph, heading, list or table, Markdown marks removed (mdast-util-to-string).
 */
import { parse } from 'yaml';
import type { ChangeNote } from '../revisions.ts';
import { splitFrontMatter } from '../front-matter.ts';
import { splitHeadingId } from '../heading-id.ts';
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../../checker/markdown.ts';

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

/** Split a Markdown file into front matter and body. A version that cannot be read yields empty data. */
export function readMarkdown(text: string): MarkdownFile {
  const fm = splitFrontMatter(text);
  return fm ? { data: readYaml(fm.yaml), body: fm.body } : { data: {}, body: text };
}

/**
 * Results by the text they were made from. The history pages read the same few versions of each file
 * many times (every page's versions, redlines and past versions): a build parsed each one dozens of
 * times, about a tenth of its CPU (2026-12-03). The results are shared, so callers only read them.
 */
function byText<T>(make: (text: string) => T): (text: string) => T {
  const made = new Map<string, T>();
  return (text) => {
    let value = made.get(text);
    if (value === undefined && !made.has(text)) made.set(text, (value = make(text)));
    return value as T;
  };
}

/** Parse YAML text; anything unreadable (an old, broken version) gives {}. The result is shared: read it, never change it. */
export const readYaml = byText((text: string): Record<string, unknown> => {
  try {
    const value = parse(text, { schema: 'core' }) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
});

/** The `changes` list of a front matter, keeping only well-formed entries. */
export function changeNotes(data: Record<string, unknown>): ChangeNote[] {
  const list = Array.isArray(data.changes) ? data.changes : [];
  return list.flatMap((c) => {
    if (!c || typeof c !== 'object') return [];
    const { date, note, minor } = c as Record<string, unknown>;
    return typeof note === 'string' && typeof date === 'string' ? [{ date, note, ...(minor === true ? { minor } : {}) }] : [];
  });
}

/** The change notes present in `after` and not in `before` (same date and words = same note). */
export function addedNotes(before: string | undefined, after: string | undefined): ChangeNote[] {
  if (after === undefined) return [];
  const key = (c: ChangeNote) => `${c.date}\u0000${c.note.trim()}`;
  const had = new Set(before === undefined ? [] : changeNotes(readMarkdown(before).data).map(key));
  return changeNotes(readMarkdown(after).data).filter((c) => !had.has(key(c)));
}

const HAN_END = /\p{Script=Han}$/u;

/** A text's line breaks as a reader joins them: none after a Chinese character, a space otherwise. */
const joinLines = (s: string) =>
  s
    .split(/[ \t]*\r?\n[ \t]*/)
    .reduce((out, line) => (out === '' ? line : `${out}${HAN_END.test(out) ? '' : ' '}${line}`), '')
    .trim();

/** The words of a node as the page shows them (mdast-util-to-string: marks, link targets and escapes gone; raw HTML left out). */
const words = (node: Nodes) => joinLines(toString(node, { includeHtml: false }));

/** One top-level block as plain text. */
function blockText(node: RootContent): string {
  if (node.type === 'heading') return splitHeadingId(words(node)).text;
  if (node.type === 'list') {
    return node.children.map((item, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '•'} ${item.children.map(words).join(' ')}`).join('\n');
  }
  if (node.type === 'table') return node.children.map((row) => row.children.map(words).join(' | ')).join('\n');
  return words(node);
}

/**
 * A Markdown body as plain text blocks (parsed once by the checker's parser, src/checker/markdown.ts):
 * headings without `#` and `{#id}`, list items one per line (starting "• " or their number), table
 * rows one per line with cells joined by " | ".
 */
export const markdownBlocks = byText((body: string): string[] => parseMarkdown(body).children.map(blockText).filter(Boolean));
