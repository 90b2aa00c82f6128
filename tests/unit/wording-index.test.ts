/**
 * The alias check's quick first test (src/lib/search/wording-index.ts) never misses: every wording that
 * the search's matching (findMatches) finds in a text is among the text's candidates. Checked on every
 * content file of the project with every glossary term and alias, and on texts made to trip the forms
 * (full-width letters, capitals, spacing, plural endings, punctuation between words).
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { resolve } from 'node:path';
import { readContentFiles } from '../../src/checker/node.ts';
import { WordingIndex } from '../../src/lib/search/wording-index.ts';
import { compactForm, findMatches } from '../../src/lib/search/match.ts';
import { searchableAliases, type AliasTerm } from '../../src/lib/search/aliases.ts';

const files = readContentFiles(resolve('.'));
const glossary = parse(files.get('content/data/glossary.yaml')!) as { terms: AliasTerm[] };
const wordings = [...new Set(glossary.terms.flatMap((t) => (['zh', 'en'] as const).flatMap((lang) => [t[lang], ...searchableAliases(t, lang)])))];

/** The wordings (by index) that findMatches finds in `text`. */
const found = (text: string, list: readonly string[]) => list.flatMap((w, i) => (findMatches(text, w).length ? [i] : []));

describe('WordingIndex', () => {
  test('every glossary wording findMatches finds in a content file is a candidate of that file', () => {
    const index = new WordingIndex(wordings);
    let hits = 0;
    for (const [path, text] of files) {
      if (!path.startsWith('content/')) continue;
      const candidates = new Set(index.candidates(text));
      for (const i of found(text, wordings)) {
        hits++;
        expect(candidates.has(i), `${path}: ${wordings[i]}`).toBe(true);
      }
    }
    expect(hits).toBeGreaterThan(0);
  });

  test('forms that findMatches treats alike are candidates; other words are not', () => {
    const list = ['高新技术企业', 'R&D', 'high-tech enterprise', 'micro, small and medium-sized enterprise', 'ＡＩ产业'];
    const index = new WordingIndex(list);
    const texts = [
      '全区 高新技术\n企业 数量',
      'R & D spending',
      'High-Tech Enterprises grew',
      'micro, small and medium-sized enterprises',
      'ai产业和AI 产业',
      'highly technical enterprise',
      '高新技术和企业',
    ];
    for (const text of texts) {
      const candidates = new Set(index.candidates(text));
      for (const i of found(text, list)) expect(candidates.has(i), `${text}: ${list[i]}`).toBe(true);
    }
    expect(index.candidates('highly technical enterprise')).toEqual([]);
    expect(index.candidates('高新技术和企业')).toEqual([]);
  });

  test('the compact form is the text without whitespace, each character NFKC-normalized and lower-cased', () => {
    // Code unit by code unit, as the matcher has always compared texts.
    const reference = (text: string) =>
      text
        .split('')
        .filter((u) => !/[\s\u200b-\u200d\u2060\ufeff]/.test(u))
        .map((u) => {
          const f = u.normalize('NFKC').toLowerCase();
          return f.length === 1 ? f : u;
        })
        .join('');
    for (const [path, text] of files) expect(compactForm(text) === reference(text), path).toBe(true);
    const odd = 'Ａｂ　Ｃ\u200b（一）ＩＸ 科技ﬁ İ\t\n末';
    expect(compactForm(odd)).toBe(reference(odd));
  });
});
