/**
 * Derived data keeps the source's words (issue #22 pt 2). Table 1's places and organisations are
 * compared with the source itself — each one stands word for word in its period's part of Table 1
 * (read here from sources/, not through the code under test), and none is cut out of a series whose
 * place applies to it (发改局 out of 金东区科技局、发改局). The open data's text fields are the
 * page's text: no Markdown escapes or marks. Expectations come from the content and sources/.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkProject } from '../../src/checker/node.ts';
import { droppedPlace } from '../../src/checker/rules/provenance.ts';
import { plainText } from '../../src/lib/reading/open-data.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { editMarkdown, readMarkdown, readYaml } from '../support/content-edit.ts';
import { nonEmpty } from '../support/assert.ts';

const root = resolve('.');
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** Table 1 as the source file writes it, without whitespace, cut at each period's label (2020年7月 …). */
function periodTexts(): Map<string, string> {
  const manifest = readYaml(join(root, 'sources/manifest.yaml')) as { documents: { id: string; file: string }[] };
  const survey = readYaml(join(root, 'content/data/survey.yaml')) as { source: { document: string; section?: string }; periods: { id: string }[] };
  const raw = readFileSync(join(root, 'sources', manifest.documents.find((d) => d.id === survey.source.document)!.file), 'utf8').replace(/\s+/g, '');
  const from = survey.source.section ? raw.indexOf(survey.source.section.replace(/\s+/g, '')) : 0;
  const label = (id: string) => `${Number(id.slice(0, 4))}年${Number(id.slice(5, 7))}月`;
  const starts = survey.periods.map((p) => raw.indexOf(label(p.id), from));
  // A period's part runs to the next period's label, or to the next section heading (三、…).
  const sectionEnd = raw.slice(from + 1).search(/[一二三四五六七八九十]+、/);
  const end = sectionEnd < 0 ? raw.length : from + 1 + sectionEnd;
  return new Map(survey.periods.map((p, i) => [p.id, raw.slice(starts[i]!, starts.filter((s) => s > starts[i]!).sort((a, b) => a - b)[0] ?? end)]));
}

const files = () => readdirSync(join(root, 'content/zh/survey')).filter((f) => f.endsWith('.md')).sort();

describe('Table 1 names keep the source’s words', () => {
  test('every place and organisation stands word for word in its own period’s part of Table 1', () => {
    const texts = periodTexts();
    for (const f of nonEmpty(files(), 'Table 1 files')) {
      const { data } = readMarkdown(join(root, 'content/zh/survey', f));
      const text = texts.get(String(data.period));
      expect(text, f).toBeDefined();
      for (const key of ['places', 'organisations'] as const)
        for (const name of data[key] as string[]) expect(text!.includes(name.replace(/\s+/g, '')), `${f} ${key}: ${name}`).toBe(true);
    }
  });

  test('a name listed alone out of a series whose place applies to it is found; the series listed whole, or a name that keeps its place, is not', () => {
    expect(droppedPlace('1月6日上午与金东区科技局、发改局、经商局座谈。', '发改局')).toEqual({ place: '金东区', series: '金东区科技局、发改局' });
    expect(droppedPlace('1月6日上午与金东区科技局、发改局、经商局座谈。', '金东区科技局、发改局、经商局')).toBeUndefined();
    expect(droppedPlace('赴浙江甲公司、浙江乙公司等地调研。', '浙江乙公司')).toBeUndefined();
    expect(droppedPlace('与金东区科技局、金东区发改局座谈。', '金东区发改局')).toBeUndefined();
  });

  test('the checker rejects a series of the content split into its names, naming the file, the field and the series', () => {
    const series = files().flatMap((f) => {
      const { data } = readMarkdown(join(root, 'content/zh/survey', f));
      return (data.organisations as string[]).flatMap((name, i) => (name.includes('、') ? [{ f, i, name }] : []));
    });
    for (const { f, i, name } of series) {
      const dir = copyProject(root, { files: ['content', 'sources'], prefix: 'derived-' });
      copies.push(dir);
      const parts = name.split('、');
      editMarkdown(join(dir, 'content/zh/survey', f), { data: (doc) => doc.set('organisations', [...(readMarkdown(join(root, 'content/zh/survey', f)).data.organisations as string[]).slice(0, i), ...parts]) });
      const problems = checkProject(dir).problems.filter((p) => p.file === `content/zh/survey/${f}`);
      const dropped = problems.filter((p) => p.en.includes('list the series of names whole'));
      expect(dropped.map((p) => p.field), f).toEqual(parts.slice(1).map((_, k) => `organisations.${i + 1 + k}`));
      for (const p of dropped) expect(p.zh, f).toContain(parts[0]!);
    }
  });
});

describe('open data holds plain text', () => {
  test('Markdown escapes, emphasis and links are gone; the words stay', () => {
    expect(plainText('Zhejiang A Co., Ltd.\\*, Zhejiang B Co., Ltd.\\* and others.')).toBe('Zhejiang A Co., Ltd.*, Zhejiang B Co., Ltd.* and others.');
    expect(plainText('One *two*\nthree.\n\nFour **five** [six](/en/x/).')).toBe('One two three.\nFour five six.');
  });
});
