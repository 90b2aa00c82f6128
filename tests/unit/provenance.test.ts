/**
 * Provenance and cross-language figures, on copies of the real content edited the way staff edit
 * it. Every expectation is read from the content, the data and the source text, so the tests hold
 * whatever the figures, paragraphs and sources say after future revisions.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '../../src/checker/check.ts';
import { checkProject } from '../../src/checker/node.ts';
import { parseSourceText, findSection, comparable } from '../../src/lib/sources/text.ts';
import { arabicFigures } from '../../src/lib/sources/text.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { blocks, editMarkdown, editYaml, numberTokens, readMarkdown, readYaml, replaceFigure } from '../support/content-edit.ts';

const root = resolve('.');
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
function copy(): string {
  const dir = copyProject(root, { files: ['content', 'sources'], prefix: 'provenance-' });
  copies.push(dir);
  return dir;
}

const baseline = checkProject(root);
const zhEntries = Object.values(baseline.entries).flat().filter((e) => e.lang === 'zh');
const manifest = readYaml(join(root, 'sources/manifest.yaml')) as { documents: { id: string; file: string }[] };
const sourceText = (id: string) => parseSourceText(readFileSync(join(root, 'sources', manifest.documents.find((d) => d.id === id)!.file), 'utf8'));
const problemsIn = (dir: string, file: string) => checkProject(dir).problems.filter((p) => p.file === file);
const lineOf = (dir: string, file: string, predicate: (line: string) => boolean) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex(predicate) + 1;

test('the real content passes every provenance and figure rule', () => {
  expect(zhEntries.length).toBeGreaterThan(0);
  expect(baseline.problems).toEqual([]);
});

describe('2025 target figures and Table 1 dates must be found in their source', () => {
  const targets = readYaml(join(root, 'content/data/targets.yaml')) as { groups: { indicators: { id: string; value: number }[] }[] };
  const first = targets.groups[0]!.indicators[0]!;

  test('a target figure the source does not give is rejected, naming the file, the field and what the source says', () => {
    const dir = copy();
    editYaml(join(dir, 'content/data/targets.yaml'), (doc) => doc.setIn(['groups', 0, 'indicators', 0, 'value'], first.value + 1));
    const [p, ...rest] = problemsIn(dir, 'content/data/targets.yaml');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'groups.0.indicators.0.value', line: lineOf(dir, 'content/data/targets.yaml', (l) => l.includes(`value: ${first.value + 1}`)) });
    const name = (readYaml(join(dir, 'content/zh/targets.yaml')) as { indicators: Record<string, string> }).indicators[first.id]!;
    expect(p!.zh).toContain(name);
    expect(p!.en).toContain(`${first.value + 1} is not the figure`);
    expect(p!.en).toContain(String(first.value)); // what the source says
  });

  test('a Table 1 date the source does not give for that period is rejected', () => {
    const dir = copy();
    const survey = readYaml(join(dir, 'content/data/survey.yaml')) as { source: { document: string; section?: string }; periods: { id: string; start: string; end: string }[] };
    const doc = sourceText(survey.source.document);
    const text = comparable(doc, survey.source.section ? findSection(doc, survey.source.section) : undefined);
    const [y, m, end] = survey.periods[0]!.end.split('-').map(Number) as [number, number, number];
    // An earlier day of the same month that the source does not name, as the start (still before the end).
    const day = [...Array(end).keys()].map((d) => d + 1).find((d) => !text.includes(`${m}月${d}日`))!;
    const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    editYaml(join(dir, 'content/data/survey.yaml'), (d) => d.setIn(['periods', 0, 'start'], date));
    const problems = problemsIn(dir, 'content/data/survey.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'periods.0.start' });
    expect(problems[0]!.zh).toContain(`${m}月${day}日`);
  });
});

describe('verbatim entries must match their source', () => {
  const entry = zhEntries.find((e) => (e.data.source as { verbatim: boolean }).verbatim && blocks(e.file.body).some((b) => b.text.length > 20));

  test('a paragraph that drifted is reported with its file, line and first difference', () => {
    expect(entry, 'no verbatim Chinese entry with a paragraph').toBeDefined();
    const dir = copy();
    const para = blocks(entry!.file.body).find((b) => b.text.length > 20)!;
    const at = Math.floor(para.text.length / 2);
    const original = para.text[at]!;
    const replacement = original === '某' ? '甲' : '某';
    editMarkdown(join(dir, entry!.file.path), { body: (body) => body.replace(para.text, para.text.slice(0, at) + replacement + para.text.slice(at + 1)) });
    const problems = problemsIn(dir, entry!.file.path).filter((p) => p.field === 'body' && /differs from/.test(p.en));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(readMarkdown(join(dir, entry!.file.path)).bodyLine + para.line - 1);
    // The first difference: the source's character on one side, the file's on the other.
    expect(problems[0]!.en).toMatch(new RegExp(`the source has “${original}`));
    expect(problems[0]!.en).toMatch(new RegExp(`this file has “${replacement}`));
    expect(problems[0]!.zh).toContain('原文为');
  });
});

/** A Chinese entry with a top-level block holding a 2025 target figure that its English block states too. */
function figureCase() {
  const data = readYaml(join(root, 'content/data/targets.yaml')) as { groups: { indicators: { value: number }[] }[] };
  const targetValues = new Set(data.groups.flatMap((g) => g.indicators.map((i) => i.value)));
  for (const zh of zhEntries) {
    const en = baseline.entries[zh.collection].find((e) => e.lang === 'en' && e.name === zh.name);
    if (!en) continue;
    const zb = blocks(zh.file.body);
    const eb = blocks(en.file.body);
    for (const [i, b] of zb.entries()) {
      const enBlock = eb[i];
      if (!enBlock) continue;
      const value = numberTokens(b.text).map((t) => t.value).find((v) => targetValues.has(v) && v >= 11 && numberTokens(enBlock.text).some((t) => t.value === v));
      if (value !== undefined) return { zh, en, block: b, enBlock, value };
    }
  }
  return undefined;
}

