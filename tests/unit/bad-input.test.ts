/**
 * Bad content never gets published: each case of tests/support/bad-input.ts is one small edit of
 * today's content in a copy of the project, and the checker must report exactly the problem the case
 * expects — its kind (catalogue entry), file, field and line — and nothing else, with a message in zh
 * and en. The checker runs in-process for every case; tests/integration/bad-input-cli.test.ts runs a
 * few through `npm run check` and `npm run build` as staff run them.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatReport, type Problem } from '../../src/checker/check.ts';
import { checkProject } from '../../src/checker/node.ts';
import { MESSAGES } from '../../src/checker/messages.ts';
import { BAD_INPUTS, badInput, type ExpectedProblem } from '../support/bad-input.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

/** What the checker reads: content/, sources/ and public/ (the check needs no more of the project). */
const CHECKED = ['content', 'sources', 'public'];
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
const newCopy = () => {
  const dir = copyProject(undefined, { files: CHECKED });
  copies.push(dir);
  return dir;
};

/** A problem as the cases describe it: kind, file, field and line (null when there is none). */
const described = (p: Problem): ExpectedProblem => ({ kind: p.kind!, file: p.file, field: p.field ?? null, line: p.line ?? null });
const order = (a: ExpectedProblem, b: ExpectedProblem) => `${a.file} ${a.kind} ${a.line}`.localeCompare(`${b.file} ${b.kind} ${b.line}`);
const sorted = (list: ExpectedProblem[]) => [...list].sort(order);

/** The guide words of a message as every message of its kind has them (the guides quote <script> as the example tag). */
const inMessage = (words: string) => words.replace(/<script>$/, '<');

/** Where the report points, as formatProblem writes it: `file:line  [field]`. */
const where = (e: ExpectedProblem) => `${e.file}${e.line ? `:${e.line}` : ''}${e.field ? `  [${e.field}]` : ''}`;

test('the unchanged content passes the check in a copy', () => {
  expect(checkProject(newCopy()).problems).toEqual([]);
});

test('there are cases for a wrong type, a missing field, an impossible date, a dangling reference and a missing translation', () => {
  const kinds = new Set(BAD_INPUTS.map((c) => c.name));
  for (const name of ['wrong-type', 'missing-field', 'impossible-date', 'dangling-reference', 'missing-translation']) expect(kinds.has(name), name).toBe(true);
});

test('two mistakes in one copy are not what either case expects (the comparison is exact)', () => {
  const dir = newCopy();
  const first = badInput('wrong-type').plan(dir).apply();
  const second = badInput('broken-link').plan(dir).apply();
  const got = sorted(checkProject(dir).problems.map(described));
  expect(got).toEqual(sorted([...first, ...second]));
  expect(got).not.toEqual(sorted(first));
  expect(got).not.toEqual(sorted(second));
});

/** The kinds of message the cases cause, filled as the cases are applied below. */
const covered = new Set<string>();

/**
 * Kinds with no case here, and where they are tested instead. A new kind of message in the catalogue
 * fails the coverage test below until it has a case (or a line here saying why not).
 */
const ELSEWHERE: Record<string, string> = {
  nameDropsPlace: 'added on main at 14:30 (a Table 1 name cut out of its series): its case is still to be written',
  periodNotInSource: 'a period the official table does not list cannot be made by one edit without its dates and texts failing too',
  aliasIsTerm: 'glossary aliases: tests/unit/search-aliases.test.ts (the alias fields are the search engineer’s)',
  aliasTwice: 'glossary aliases: tests/unit/search-aliases.test.ts',
  aliasInText: 'glossary aliases: tests/unit/search-aliases.test.ts',
  shortTooLong: 'a short form over the tab limit needs a term longer still, which today’s glossary may not have: tests/unit/glossary-short.test.ts makes one',
  changeNoteMissing: 'needs the files before the revision (CheckOptions.previous): tests/unit/change-notes.test.ts and tests/integration/check-since.test.ts',
};

describe.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const dir = newCopy();
  const { files, apply } = c.plan(dir);
  const expected = apply();
  expected.forEach((e) => covered.add(e.kind));
  // One check of the copy (the slow part), read by both tests.
  let checked: { problems: Problem[]; warnings: Problem[] } | undefined;
  const result = () => (checked ??= checkProject(dir));
  // A warning case: the check passes, and the warnings of its kind are exactly the expected ones.
  const kinds = new Set(expected.map((e) => e.kind));
  const problemsOf = () => (c.warning ? result().warnings.filter((w) => kinds.has(w.kind!)) : result().problems);

  test(`${c.description}: the checker reports exactly the expected problem (kind, file, field, line), and nothing else`, () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) expect(files, 'the problem is in a file the case changed').toContain(e.file);
    const problems = problemsOf();
    expect(sorted(problems.map(described)), JSON.stringify(problems, null, 1)).toEqual(sorted(expected));
    if (c.warning) expect(result().problems, 'a warning blocks nothing').toEqual([]);
  });

  test('each message is in both languages, with the words of its catalogue entry, and the report prints where it is', () => {
    const problems = problemsOf();
    const report = c.warning ? formatReport([], problems) : formatReport(problems);
    expect(report).toContain(c.warning ? '内容检查通过' : '内容检查发现');
    for (const e of expected) expect(report).toContain(`${c.warning ? '⚠' : '✗'} ${where(e)}\n`);
    for (const p of problems) {
      const { guide } = MESSAGES[p.kind!];
      expect(p.en).toContain(inMessage(guide.en));
      expect(p.zh).toContain(inMessage(guide.zh));
      expect(p.zh).not.toBe(p.en);
      expect(report).toContain(p.en);
      expect(report).toContain(p.zh);
    }
  });
});

test('every kind of message in the checker’s catalogue has a case (or says where it is tested)', () => {
  const missing = Object.keys(MESSAGES).filter((k) => !covered.has(k) && !(k in ELSEWHERE));
  expect(missing).toEqual([]);
  // An exception that now has a case is removed from the list.
  expect(Object.keys(ELSEWHERE).filter((k) => covered.has(k))).toEqual([]);
});
