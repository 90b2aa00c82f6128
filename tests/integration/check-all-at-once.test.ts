/**
 * `npm run check` reports every problem at once. The bad-input cases (tests/support/bad-input.ts) are
 * split into as few groups as possible whose cases change different files (a file and its translation
 * count as one, since zh/en comparisons connect them) and nothing another case's problem depends on; each group is applied to one copy of the
 * project and a single run must name exactly the problems of all its cases: each one, and no other.
 */
import { afterAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MESSAGES } from '../../src/checker/messages.ts';
import { BAD_INPUTS, badInput } from '../support/bad-input.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

// Warning cases (BadInput.warning) block nothing: `npm run check` passes on them, so they are not in these runs.
const names = BAD_INPUTS.filter((c) => !c.warning).map((c) => c.name).sort();
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const counterpart = (f: string) => f.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`);
const withTranslations = (files: string[]) => [...new Set([...files, ...files.map(counterpart)])];

interface Touches {
  /** What the case changes (with translations). */
  changes: string[];
  /** What its problem depends on besides. */
  reads: string[];
}

/** The files a case changes and the files its problem depends on (planned on the project itself, which is not changed). */
function touches(name: string): Touches {
  const plan = badInput(name).plan(resolve('.'));
  return { changes: withTranslations(plan.files), reads: plan.reads ?? [] };
}

/** Greedy first-fit: each case joins the first group where it changes nothing another case changes or depends on, and the reverse. */
function groupCases(cases: Map<string, Touches>): string[][] {
  const groups: { names: string[]; changes: Set<string>; reads: Set<string> }[] = [];
  for (const [name, t] of cases) {
    let g = groups.find((x) => t.changes.every((f) => !x.changes.has(f) && !x.reads.has(f)) && t.reads.every((f) => !x.changes.has(f)));
    if (!g) groups.push((g = { names: [], changes: new Set(), reads: new Set() }));
    g.names.push(name);
    t.changes.forEach((f) => g.changes.add(f));
    t.reads.forEach((f) => g.reads.add(f));
  }
  return groups.map((g) => g.names);
}

const groups = groupCases(new Map(names.map((n) => [n, touches(n)])));

test('the groups cover every case exactly once, and most cases share a run', () => {
  expect(names.length).toBeGreaterThan(0);
  expect(groups.flat().sort()).toEqual(names);
  expect(groups.length).toBeLessThan(names.length);
  for (const g of groups) {
    const changed = g.flatMap((n) => touches(n).changes);
    expect(new Set(changed).size, `group ${g.join(', ')} changes a file twice`).toBe(changed.length);
    const read = new Set(g.flatMap((n) => touches(n).reads));
    expect(changed.filter((f) => read.has(f)), `group ${g.join(', ')} changes what another case depends on`).toEqual([]);
  }
});

test('grouping never puts two cases on the same file (or its translation), nor a change beside a case that depends on it', () => {
  const t = (changes: string[], reads: string[] = []): Touches => ({ changes, reads });
  const g = groupCases(
    new Map([
      ['a', t(['content/zh/x.md', 'content/en/x.md'])],
      ['b', t(['content/en/x.md'])],
      ['c', t(['content/zh/y.md'], ['sources/m.yaml'])],
      ['d', t(['sources/m.yaml'])],
      ['e', t(['content/zh/z.md'], ['sources/m.yaml'])],
    ]),
  );
  expect(g).toEqual([['a', 'c', 'e'], ['b', 'd']]);
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
  expect(Number(/内容检查发现(\d+)个问题/.exec(out)?.[1]), out).toBe(expected.length);
  expect(out.match(/^✗ /gm)?.length).toBe(expected.length);
});
