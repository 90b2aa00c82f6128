/**
 * Who may import whom (issue #20, point 4): tests, benchmarks and scripts share code only through
 * tests/support/, the folder meant for it; a test file imports no other test file; the product (src/)
 * imports none of them. Imports are read with TypeScript's own pre-processor, not with a regex.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve('.');
const CODE = /\.(ts|mts|mjs|js|astro)$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(join(ROOT, rel)).isDirectory() ? files(rel) : CODE.test(name) ? [rel] : [];
  });
}

/** The project files a file imports (relative specifiers only; packages are not project files). */
function projectImports(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, resolve(ROOT, dirname(file), s.replace(/\?.*$/, ''))).split('\\').join('/'));
}

/** Where a project file belongs, for these rules. */
function area(path: string): string {
  if (path.startsWith('tests/support/')) return 'tests/support';
  if (/^tests\/(unit|integration|browser)\//.test(path)) return 'tests';
  for (const top of ['bench', 'scripts', 'src']) if (path.startsWith(`${top}/`)) return top;
  return 'other';
}

/** What each area may import, besides packages. */
const ALLOWED: Record<string, string[]> = {
  tests: ['src', 'tests/support', 'other'],
  'tests/support': ['src', 'tests/support', 'other'],
  bench: ['src', 'tests/support', 'bench', 'other'],
  scripts: ['src', 'tests/support', 'other'],
  src: ['src', 'other'],
};

export function forbiddenImports(edges: [string, string][]): string[] {
  return edges.filter(([from, to]) => !(ALLOWED[area(from)] ?? []).includes(area(to))).map(([from, to]) => `${from} imports ${to}`);
}

test('tests, bench and scripts meet only in tests/support; no test imports another; src imports none of them', () => {
  const edges = ['tests', 'bench', 'scripts', 'src'].flatMap(files).flatMap((f) => projectImports(f).map((to): [string, string] => [f, to]));
  expect(edges.filter(([f]) => f.startsWith('tests/')).length, 'imports were read').toBeGreaterThan(20);
  expect(forbiddenImports(edges)).toEqual([]);
});

test('the rule catches a test importing a benchmark, a test importing a test, a script importing a benchmark, the product importing a test', () => {
  expect(
    forbiddenImports([
      ['tests/browser/a.test.ts', 'bench/search/x.ts'],
      ['tests/unit/a.test.ts', 'tests/browser/b.test.ts'],
      ['scripts/test.ts', 'bench/pages.ts'],
      ['src/lib/x.ts', 'tests/support/y.ts'],
      ['tests/support/a.ts', 'scripts/b.ts'],
      ['bench/pages.ts', 'tests/support/chromium.ts'],
      ['scripts/test.ts', 'tests/support/project-copy.ts'],
    ]),
  ).toEqual([
    'tests/browser/a.test.ts imports bench/search/x.ts',
    'tests/unit/a.test.ts imports tests/browser/b.test.ts',
    'scripts/test.ts imports bench/pages.ts',
    'src/lib/x.ts imports tests/support/y.ts',
    'tests/support/a.ts imports scripts/b.ts',
  ]);
});
