/**
 * `npm run check` reports every problem at once. The bad-content fixtures are split into as few
 * groups as possible whose fixtures touch different files (a file and its translation count as
 * one, since zh/en comparisons connect them); each group is applied to one copy of the project and
 * a single run must name the problem of every fixture in it. Every fixture is in some group.
 */
import { afterAll, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyFixture, copyProject, removeCopy, type FixtureCase } from '../support/project-copy.ts';
import { listFiles } from '../../src/checker/node.ts';

const FIXTURES = resolve('tests/fixtures');
const names = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** The content files a fixture changes, deletes or is reported on, with their translations. */
function touched(name: string): string[] {
  const fx = join(FIXTURES, name);
  const spec = JSON.parse(readFileSync(join(fx, 'case.json'), 'utf8')) as FixtureCase;
  const files = [...listFiles(join(fx, 'content'), ['.md', '.yaml']).map((f) => f.slice(fx.length + 1)), ...(spec.delete ?? []), spec.file];
  const counterpart = (f: string) => f.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`);
  return [...new Set([...files, ...files.map(counterpart)])];
}

/** Greedy first-fit: each fixture joins the first group it shares no file with. */
function groupFixtures(files: Map<string, string[]>): string[][] {
  const groups: { names: string[]; used: Set<string> }[] = [];
  for (const [name, fs] of files) {
    let g = groups.find((x) => fs.every((f) => !x.used.has(f)));
    if (!g) groups.push((g = { names: [], used: new Set() }));
    g.names.push(name);
    fs.forEach((f) => g.used.add(f));
  }
  return groups.map((g) => g.names);
}

const groups = groupFixtures(new Map(names.map((n) => [n, touched(n)])));

test('the groups cover every fixture exactly once, and most fixtures share a run', () => {
  expect(names.length).toBeGreaterThan(0);
  expect(groups.flat().sort()).toEqual(names);
  expect(groups.length).toBeLessThan(names.length);
  for (const g of groups) {
    const files = g.flatMap(touched);
    expect(new Set(files).size, `group ${g.join(', ')} shares a file`).toBe(files.length);
  }
});

test('grouping never puts two fixtures on the same file (or its translation) in one run', () => {
  const g = groupFixtures(new Map([['a', ['content/zh/x.md', 'content/en/x.md']], ['b', ['content/en/x.md']], ['c', ['content/zh/y.md']]]));
  expect(g).toEqual([['a', 'c'], ['b']]);
});

test.each(groups.map((g, i) => [i + 1, g.length, g] as const))('group %i: one run of npm run check lists the problems of all %i fixtures', (_i, _n, group) => {
  const dir = copyProject();
  copies.push(dir);
  const applied = group.map((name) => applyFixture(dir, join(FIXTURES, name)));
  const r = spawnSync('npm', ['run', '--silent', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const out = r.stdout + r.stderr;
  expect(r.status, out).not.toBe(0);
  for (const spec of applied) {
    expect(out, spec.description).toContain(spec.expected);
    expect(out, spec.description).toContain(`✗ ${spec.file}${spec.line ? `:${spec.line}` : ''}`);
  }
  const count = Number(/内容检查发现 (\d+) 个问题/.exec(out)?.[1]);
  expect(count).toBeGreaterThanOrEqual(applied.length);
  expect(out.match(/^✗ /gm)?.length).toBe(count);
});
