/**
 * The checker is pure and runs in a browser (src/checker/: `checkContent(files)` over texts by path):
 * it bundles for the browser without any Node module, gives the same problems from a map of texts
 * as from the disk, and runs only the rules whose inputs it is given.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'vite';
import { checkContent, RULES, rulesFor } from '../../src/checker/check.ts';
import { checkProject, readContentFiles } from '../../src/checker/node.ts';
import { MESSAGES } from '../../src/checker/messages.ts';
import type { Input } from '../../src/checker/types.ts';

const root = resolve('.');
const files = readContentFiles(root);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : [join(dir, d.name)]));

describe('the checker is pure', () => {
  test('no module of src/checker but node.ts imports a Node module', () => {
    const others = sourceFiles('src/checker').filter((f) => !f.endsWith('node.ts'));
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"](node:|fs['"]|path['"])/);
  });

  test('src/checker/check.ts bundles for the browser without a Node module', async () => {
    const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const asked: string[] = [];
    await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [{ name: 'no-node', enforce: 'pre', resolveId: (id) => (node.has(id) ? (asked.push(id), { id, external: true }) : null) }],
      build: { write: false, lib: { entry: resolve('src/checker/check.ts'), formats: ['es'], fileName: 'checker' }, minify: false, reportCompressedSize: false },
    });
    expect(asked).toEqual([]);
  }, 120_000);

  test('a map of texts gives what the disk gives, and the same files give the same problems', () => {
    const broken = new Map(files);
    const chapter = [...files.keys()].find((p) => p.startsWith('content/en/chapters/'))!;
    broken.set(chapter, files.get(chapter)!.replace(/^number: .*$/m, 'number: many'));
    const first = checkContent(broken).problems;
    expect(first.some((p) => p.file === chapter && p.field === 'number')).toBe(true);
    expect(checkContent(broken).problems).toEqual(first);
    expect(checkContent(files).problems).toEqual(checkProject(root).problems);
  });
});

test('one rule per file: each file of src/checker/rules exports one rule, named as its file, and RULES lists each once', async () => {
  const dir = 'src/checker/rules';
  const names = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const mod = (await import(resolve(dir, `${name}.ts`))) as Record<string, unknown>;
    const rules = Object.values(mod).filter((v): v is { name: string; check: unknown } => typeof v === 'object' && v !== null && 'check' in v && 'needs' in v);
    expect(rules.map((r) => r.name), name).toEqual([name]);
  }
  expect(RULES.map((r) => r.name).sort()).toEqual(names);
});

describe('rules declare their inputs', () => {
  test('every input a rule needs is read by the checker', () => {
    for (const rule of RULES) expect(rule.needs.length, rule.name).toBeGreaterThan(0);
    expect(rulesFor(undefined)).toEqual([...RULES]);
  });

  test('given only some inputs, only the rules that have them run, and a file not held is not missing', () => {
    const held = new Set<Input>(['glossary']);
    const onlyGlossary = new Map([...files].filter(([p]) => p === 'content/data/glossary.yaml'));
    const ran = rulesFor(held);
    expect(ran.every((r) => r.needs.every((n) => held.has(n)))).toBe(true);
    expect(checkContent(onlyGlossary, { inputs: held }).problems).toEqual([]);
    // The same map checked as if it were everything: every other file is missing.
    expect(checkContent(onlyGlossary).problems.some((p) => p.kind === 'missingFile')).toBe(true);
  });
});

describe('the message catalogue', () => {
  test.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])('%s: its example holds the words the guides quote', (kind) => {
    const m = MESSAGES[kind] as unknown as { guide: { en: string; zh: string }; text: (...a: unknown[]) => { en: string; zh: string }; example: unknown[] };
    const text = m.text(...m.example);
    expect(text.en).toContain(m.guide.en);
    expect(text.zh).toContain(m.guide.zh);
  });

  test('every problem of a broken copy names its kind', () => {
    const broken = new Map(files);
    broken.set('content/zh/targets.yaml', 'title: [');
    const problems = checkContent(broken).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(Object.keys(MESSAGES), JSON.stringify(p)).toContain(p.kind);
  });
});
