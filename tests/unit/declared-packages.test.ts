/**
 * Every package the code imports is declared in package.json (issue #20, point 5): a package that
 * is only there because another one brought it (hoisting) can vanish with any update. Imports are read
 * with TypeScript's own pre-processor (import, export … from, import(), require), in the product,
 * tests, benchmarks, scripts and the configuration files.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

const CODE = /\.(ts|mts|mjs|js|astro)$/;
const ROOTS = ['src', 'tests', 'bench', 'scripts'];
const CONFIGS = ['astro.config.mjs', 'vitest.config.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
  });
}

/** The script of a file: an .astro file's front matter and <script> blocks, any other file whole. */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for files, built-ins and virtual modules. */
export function packageOf(specifier: string): string | null {
  if (/^[./]/.test(specifier) || specifier.startsWith('node:') || /^(astro|virtual):/.test(specifier)) return null;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return builtinModules.includes(name) ? null : name;
}

const importsOf = (path: string) => ts.preProcessFile(scriptOf(path), true, true).importedFiles.map((f) => f.fileName);

test('every imported package is declared in package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const all = [...ROOTS.flatMap(files), ...CONFIGS];
  const used = all.flatMap((path) => importsOf(path).flatMap((s) => (packageOf(s) ? [[path, packageOf(s)!] as const] : [])));
  expect(new Set(used.map(([, name]) => name)).size, 'imports were read').toBeGreaterThan(10);
  // A package of types only (`import type { Root } from 'mdast'`) is declared as @types/<name>.
  const isDeclared = (name: string) => declared.has(name) || declared.has(`@types/${name.replace(/^@(.*)\//, '$1__')}`);
  expect(used.filter(([, name]) => !isDeclared(name)).map(([path, name]) => `${path} imports ${name}`)).toEqual([]);
});

test('package names: scoped, sub-paths, built-ins, files and virtual modules', () => {
  expect(['@astrojs/markdown-remark', 'vite/dist/x.js', 'astro/zod', 'fs', 'node:path', './a.ts', 'astro:content', 'yaml'].map(packageOf)).toEqual([
    '@astrojs/markdown-remark',
    'vite',
    'astro',
    null,
    null,
    null,
    null,
    'yaml',
  ]);
});
