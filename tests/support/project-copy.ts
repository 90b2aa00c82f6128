/** A throw-away copy of the project (node_modules linked, not copied) with a fixture applied. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixtureCase {
  description: string;
  file: string;
  /** The line the checker must name; null when the problem has no line (e.g. a missing file). */
  line: number | null;
  /** The field the checker must name; null when the problem is about the whole file. */
  field: string | null;
  expected: string;
  delete?: string[];
}

const PROJECT_FILES = ['src', 'content', 'sources', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of `files` (by default what a build reads) of the project at `root`, in a new temp folder named `prefix…`. */
export function copyProject(root = resolve('.'), { files = PROJECT_FILES, prefix = 'plan-' }: { files?: readonly string[]; prefix?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function applyFixture(dir: string, fixtureDir: string): FixtureCase {
  const spec = JSON.parse(readFileSync(join(fixtureDir, 'case.json'), 'utf8')) as FixtureCase;
  if (existsSync(join(fixtureDir, 'content'))) cpSync(join(fixtureDir, 'content'), join(dir, 'content'), { recursive: true });
  for (const f of spec.delete ?? []) rmSync(join(dir, f));
  return spec;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });
