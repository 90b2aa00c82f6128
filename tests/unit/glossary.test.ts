/**
 * One term, one rendering: wherever a glossary term appears in a Chinese entry, the English
 * counterpart uses the glossary's English rendering.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { MarkdownCollection } from '../../src/checker/check.ts';
import { checkProject } from '../../src/checker/node.ts';

const { entries } = checkProject(resolve('.'));
const glossary = parse(readFileSync('content/data/glossary.yaml', 'utf8')).terms as { id: string; zh: string; en: string }[];

/** Everything a reader sees of an entry: its text fields and its body. */
const textOf = (data: Record<string, unknown>, body: string) =>
  [...Object.values(data).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])), body].join('\n');

/**
 * A zh term can sit inside a longer fixed phrase with its own rendering (e.g. 创新驱动 inside
 * 创新驱动引领): a term counts only where no longer glossary term covers that occurrence.
 */
function occursOutsideLongerTerms(text: string, term: string): boolean {
  const longer = glossary.map((g) => g.zh).filter((z) => z.length > term.length && z.includes(term));
  let masked = text;
  for (const l of longer) masked = masked.split(l).join('\u0000'.repeat(l.length));
  return masked.includes(term);
}

test('the glossary has unique ids and unique Chinese terms', () => {
  expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
  expect(new Set(glossary.map((g) => g.zh)).size).toBe(glossary.length);
  // The glossary was read (how many terms it holds is the glossary's business, not a test's).
  expect(glossary.length).toBeGreaterThan(0);
});

describe('English entries use the glossary rendering of every term their Chinese counterpart uses', () => {
  for (const collection of ['notes', 'chapters', 'tasks', 'survey'] as MarkdownCollection[]) {
    for (const zh of entries[collection].filter((e) => e.lang === 'zh')) {
      const en = entries[collection].find((e) => e.lang === 'en' && e.name === zh.name);
      test(`${collection}/${zh.name}`, () => {
        expect(en).toBeDefined();
        const zhText = textOf(zh.data, zh.file.body);
        const enText = textOf(en!.data, en!.file.body).toLowerCase().replace(/[’']/g, "'");
        const missing = glossary
          .filter((g) => occursOutsideLongerTerms(zhText, g.zh))
          .filter((g) => !enText.includes(g.en.toLowerCase().replace(/[’']/g, "'")))
          .map((g) => `${g.zh} → ${g.en}`);
        expect(missing).toEqual([]);
      });
    }
  }
});
