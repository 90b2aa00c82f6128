/**
 * The checker on Node: reads the project's content from disk into the map the pure checker takes
 * (src/checker/check.ts). The only file of src/checker/ that touches the file system.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from './check.ts';
import { parseSourceFile } from './read.ts';
import type { CheckOptions, CheckResult, SourceFile } from './types.ts';

/** The folders whose text the checker reads (and the check cache fingerprints). */
export const CONTENT_DIRS = ['content', 'sources'] as const;

/** All files under dir (recursively) whose names end with one of the extensions (every file when none is given). */
export function listFiles(dir: string, exts?: string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, exts));
    else if (!exts || exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

const rel = (root: string, abs: string) => relative(root, abs).split('\\').join('/');

/** Every file under content/ and sources/ as text, by repo-relative path. */
export function readContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of CONTENT_DIRS) for (const abs of listFiles(join(root, dir))) files.set(rel(root, abs), readFileSync(abs, 'utf8'));
  return files;
}

/** The paths of the files in public/, relative to it. */
export function publicFiles(root: string): Set<string> {
  const dir = join(root, 'public');
  return new Set(listFiles(dir).map((abs) => rel(dir, abs)));
}

/** Check the project at `root` (its content/, sources/ and the file names of public/). */
export function checkProject(root: string, options: CheckOptions = {}): CheckResult {
  return checkContent(readContentFiles(root), { publicFiles: publicFiles(root), ...options });
}

/** One content file read from disk, as the checker reads it. */
export function readSourceFile(root: string, absPath: string): SourceFile {
  return parseSourceFile(rel(root, absPath), readFileSync(absPath, 'utf8'));
}
