/**
 * Derived data keeps the source's words (issue #22 pt 2). That each Table 1 place and organisation
 * stands word for word in its own period's row of the official table is a content check
 * (src/checker/rules/provenance.ts `names`; bad-input cases name-not-in-source, name-in-another-row);
 * here: none is cut out of a series whose place applies to it (发改局 out of 金东区科技局、发改局). The
 * open data's text fields are the page's text: no Markdown escapes or marks. Expectations come from the content and sources/.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkProject } from '../../src/checker/node.ts';
import { droppedPlace } from '../../src/checker/rules/provenance.ts';
import { plainText } from '../../src/lib/reading/open-data.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { editMarkdown, readMarkdown } from '../support/content-edit.ts';

const root = resolve('.');
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const files = () => readdirSync(join(root, 'content/zh/survey')).filter((f) => f.endsWith('.md')).sort();

describe('Table 1 names keep the source’s words', () => {
  test('a name listed alone out of a series whose place applies to it is found; the series listed whole, or a name that keeps its place, is not', () => {
    expect(droppedPlace('1月6日上午与金东区科技局、发改局、经商局座谈。', '发改局')).toEqual({ place: '金东区', series: '金东区科技局、发改局' });
    expect(droppedPlace('1月6日上午与金东区科技局、发改局、经商局座谈。', '金东区科技局、发改局、经商局')).toBeUndefined();
    expect(droppedPlace('赴浙江甲公司、浙江乙公司等地调研。', '浙江乙公司')).toBeUndefined();
    expect(droppedPlace('与金东区科技局、金东区发改局座谈。', '金东区发改局')).toBeUndefined();
    expect(droppedPlace('赴经济开发区、东孝街道调研。', '东孝街道')).toBeUndefined();
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
