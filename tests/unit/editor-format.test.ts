/**
 * The editor's file formats (src/lib/editor/text-format.ts) change only what was changed: every
 * content and data file of the project reads and writes back byte for byte, and an edit touches
 * only its own lines. (tests/browser/editor.test.ts proves the same through the real editor.)
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import {
  ORIGINAL_KEY,
  readMarkdownFile,
  readYamlFile,
  writeMarkdownFile,
  writeYamlFile,
} from '../../src/lib/editor/text-format.ts';

const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full.split('\\').join('/'));
  }
};
walk('content');
// The official texts (sources/*.txt) are files kept exactly as received: the editor uploads and
// replaces them whole, never through a format.
walk('sources');
const edited = files.filter((f) => /\.(md|yaml)$/.test(f));

const FORMATS = {
  md: [readMarkdownFile, writeMarkdownFile],
  yaml: [readYamlFile, writeYamlFile],
} as const;
const formatOf = (path: string) => FORMATS[path.split('.').at(-1) as keyof typeof FORMATS];

/** What the editor does around a format: it trims the text it reads and ends what it writes with one newline. */
const roundTrip = (path: string, text: string, edit: (content: Record<string, unknown>) => void = () => {}) => {
  const [read, write] = formatOf(path);
  const content = structuredClone(read(text.trim()));
  edit(content);
  return `${write(content).trim()}\n`;
};

/** The lines an edit removed and added. */
const changedLines = (before: string, after: string) =>
  diffLines(before, after).filter((p) => p.added || p.removed).map((p) => `${p.added ? '+' : '-'}${p.value}`);

describe('every content and data file', () => {
  for (const path of edited) {
    test(`${path}: starts with no blank, ends with one newline, reads and writes back unchanged`, () => {
      const text = readFileSync(path, 'utf8');
      expect(text, 'the editor trims a file it reads and writes one final newline').toBe(`${text.trim()}\n`);
      expect(text).not.toMatch(/\r/);
      expect(roundTrip(path, text)).toBe(text);
    });
  }
});

describe('an edit changes only its own lines', () => {
  const chapter = files.find((f) => /^content\/zh\/chapters\/.*\.md$/.test(f))!;
  const yamlWithComments = 'content/data/targets.yaml';

  test('a new change note and date in a Markdown file: added lines only, the text and the rest of the front matter as they were', () => {
    const before = readFileSync(chapter, 'utf8');
    const after = roundTrip(chapter, before, (c) => {
      c.updated = '2030-01-02';
      c.changes = [{ date: '2030-01-02', note: '测试修订。' }, ...((c.changes as unknown[]) ?? [])];
    });
    const changed = changedLines(before, after);
    expect(changed.every((l) => l.startsWith('+') || /^-updated:/.test(l)), changed.join('')).toBe(true);
    expect(changed.join('')).toContain('note: 测试修订。');
    expect(after.slice(after.indexOf('\n---\n'))).toBe(before.slice(before.indexOf('\n---\n')));
  });

  // Sveltia hands over an optional yes/no field the file leaves out as false (`minor: false` on every
  // earlier note): the earlier notes must still be found unchanged, so they keep their lines and quoting.
  const noted = files.filter((f) => /\.md$/.test(f) && /\nchanges:\n/.test(readFileSync(f, 'utf8')));
  test.each(noted)('%s: a new note on top, the earlier notes handed back with minor: false, changes added lines only', (path) => {
    const before = readFileSync(path, 'utf8');
    const after = roundTrip(path, before, (c) => {
      c.updated = '2030-01-02';
      const earlier = ((c.changes as Record<string, unknown>[]) ?? []).map((n) => ({ minor: false, ...n }));
      c.changes = [{ date: '2030-01-02', note: 'Round trip.', minor: false }, ...earlier];
    });
    const changed = changedLines(before, after);
    expect(changed.every((l) => l.startsWith('+') || /^-updated:/.test(l)), changed.join('')).toBe(true);
  });

  test('a changed body keeps the front matter byte for byte', () => {
    const before = readFileSync(chapter, 'utf8');
    const after = roundTrip(chapter, before, (c) => {
      c.body = `${String(c.body).trimEnd()}\n\n新增段落。\n`;
    });
    expect(after.startsWith(before.slice(0, before.indexOf('\n---\n') + 5))).toBe(true);
    expect(changedLines(before, after).every((l) => l.startsWith('+'))).toBe(true);
  });

  test('a changed figure in a YAML file with comments: that line only, comments and quoting kept', () => {
    const before = readFileSync(yamlWithComments, 'utf8');
    const after = roundTrip(yamlWithComments, before, (c) => {
      const indicator = (c.groups as { indicators: { value: number }[] }[])[0]!.indicators[0]!;
      indicator.value += 0.1;
    });
    const changed = changedLines(before, after);
    expect(changed).toHaveLength(2);
    expect(changed[0]).toMatch(/^-\s+value: /);
    expect(changed[1]).toMatch(/^\+\s+value: /);
  });

  test('a new optional key goes after the key before it in schema order', () => {
    const text = '# comment\nid: a\ntitle: "T"\nen:\n  title: E\n';
    const read = readYamlFile(text);
    const out = writeYamlFile({ id: read.id, title: read.title, status: 'x', en: read.en, [ORIGINAL_KEY]: read[ORIGINAL_KEY] });
    expect(out).toBe('# comment\nid: a\ntitle: "T"\nstatus: x\nen:\n  title: E\n');
  });
});
