/**
 * Many phrases in one pass (src/search/phrases.ts): for every phrase, exactly what findMatches gives,
 * on made-up edge cases and on every text of the site with every wording of its glossary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findMatches } from '../../src/search/match.ts';
import { PhraseIndex } from '../../src/search/phrases.ts';

/** What the index must give: findMatches for each phrase, the phrases it finds nowhere left out. */
function expected(text: string, phrases: readonly string[]): Map<number, ReturnType<typeof findMatches>> {
  const out = new Map<number, ReturnType<typeof findMatches>>();
  phrases.forEach((p, i) => {
    const m = findMatches(text, p);
    if (m.length) out.set(i, m);
  });
  return out;
}

const sorted = <T>(m: Map<number, T>) => new Map([...m].sort((a, b) => a[0] - b[0]));

describe('PhraseIndex', () => {
  test('Chinese: overlapping phrases, repeated occurrences, one phrase inside another, the same phrase twice', () => {
    const phrases = ['高新技术', '技术企业', '高新技术企业', '企业', '企业', '业企', '企业企业', '哈哈', 'aa'];
    for (const text of ['国家高新技术企业和高新技术企业', '企业企业企业', '哈哈哈哈哈', '高新\u200b技术 企业', 'aaaa企业', '']) {
      expect(sorted(new PhraseIndex(phrases).find(text)), text).toEqual(expected(text, phrases));
    }
  });

  test('Chinese: full-width forms, case and spaces compared as findMatches compares them', () => {
    const phrases = ['中国(浙江)自贸区', 'R&D经费', 'ｒ＆ｄ经费', '十四 五', ' 数字 经济 '];
    const text = '推进中国（浙江）自贸区建设，企业R&D经费与r&d经费，十四五，数字\n经济';
    expect(sorted(new PhraseIndex(phrases).find(text))).toEqual(expected(text, phrases));
  });

  test('words: stems, joiners, punctuation that must match, runs that overlap', () => {
    const phrases = ['high-tech enterprise', 'enterprise', 'enterprises', 'micro, small and medium-sized enterprise', 'talent small', 'R&D', 'GDP', 'the the', 'innovation'];
    const texts = [
      'national high-tech enterprises exceed 200; high tech enterprise',
      'micro, small and medium-sized enterprises and micro small and medium-sized enterprises',
      'talent. Small and medium; talent small',
      '全区R&D经费支出占GDP比重',
      'the the the the',
      'innovative people, innovations, entrepreneurship',
    ];
    for (const text of texts) expect(sorted(new PhraseIndex(phrases).find(text)), text).toEqual(expected(text, phrases));
  });

  test('empty and blank phrases find nothing', () => {
    expect(new PhraseIndex(['', '  ']).find('anything at all').size).toBe(0);
  });

  test("every text of the site, with every wording of the glossary: the same occurrences as findMatches", () => {
    const root = join(import.meta.dirname, '..', '..', 'content');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(md|ya?ml)$/.test(f)).map((f) => readFileSync(join(root, f), 'utf8'));
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    // Every string of the glossary (terms, their other wordings, ids): whatever its fields are called.
    const phrases = [...new Set(strings(parse(readFileSync(join(root, 'data', 'glossary.yaml'), 'utf8'))))];
    expect(phrases.length).toBeGreaterThan(0);
    const index = new PhraseIndex(phrases);
    let found = 0;
    for (const text of files) {
      const want = expected(text, phrases);
      found += want.size;
      expect(sorted(index.find(text))).toEqual(want);
    }
    // The comparison was about something: the glossary's wordings occur in the text.
    expect(found).toBeGreaterThan(0);
  });
});
