/**
 * The text of one version of a content file, as the history pages compare it (no Astro imports):
 * its front matter (read with the YAML 1.2 core schema, so dates stay text) and its body as plain
 * text blocks — one per paragraph, heading, list or table, Markdown marks removed.
 */
import { parse } from 'yaml';
import type { ChangeNote } from '../revisions.ts';
import { splitFrontMatter } from '../front-matter.ts';

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

/** Split a Markdown file into front matter and body. A version that cannot be read yields empty data. */
export function readMarkdown(text: string): MarkdownFile {
  const fm = splitFrontMatter(text);
  return fm ? { data: readYaml(fm.yaml), body: fm.body } : { data: {}, body: text };
}

/** Parse YAML text; anything unreadable (an old, broken version) gives {}. */
export function readYaml(text: string): Record<string, unknown> {
  try {
    const value = parse(text, { schema: 'core' }) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

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

const inline = (s: string) =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim();

/**
 * A Markdown body as plain text blocks: headings without `#` and `{#id}`, list items one per line
 * (starting "• " or their number), table rows one per line with cells joined by " | ".
 */
export function markdownBlocks(body: string): string[] {
  const blocks: string[] = [];
  for (const chunk of body.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    if (lines.every((l) => /^\s*\|/.test(l))) {
      const rows = lines.filter((l) => !/^[\s|:-]*-[\s|:-]*$/.test(l));
      blocks.push(rows.map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => inline(c)).join(' | ')).join('\n'));
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s/.test(lines[0]!)) {
      const items: string[] = [];
      for (const l of lines) {
        const item = /^\s*(?:([-*+])|(\d+[.)]))\s+(.*)$/.exec(l);
        if (item) items.push(`${item[1] ? '•' : item[2]} ${inline(item[3] ?? '')}`);
        else if (items.length) items[items.length - 1] += ` ${inline(l)}`;
      }
      blocks.push(items.join('\n'));
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*(?:\{#[a-z0-9-]+\})?\s*#*\s*$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      blocks.push(inline(heading[1] ?? ''));
      continue;
    }
    blocks.push(inline(lines.map((l) => l.trim()).join(lines.some((l) => /[\u4e00-\u9fff]$/.test(l.trim())) ? '' : ' ')));
  }
  return blocks.filter(Boolean);
}
