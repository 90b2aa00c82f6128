/** The real content: valid, complete in both languages, and faithful to the source document. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { checkContent, NEUTRAL_FIELDS, type MarkdownCollection } from '../../src/lib/content/check.ts';
import { listFiles } from '../../src/lib/content/files.ts';
import { UI } from '../../src/i18n/index.ts';

const root = resolve('.');
const SOURCE = resolve(root, '../shared/source/drafting-notes.zh.txt');
const result = checkContent(root);

test('the content check finds no problems', () => {
  expect(result.problems).toEqual([]);
});

describe('zh/en parity', () => {
  for (const collection of ['notes', 'chapters', 'tasks', 'survey'] as MarkdownCollection[]) {
    test(`${collection}: every zh entry has an en counterpart and the reverse, with equal language-neutral fields`, () => {
      const names = (lang: string) =>
        listFiles(resolve(root, 'content', lang, collection), ['.md']).map((f) => f.replace(/^.*[\\/]/, ''));
      expect(names('zh').length).toBeGreaterThan(0);
      expect(names('en')).toEqual(names('zh'));
      const entries = result.entries[collection];
      for (const zh of entries.filter((e) => e.lang === 'zh')) {
        const en = entries.find((e) => e.lang === 'en' && e.name === zh.name);
        expect(en, zh.file.path).toBeDefined();
        for (const field of NEUTRAL_FIELDS[collection]) expect(en!.data[field], `${zh.file.path} ${field}`).toEqual(zh.data[field]);
      }
    });
  }

  test('every zh paragraph has one en paragraph (same paragraph count per file)', () => {
    for (const collection of ['notes', 'chapters', 'tasks', 'survey'] as MarkdownCollection[]) {
      for (const zh of result.entries[collection].filter((e) => e.lang === 'zh')) {
        const en = result.entries[collection].find((e) => e.lang === 'en' && e.name === zh.name)!;
        const count = (body: string) => body.split(/\n\s*\n/).filter((p) => p.trim()).length;
        expect(count(en.file.body), en.file.path).toBe(count(zh.file.body));
      }
    }
  });

  test('target labels exist for every group, indicator and unit in both languages', () => {
    const zh = parse(readFileSync('content/zh/targets.yaml', 'utf8'));
    const en = parse(readFileSync('content/en/targets.yaml', 'utf8'));
    for (const key of ['groups', 'indicators', 'units']) expect(Object.keys(en[key]).sort()).toEqual(Object.keys(zh[key]).sort());
  });

  test('UI strings: zh.json and en.json have the same keys and no empty value', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const [k, v] of Object.entries(UI[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });
});

describe('faithful to ../shared/source/drafting-notes.zh.txt', () => {
  const source = readFileSync(SOURCE, 'utf8');
  const zhNotes = result.entries.notes.filter((e) => e.lang === 'zh').map((e) => e.file.body).join('\n');

  test('every prose paragraph of the source appears verbatim in the zh drafting notes', () => {
    const lines = source.split('\n').map((l) => l.trim());
    const prose = lines.filter((l) => l.length > 60 && !/^\d+月/.test(l));
    expect(prose.length).toBeGreaterThanOrEqual(5);
    for (const p of prose) expect(zhNotes, p.slice(0, 30)).toContain(p);
  });

  test('section headings and the document title come from the source', () => {
    const titles = result.entries.notes.filter((e) => e.lang === 'zh').map((e) => e.data.title).filter(Boolean) as string[];
    for (const t of titles) expect(source, t).toContain(t);
  });

  test('every Table 1 activity text appears verbatim in the source', () => {
    const norm = (s: string) => s.replace(/\s+/g, '');
    for (const e of result.entries.survey.filter((x) => x.lang === 'zh')) {
      for (const para of e.file.body.split(/\n\s*\n/).filter((p) => p.trim())) expect(norm(source), e.file.path).toContain(norm(para));
      expect(source).toContain(e.data.label as string);
      for (const name of [...(e.data.places as string[]), ...(e.data.organisations as string[])]) expect(source, name).toContain(name);
    }
  });

  test('the 2025 target figures in content/data/targets.yaml are the source figures, in order', () => {
    const start = source.indexOf('力争到2025年实现');
    const end = source.indexOf('第四部分主要提出');
    const figures = source
      .slice(start + '力争到2025年实现'.length, end)
      .match(/\d+(?:\.\d+)?/g)!
      .map(Number);
    const data = parse(readFileSync('content/data/targets.yaml', 'utf8'), { schema: 'core' });
    const values = data.groups.flatMap((g: { indicators: { value: number }[] }) => g.indicators.map((i) => i.value));
    expect(values).toEqual(figures);
    expect(values).toHaveLength(14);
  });

  test('the five group names of the targets come from the source, in order', () => {
    const zh = parse(readFileSync('content/zh/targets.yaml', 'utf8'));
    const names = Object.values(zh.groups) as string[];
    let at = 0;
    for (const n of names) {
      const i = source.indexOf(n, at);
      expect(i, n).toBeGreaterThan(-1);
      at = i;
    }
    for (const name of Object.values(zh.indicators) as string[]) expect(source, name).toContain(name);
  });

  test('Table 1 dates agree with the activity text of each period', () => {
    const data = parse(readFileSync('content/data/survey.yaml', 'utf8'), { schema: 'core' });
    for (const p of data.periods) {
      const [, m, d] = p.start.split('-').map(Number);
      const [, , d2] = p.end.split('-').map(Number);
      const body = result.entries.survey.find((e) => e.lang === 'zh' && e.data.period === p.id)!.file.body;
      expect(body, p.id).toContain(`${m}月${d}日`);
      expect(body, p.id).toContain(`${m}月${d2}日`);
    }
  });

  test('chapter and task titles are phrases of the source', () => {
    // Part 1 is described as "对……进行回顾"; its title drops the verb: "……回顾".
    for (const c of [...result.entries.chapters, ...result.entries.tasks].filter((e) => e.lang === 'zh')) {
      expect(source, c.file.path).toContain((c.data.title as string).replace(/回顾$/, ''));
    }
  });
});