describe('the same figures in both languages', () => {
  const c = figureCase();

  test('a figure changed in the Chinese only is rejected, naming both files, the line and the numbers', () => {
    expect(c, 'no paragraph with a figure in both languages').toBeDefined();
    const dir = copy();
    const next = c!.value + 7;
    editMarkdown(join(dir, c!.zh.file.path), { body: (body) => body.replace(c!.block.text, replaceFigure(c!.block.text, c!.value, next)) });
    const problems = checkProject(dir).problems.filter((p: Problem) => /figures differ/.test(p.en));
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.file).toBe(c!.en.file.path);
    expect(p.en).toContain(`${c!.zh.file.path}:${readMarkdown(join(dir, c!.zh.file.path)).bodyLine + c!.block.line - 1}`);
    expect(p.line).toBe(c!.en.file.bodyLine + c!.enBlock.line - 1);
    expect(p.en).toContain(String(next));
    expect(p.en).toContain(String(c!.value));
    expect(checkProject(dir).problems.some((x) => x.file === c!.zh.file.path && x.en.includes(`figure ${next} is not found`))).toBe(true);
  });

  test('a figure changed in the English only is rejected too', () => {
    const dir = copy();
    const next = c!.value + 7;
    editMarkdown(join(dir, c!.en.file.path), { body: (body) => body.replace(c!.enBlock.text, replaceFigure(c!.enBlock.text, c!.value, next)) });
    const problems = checkProject(dir).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: c!.en.file.path, field: 'body' });
    expect(problems[0]!.en).toContain(c!.zh.file.path);
    expect(problems[0]!.en).toContain(String(next));
  });

  test('a figure corrected in the official copy, the data and both languages passes', () => {
    const dir = copy();
    const next = c!.value + 7;
    const ref = c!.zh.data.source as { document: string };
    const file = manifest.documents.find((d) => d.id === ref.document)!.file;
    const path = join(dir, 'sources', file);
    writeFileSync(path, replaceFigure(readFileSync(path, 'utf8'), c!.value, next));
    editYaml(join(dir, 'sources/manifest.yaml'), (doc) => {
      const i = manifest.documents.findIndex((d) => d.id === ref.document);
      doc.setIn(['documents', i, 'corrections'], doc.createNode([{ date: '2027-01-15', note: `依据官方更正，${c!.value} 改为 ${next}。`, en: `Corrected ${c!.value} to ${next}, following the official correction.` }]));
    });
    // Every figure in the data that equals the old value changes too (the data follows the source).
    editYaml(join(dir, 'content/data/targets.yaml'), (doc) => {
      const data = doc.toJS() as { groups: { indicators: { value: number }[] }[] };
      data.groups.forEach((g, gi) => g.indicators.forEach((ind, ii) => ind.value === c!.value && doc.setIn(['groups', gi, 'indicators', ii, 'value'], next)));
    });
    for (const e of Object.values(baseline.entries).flat()) {
      if (numberTokens(e.file.body).some((t) => t.value === c!.value)) editMarkdown(join(dir, e.file.path), { body: (b) => replaceFigure(b, c!.value, next) });
    }
    expect(checkProject(dir).problems).toEqual([]);
  });
});

