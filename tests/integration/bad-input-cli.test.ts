/**
 * Bad content through the npm scripts, as staff run them: for one fixture of each kind (a front-matter
 * field, a Markdown body, a whole file), applied together to one copy, `npm run check` and `npm run build`
 * exit non-zero naming each file, line, field and what was expected (in both languages), and the build
 * leaves the last good site untouched.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MESSAGES } from '../../src/checker/messages.ts';
import { badInput, type ExpectedProblem } from '../support/bad-input.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

/** Bad-input cases (tests/support/bad-input.ts) that run through the npm scripts: a front-matter field, a Markdown body, a whole file. */
const CLI_CASES = ['wrong-type', 'broken-link', 'missing-translation'];
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const run = (dir: string, script: string) =>
  spawnSync('npm', ['run', '--silent', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PLAN_OUT_DIR: join(dir, 'out'), FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 300_000,
  });

/** Where the report points, as formatProblem writes it: `file:line  [field]`. */
const where = (e: ExpectedProblem) => `${e.file}${e.line ? `:${e.line}` : ''}${e.field ? `  [${e.field}]` : ''}`;

/** A file and its translation, which the zh/en comparisons connect. */
const withTranslation = (f: string) => [f, f.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`)];
const filesOf = (name: string) => badInput(name).plan(resolve('.')).files.flatMap(withTranslation);
/** The cases in as few copies as possible, none beside another that changes the same file (or its translation), which could hide its problem. */
const groups: string[][] = [];
for (const name of CLI_CASES) {
  const files = new Set(filesOf(name));
  const group = groups.find((g) => g.every((other) => filesOf(other).every((f) => !files.has(f))));
  if (group) group.push(name);
  else groups.push([name]);
}

// One run of each script per copy names every problem of its cases, and no other.
describe.each(groups.map((g) => [g.join(', '), g] as const))('bad input %s, in one copy', (_names, group) => {
  const dir = copyProject();
  copies.push(dir);
  const expected = group.map((name) => badInput(name).plan(dir)).flatMap((p) => p.apply());

  /** Runs an npm script in the copy: it must fail, naming each file, line, field and what was expected, and nothing else. */
  const failsNamingTheProblems = (script: string): string => {
    expect(expected.length).toBeGreaterThanOrEqual(group.length);
    const r = run(dir, script);
    const out = r.stdout + r.stderr;
    expect(r.status, out).not.toBe(0);
    for (const e of expected) {
      expect(out).toContain(`✗ ${where(e)}\n`);
      expect(out).toContain(MESSAGES[e.kind].guide.en);
      expect(out).toContain(MESSAGES[e.kind].guide.zh);
    }
    expect(out.match(/^✗ /gm)?.length, out).toBe(expected.length);
    return out;
  };

  test('npm run check exits non-zero with a bilingual message for each', () => {
    expect(failsNamingTheProblems('check')).toContain(`内容检查发现${expected.length}个问题`);
  });

  test('npm run build exits non-zero, names the problems, and leaves the last good site as it was', () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'zh'), { recursive: true });
    writeFileSync(join(out, 'zh', 'index.html'), 'last good site');
    failsNamingTheProblems('build');
    expect(readdirSync(out)).toEqual(['zh']);
    expect(readdirSync(join(out, 'zh'))).toEqual(['index.html']);
    expect(readFileSync(join(out, 'zh', 'index.html'), 'utf8')).toBe('last good site');
    // Nothing half-built is left beside it either.
    expect(readdirSync(dir).filter((f) => f.startsWith('.build-'))).toEqual([]);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});
