/**
 * `npm run check` reports every problem at once: all bad-content fixtures that touch different
 * files are applied to one copy of the project, and a single run names each of them.
 */
import { afterAll, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyFixture, copyProject, removeCopy, type FixtureCase } from '../support/project-copy.ts';
import { listFiles } from '../../src/lib/content/files.ts';

const FIXTURES = resolve('tests/fixtures');
const dir = copyProject();
afterAll(() => removeCopy(dir));

test('one run of npm run check lists the problems of every fixture', () => {
  const used = new Set<string>();
  const applied: FixtureCase[] = [];
  for (const name of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const fx = join(FIXTURES, name);
    const spec = JSON.parse(readFileSync(join(fx, 'case.json'), 'utf8')) as FixtureCase;
    const touched = [...listFiles(join(fx, 'content'), ['.md', '.yaml']).map((f) => f.slice(fx.length + 1)), ...(spec.delete ?? []), spec.file];
    // A file and its translation interact (e.g. zh/en comparisons), so both count as touched.
    const counterpart = (f: string) => f.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`);
    touched.push(...touched.map(counterpart));
    if (touched.some((f) => used.has(f))) continue;
    touched.forEach((f) => used.add(f));
    applied.push(applyFixture(dir, fx));
  }
  expect(applied.length).toBeGreaterThanOrEqual(10);
  const r = spawnSync('npm', ['run', '--silent', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status).not.toBe(0);
  const out = r.stdout + r.stderr;
  for (const spec of applied) {
    expect(out, spec.description).toContain(spec.expected);
    expect(out, spec.description).toContain(spec.file);
  }
  const count = Number(/内容检查发现 (\d+) 个问题/.exec(out)?.[1]);
  expect(count).toBeGreaterThanOrEqual(applied.length);
  expect(out.match(/^✗ /gm)?.length).toBe(count);
});
