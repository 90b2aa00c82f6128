/** The Markdown-text rules of the checker (src/checker/rules/raw-html.ts, links.ts, images.ts, empty-body.ts) on realistic edits. */
import { afterAll, expect, test } from 'vitest';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject, loadProject } from '../../src/checker/node.ts';
import { chaptersOf, tasksOf } from '../../src/model/pages.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
/** A main task's file in `lang` (the first one the folder lists): the text these tests append to. */
const taskFile = (lang: 'zh' | 'en') => `content/${lang}/tasks/${readdirSync(`content/${lang}/tasks`).filter((f) => f.endsWith('.md')).sort()[0]}`;
const copy = () => {
  const dir = copyProject();
  copies.push(dir);
  return dir;
};

/** Link targets read from today's content: the last Part and another, a task area, a drafting-notes section that opens with a paragraph, a target. */
function targets(dir: string) {
  const content = loadProject(dir).content;
  const parts = chaptersOf(content, 'zh');
  const last = parts.at(-1)!;
  const other = parts.find((c) => c !== last)!;
  const task = tasksOf(content, 'zh').at(-1)!;
  // Its first paragraph is <anchor>-p1 when the section's text starts with a paragraph (not a heading).
  const section = content.entries.notes.filter((s) => s.lang === 'zh').find((s) => /^[^#\s]/.test(s.file.body.trim()))!;
  const indicator = content.targetData!.data.groups.flatMap((g) => g.indicators)[0]!;
  return { last, other: other.data.number, task: task.data.number, section: section.data.anchor, indicator: indicator.id };
}

test('links that resolve pass: pages, relative links, headings, paragraphs, section anchors, table rows, other sites, images with alt', () => {
  const dir = copy();
  const { last, other, task, section, indicator } = targets(dir);
  mkdirSync(join(dir, 'public/images'), { recursive: true });
  writeFileSync(join(dir, 'public/images/map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  appendFileSync(
    join(dir, `content/zh/chapters/${last.name}.md`),
    [
      '',
      '## 保障措施 {#measures}',
      '',
      `见[本节第一段](#measures-p1)、[另一部分](/zh/plan/part-${other}/)、[任务](../../tasks/${task}/)、[英文版](/en/plan/part-${last.data.number}/)、`,
      `[起草说明一节](/zh/drafting-notes/#${section})、[该节第一段](/zh/drafting-notes/#${section}-p1)、`,
      `[表1](/zh/survey/#table-1)、[目标](/zh/targets/#indicator-${indicator})、[更新记录](/zh/revisions/)、[外部](https://www.example.gov.cn/)。`,
      '',
      '![示意图](/images/map.svg)',
      '',
    ].join('\n'),
  );
  // The English file follows paragraph for paragraph (the checker requires it).
  appendFileSync(
    join(dir, `content/en/chapters/${last.name}.md`),
    ['', '## Safeguard measures {#measures}', '', `See [the first paragraph](#measures-p1) and [Part ${other}](/en/plan/part-${other}/).`, '', '![Diagram](/images/map.svg)', ''].join('\n'),
  );
  expect(checkProject(dir).problems).toEqual([]);
});

test('every broken link, missing image and missing alt text in one file is reported, each with its own line', () => {
  const dir = copy();
  appendFileSync(
    join(dir, taskFile('en')),
    ['', '[a](/en/tasks/99/)', '', '[b](/en/plan/part-1/#nowhere)', '', '[c](/kjcx/en/plan/)', '', '![](/images/none.png)', ''].join('\n'),
  );
  const problems = checkProject(dir).problems.filter((p) => p.file === taskFile('en'));
  const lines = problems.map((p) => [p.line, p.en.split(':')[0]]);
  expect(lines).toEqual(
    expect.arrayContaining([
      [expect.any(Number), 'broken link "/en/tasks/99/"'],
      [expect.any(Number), 'broken link "/en/plan/part-1/#nowhere"'],
      [expect.any(Number), 'broken link "/kjcx/en/plan/"'],
      [expect.any(Number), 'image without alt text'],
      [expect.any(Number), 'image file not found'],
    ]),
  );
  expect(new Set(problems.map((p) => p.line)).size).toBe(4);
  for (const p of problems) expect(p.field).toBe('body');
});

test('an HTML comment is allowed; any other HTML is rejected with a plain message', () => {
  const dir = copy();
  appendFileSync(join(dir, taskFile('zh')), '\n<!-- 编辑备注 -->\n\n文字<br>换行\n');
  appendFileSync(join(dir, taskFile('en')), '\nText.\n');
  const problems = checkProject(dir).problems;
  expect(problems.map((p) => p.en.slice(0, 36))).toEqual(['HTML is not allowed in content files']);
  expect(problems[0]!.zh).toContain('内容文件中不允许使用 HTML');
});
