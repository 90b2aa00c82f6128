/**
 * The checker on Node: reads the project's content from disk into the map the pure checker takes
 * (src/checker/check.ts). The only file of src/checker/ that touches the file system. On Node, Markdown
 * is parsed with Sätteri (src/lib/markdown-native.ts: the same trees as the browser's remark).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkLoaded } from './check.ts';
import { loadContent, type Loaded } from './load.ts';
import { parseSourceFile } from './read.ts';
import { parseMarkdownTree } from '../lib/markdown-native.ts';
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

interface Read {
  root: string;
  files: Map<string, string>;
  publicFiles: Set<string>;
  loaded: Loaded;
}

/**
 * Kept on globalThis, not in a module variable: Astro loads the content guard (astro.config.mjs), the
 * content loader (src/content.config.ts) and the pages in separate module graphs of one process, and
 * they must share one reading of the content.
 */
const READ = Symbol.for('plan.content.read');
const store = globalThis as unknown as Record<symbol, Read | undefined>;

const sameFiles = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

/**
 * The project's content at `root`, read from disk and parsed once (src/checker/load.ts): the content
 * check, the content collections and the pages all use this one reading during a build. With
 * `fresh` (the dev server, after an edit), the disk is read again, and the files are parsed again only
 * when one of them changed.
 */
export function loadProject(projectRoot: string, { fresh = false }: { fresh?: boolean } = {}): Loaded & { files: ReadonlyMap<string, string>; publicFiles: Set<string> } {
  const root = resolve(projectRoot);
  const last = store[READ];
  if (last && last.root === root && !fresh) return { ...last.loaded, files: last.files, publicFiles: last.publicFiles };
  const files = readContentFiles(root);
  const names = publicFiles(root);
  if (last && last.root === root && sameFiles(last.files, files) && sameSet(last.publicFiles, names)) return { ...last.loaded, files: last.files, publicFiles: last.publicFiles };
  const loaded = loadContent(files, { publicFiles: names, parseMarkdown: parseMarkdownTree });
  store[READ] = { root, files, publicFiles: names, loaded };
  return { ...loaded, files, publicFiles: names };
}

/**
 * Every file under content/ and sources/ as the Git commit `ref` holds it (e.g. the target branch of a
 * change request), by repo-relative path: what the change-notes rule compares a revision with.
 * Throws when `root` is not a Git repository or `ref` is not a commit of it.
 */
export function readContentFilesAt(root: string, ref: string): Map<string, string> {
  const git = (args: string[], input?: string) => execFileSync('git', ['-C', root, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  const paths = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', ...CONTENT_DIRS]).toString('utf8').split('\0').filter(Boolean);
  const out = git(['cat-file', '--batch'], paths.map((p) => `${ref}:${p}\n`).join(''));
  const files = new Map<string, string>();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2]);
    files.set(path, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return files;
}

/** Check the project at `root` (its content/, sources/ and the file names of public/), as read now from disk. */
export function checkProject(root: string, options: Pick<CheckOptions, 'inputs' | 'previous'> = {}): CheckResult {
  return checkLoaded(loadProject(root, { fresh: true }), options);
}

/** One content file read from disk, as the checker reads it. */
export function readSourceFile(root: string, absPath: string): SourceFile {
  return parseSourceFile(rel(root, absPath), readFileSync(absPath, 'utf8'));
}
