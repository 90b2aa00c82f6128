/**
 * `npm run check` reports every problem at once. The bad-input cases (tests/support/bad-input.ts) are
 * split into as few groups as possible whose cases touch different files (a file and its translation
 * count as one, since zh/en comparisons connect them); each group is applied to one copy of the
 * project and a single run must name exactly the problems of all its cases: each one, and no other.
 */
import { afterAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MESSAGES } from '../../src/checker/messages.ts';
import { BAD_INPUTS, badInput } from '../support/bad-input.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const names = BAD_INPUTS.map((c) => c.name).sort();
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** The content files a case changes, deletes or reads, with their translations (planned on the project itself, which is not changed). */
function touched(name: string): string[] {
  const files = badInput(name).plan(resolve('.')).files;
  const counterpart = (f: string) => f.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`);
  return [...new Set([...files, ...files.map(counterpart)])];
}

/** Greedy first-fit: each case joins the first group it shares no file with. */
function groupCases(files: Map<string, string[]>): string[][] {
  const groups: { names: string[]; used: Set<string> }[] = [];
  for (const [name, fs] of files) {
    let g = groups.find((x) => fs.every((f) => !x.used.has(f)));
    if (!g) groups.push((g = { names: [], used: new Set() }));
    g.names.push(name);
    fs.forEach((f) => g.used.add(f));
  }
  return groups.map((g) => g.names);
}

const groups = groupCases(new Map(names.map((n) => [n, touched(n)])));

test('the groups cover every case exactly once, and most cases share a run', () => {
  expect(names.length).toBeGreaterThan(0);
  expect(groups.flat().sort()).toEqual(names);
  expect(groups.length).toBeLessThan(names.length);
  for (const g of groups) {
    const files = g.flatMap(touched);
    expect(new Set(files).size, `group ${g.join(', ')} shares a file`).toBe(files.length);
  }
});

test('grouping never puts two cases on the same file (or its translation) in one run', () => {
  const g = groupCases(new Map([['a', ['content/zh/x.md', 'content/en/x.md']], ['b', ['content/en/x.md']], ['c', ['content/zh/y.md']]]));
  expect(g).toEqual([['a', 'c'], ['b']]);
});

test.each(groups.map((g, i) => [i + 1, g.length, g] as const))('group %i: one run of npm run check lists exactly the problems of its %i cases', (_i, _n, group) => {
  const dir = copyProject();
  copies.push(dir);
  const plans = group.map((name) => badInput(name).plan(dir));
  const expected = plans.flatMap((p) => p.apply());
  const r = spawnSync('npm', ['run', '--silent', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const out = r.stdout + r.stderr;
  expect(r.status, out).not.toBe(0);
  for (const e of expected) {
    const at = `✗ ${e.file}${e.line ? `:${e.line}` : ''}${e.field ? `  [${e.field}]` : ''}\n`;
    expect(out, `${e.kind} ${e.file}`).toContain(at);
    // The Chinese line and then the English line, with the words of the catalogue entry.
    const [zh, en] = out.slice(out.indexOf(at) + at.length).split('\n');
    expect(zh).toContain(MESSAGES[e.kind].guide.zh.replace(/<script>$/, '<'));
    expect(en).toContain(MESSAGES[e.kind].guide.en.replace(/<script>$/, '<'));
  }
  expect(Number(/内容检查发现 (\d+) 个问题/.exec(out)?.[1]), out).toBe(expected.length);
  expect(out.match(/^✗ /gm)?.length).toBe(expected.length);
});
