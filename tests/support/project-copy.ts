/** A throw-away copy of the project (node_modules linked, not copied), for tests that edit or build it. */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['src', 'content', 'sources', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A copy of `files` (by default what a build reads) of the project at `root`, in a new temp folder named `prefix…`. */
export function copyProject(root = resolve('.'), { files = PROJECT_FILES, prefix = 'plan-' }: { files?: readonly string[]; prefix?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });
