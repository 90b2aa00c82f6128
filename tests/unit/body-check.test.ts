/** The Markdown-text rules of the checker (src/checker/rules/body.ts) on realistic edits. */
import { afterAll, expect, test } from 'vitest';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/checker/node.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
const copy = () => {
  const dir = copyProject();
  copies.push(dir);
  return dir;
};

test('links that resolve pass: pages, relative links, headings, paragraphs, section anchors, table rows, other sites, images with alt', () => {
  const dir = copy();
  mkdirSync(join(dir, 'public/images'), { recursive: true });
  writeFileSync(join(dir, 'public/images/map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  appendFileSync(
    join(dir, 'content/zh/chapters/5.md'),
    [
      '',
      '## 保障措施 {#measures}',
      '',
      '见[本节第一段](#measures-p1)、[第二部分](/zh/plan/part-2/)、[任务三](../../tasks/3/)、[英文版](/en/plan/part-5/)、',
      '[项目立项](/zh/drafting-notes/#project-initiation)、[立项第一段](/zh/drafting-notes/#project-initiation-p1)、',
      '[表1](/zh/survey/#table-1)、[目标](/zh/targets/#indicator-rd-personnel)、[更新记录](/zh/revisions/)、[外部](https://www.example.gov.cn/)。',
      '',
      '![示意图](/images/map.svg)',
      '',
    ].join('\n'),
  );
  // The English file follows paragraph for paragraph (the checker requires it).
  appendFileSync(
    join(dir, 'content/en/chapters/5.md'),
    ['', '## Safeguard measures {#measures}', '', 'See [the first paragraph](#measures-p1) and [Part 2](/en/plan/part-2/).', '', '![Diagram](/images/map.svg)', ''].join('\n'),
  );
  expect(checkProject(dir).problems).toEqual([]);
});

test('every broken link, missing image and missing alt text in one file is reported, each with its own line', () => {
  const dir = copy();
  appendFileSync(
    join(dir, 'content/en/tasks/2.md'),
    ['', '[a](/en/tasks/99/)', '', '[b](/en/plan/part-1/#nowhere)', '', '[c](/kjcx/en/plan/)', '', '![](/images/none.png)', ''].join('\n'),
  );
  const problems = checkProject(dir).problems.filter((p) => p.file === 'content/en/tasks/2.md');
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
  appendFileSync(join(dir, 'content/zh/tasks/1.md'), '\n<!-- 编辑备注 -->\n\n文字<br>换行\n');
  appendFileSync(join(dir, 'content/en/tasks/1.md'), '\nText.\n');
  const problems = checkProject(dir).problems;
  expect(problems.map((p) => p.en.slice(0, 36))).toEqual(['HTML is not allowed in content files']);
  expect(problems[0]!.zh).toContain('内容文件中不允许使用 HTML');
});