describe('declaring sources', () => {
  const zh = zhEntries[0]!;
  const enPath = zh.file.path.replace('content/zh/', 'content/en/');

  test('a Chinese entry without source is rejected; an English entry with one is rejected', () => {
    const dir = copy();
    editMarkdown(join(dir, zh.file.path), { data: (doc) => void doc.delete('source') });
    editMarkdown(join(dir, enPath), { data: (doc) => doc.set('source', doc.createNode(zh.data.source)) });
    const problems = checkProject(dir).problems;
    expect(problems.find((p) => p.file === zh.file.path)).toMatchObject({ field: 'source' });
    expect(problems.find((p) => p.file === enPath)).toMatchObject({ field: 'source' });
    expect(problems.find((p) => p.file === enPath)!.en).toContain(zh.file.path);
  });

  test('an unknown document or section is rejected, listing what exists', () => {
    const dir = copy();
    editMarkdown(join(dir, zh.file.path), { data: (doc) => doc.setIn(['source', 'document'], 'no-such-document') });
    const other = zhEntries.find((e) => e.file.path !== zh.file.path)!;
    editMarkdown(join(dir, other.file.path), { data: (doc) => doc.setIn(['source', 'section'], '九、不存在的一节') });
    const problems = checkProject(dir).problems;
    const unknownDoc = problems.find((p) => p.file === zh.file.path && p.field === 'source.document');
    expect(unknownDoc!.en).toContain(manifest.documents[0]!.id);
    const unknownSection = problems.find((p) => p.file === other.file.path && p.field === 'source.section');
    const doc = sourceText((other.data.source as { document: string }).document);
    expect(unknownSection!.en).toContain(doc.sections.find((s) => s.heading)!.heading!);
  });

  test('a manifest entry whose text file is missing is rejected', () => {
    const dir = copy();
    rmSync(join(dir, 'sources', manifest.documents[0]!.file));
    expect(problemsIn(dir, 'sources/manifest.yaml')[0]).toMatchObject({ field: 'documents.0.file' });
  });
});

test('every figure of the Chinese entries is found in their declared sections', () => {
  // The rule the checker applies, recomputed here from the raw files: a regression guard on the checker itself.
  let checked = 0;
  for (const e of zhEntries) {
    const ref = e.data.source as { document: string; section?: string };
    const doc = sourceText(ref.document);
    const text = comparable(doc, ref.section ? findSection(doc, ref.section) : undefined);
    const figures = new Set(arabicFigures(text));
    for (const f of arabicFigures(e.file.body.replace(/\[[^\]]*\]\([^)]*\)/g, ''))) {
      expect(figures.has(f), `${e.file.path}: ${f}`).toBe(true);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});
