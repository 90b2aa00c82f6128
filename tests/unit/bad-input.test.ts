/**
 * Bad content never gets published: each fixture in tests/fixtures makes `npm run check` and
 * `npm run build` exit non-zero with a message naming the file, the field and what was expected,
 * and the build writes no site.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content/check.ts';
import { applyFixture, copyProject, removeCopy } from '../support/project-copy.ts';

const FIXTURES = resolve('tests/fixtures');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const run = (dir: string, script: string) =>
  spawnSync('npm', ['run', '--silent', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PLAN_OUT_DIR: join(dir, 'out'), FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });

test('there are fixtures for wrong type, missing field, impossible date, dangling reference, missing translation', () => {
  expect(cases).toEqual(expect.arrayContaining(['wrong-type', 'missing-field', 'impossible-date', 'dangling-reference', 'missing-translation']));
});

test('the unchanged content passes the check in a copy of the project', () => {
  const dir = copyProject();
  copies.push(dir);
  expect(checkContent(dir).problems).toEqual([]);
});

describe.each(cases)('fixture %s', (name) => {
  const dir = copyProject();
  copies.push(dir);
  const spec = applyFixture(dir, join(FIXTURES, name));

  test('the checker names the file, line, field and what was expected', () => {
    const { problems } = checkContent(dir);
    const match = problems.find((p) => p.file === spec.file && p.field === spec.field && p.en.includes(spec.expected));
    expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
    if (spec.line) expect(match!.line).toBe(spec.line);
    expect(match!.zh.length).toBeGreaterThan(0);
  });

  /** Runs an npm script in the copy: it must fail, naming the file, the field and what was expected. */
  const failsNamingTheProblem = (script: string): string => {
    const r = run(dir, script);
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(spec.file);
    if (spec.field) expect(out).toContain(`[${spec.field}]`);
    expect(out).toContain(spec.expected);
    return out;
  };

  test('npm run check exits non-zero with a bilingual message', () => {
    expect(failsNamingTheProblem('check')).toContain('内容检查发现');
  });

  test('npm run build exits non-zero, names the problem, and writes no site', () => {
    failsNamingTheProblem('build');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
