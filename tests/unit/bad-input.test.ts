/**
 * Bad content never gets published: for each fixture in tests/fixtures the checker reports the file,
 * the line, the field and what was expected (in zh and en), exactly as the fixture declares them.
 * The checker runs in-process for every fixture; tests/integration/bad-input-cli.test.ts runs a few
 * through `npm run check` and `npm run build` as staff run them.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReport, type Problem } from '../../src/checker/check.ts';
import { checkProject } from '../../src/checker/node.ts';
import { applyFixture, copyProject, removeCopy, type FixtureCase } from '../support/project-copy.ts';

const FIXTURES = resolve('tests/fixtures');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** Why a reported problem is not the one the fixture declares, or null when it is. */
function mismatch(p: Problem, spec: FixtureCase): string | null {
  if (p.file !== spec.file) return `file ${p.file}, expected ${spec.file}`;
  if ((p.line ?? null) !== spec.line) return `line ${p.line ?? 'none'}, expected ${spec.line ?? 'none'}`;
  if ((p.field ?? null) !== spec.field) return `field ${p.field ?? 'none'}, expected ${spec.field ?? 'none'}`;
  if (!p.en.includes(spec.expected)) return `message "${p.en}" does not say "${spec.expected}"`;
  if (!p.zh.trim()) return 'no Chinese message';
  return null;
}

/** Where the report points, as formatProblem writes it: `file:line  [field]`. */
const where = (spec: FixtureCase) => `${spec.file}${spec.line ? `:${spec.line}` : ''}${spec.field ? `  [${spec.field}]` : ''}`;

test('there are fixtures for wrong type, missing field, impossible date, dangling reference, missing translation', () => {
  expect(cases).toEqual(expect.arrayContaining(['wrong-type', 'missing-field', 'impossible-date', 'dangling-reference', 'missing-translation']));
});

test('every fixture declares its file, line and field (null: the whole file) and the expected message', () => {
  for (const name of cases) {
    const spec = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as Record<string, unknown>;
    expect(typeof spec.file, name).toBe('string');
    expect(typeof spec.expected, name).toBe('string');
    expect(spec.line === null || (typeof spec.line === 'number' && spec.line >= 1), `${name}: line`).toBe(true);
    expect(spec.field === null || (typeof spec.field === 'string' && spec.field !== ''), `${name}: field`).toBe(true);
  }
});

test('a problem at another line, in another field, in another file or without Chinese does not count as the declared one', () => {
  const spec: FixtureCase = { description: 'x', file: 'content/zh/chapters/3.md', line: 2, field: 'number', expected: 'expected a whole number' };
  const right: Problem = { file: spec.file, line: 2, field: 'number', en: 'expected a whole number such as 1', zh: '应为整数' };
  expect(mismatch(right, spec)).toBeNull();
  expect(mismatch({ ...right, line: 3 }, spec)).toMatch(/line 3/);
  expect(mismatch({ ...right, line: undefined }, spec)).toMatch(/line none/);
  expect(mismatch({ ...right, field: undefined }, spec)).toMatch(/field none/);
  expect(mismatch({ ...right, field: 'title' }, spec)).toMatch(/field title/);
  expect(mismatch({ ...right, file: 'content/en/chapters/3.md' }, spec)).toMatch(/file/);
  expect(mismatch({ ...right, zh: '' }, spec)).toMatch(/Chinese/);
  expect(mismatch({ ...right, en: 'something else' }, { ...spec, line: null, field: null })).toMatch(/line 2/);
});

test('the unchanged content passes the check in a copy of the project', () => {
  const dir = copyProject();
  copies.push(dir);
  expect(checkProject(dir).problems).toEqual([]);
});

describe.each(cases)('fixture %s', (name) => {
  const dir = copyProject();
  copies.push(dir);
  const spec = applyFixture(dir, join(FIXTURES, name));

  test('the checker names the file, line, field and what was expected, in zh and en; the report prints them', () => {
    const { problems } = checkProject(dir);
    expect(problems.length, 'the fixture is reported at all').toBeGreaterThan(0);
    const reasons = problems.map((p) => mismatch(p, spec));
    expect(reasons.includes(null), `no reported problem is the declared one:\n${problems.map((p, i) => `${JSON.stringify(p)} → ${reasons[i]}`).join('\n')}`).toBe(true);
    const report = formatReport(problems);
    expect(report).toContain('内容检查发现');
    expect(report).toContain(where(spec));
    expect(report).toContain(spec.expected);
  });
});
