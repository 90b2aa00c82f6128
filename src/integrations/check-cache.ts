/**
 * Remembers that the content check passed for exactly the inputs it read, so `npm run build` right
 * after `npm run check` (or a second build of unchanged content) does not check everything again.
 *
 * The fingerprint covers every input of the checker: the text of everything under content/ and
 * sources/, the names of the files in public/ (images must exist), the text of every module the
 * checker runs — found by following the imports from src/checker/node.ts, so a module added to the
 * checker (or a file it imports from elsewhere, e.g. the search matcher) is covered without a list to
 * keep — and package-lock.json (the packages it imports). Only a passing check is remembered, in
 * .cache/content-check.json. When the imports cannot be read, nothing is remembered and the check runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { CONTENT_DIRS, listFiles, loadProject } from '../checker/node.ts';
import { checkLoaded } from '../checker/check.ts';
import type { Problem } from '../checker/types.ts';

/** The module the build and `npm run check` run the checker through. */
export const CHECKER_ENTRY = 'src/checker/node.ts';
const cacheFile = (root: string) => join(root, '.cache', 'content-check.json');
const rel = (root: string, abs: string) => relative(root, abs).split('\\').join('/');


/**
 * Every project file the module `entry` (repo-relative) imports, directly or not, itself included, in
 * a stable order. Packages (bare imports) are left out: package-lock.json stands for them.
 */
export function moduleGraph(root: string, entry = CHECKER_ENTRY): string[] {
  initSync();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const [imports] = parse(readFileSync(join(root, file), 'utf8'), file);
    for (const { n } of imports) {
      if (!n || !n.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), n.replace(/[?#].*$/, '')));
      if (!existsSync(join(root, target))) throw new Error(`${file} imports ${n}, which does not exist`);
      visit(target);
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** The fingerprint of every input of the checker; undefined when the checker's imports cannot be read. */
export function contentFingerprint(root: string, contentFiles?: ReadonlyMap<string, string>): string | undefined {
  let modules: string[];
  try {
    modules = moduleGraph(root);
  } catch {
    return undefined;
  }
  const withText = [...CONTENT_DIRS.flatMap((d) => listFiles(join(root, d)).map((f) => rel(root, f))), ...modules, 'package-lock.json'];
  const hash = createHash('sha256');
  // `contentFiles`: the text of content/ and sources/ as just read (loadProject), not read from disk again.
  const text = (f: string) => contentFiles?.get(f) ?? (existsSync(join(root, f)) ? readFileSync(join(root, f)) : '');
  for (const f of withText) hash.update(`${f}\0`).update(text(f)).update('\0');
  for (const f of listFiles(join(root, 'public'))) hash.update(`${rel(root, f)}\0`);
  return hash.digest('hex');
}

/** The warnings of the last passing check when it saw exactly these inputs; undefined when it did not. */
export function passedBefore(root: string, fingerprint: string | undefined): Problem[] | undefined {
  if (!fingerprint) return undefined;
  try {
    const last = JSON.parse(readFileSync(cacheFile(root), 'utf8')) as { passed?: string; warnings?: Problem[] };
    return last.passed === fingerprint ? (last.warnings ?? []) : undefined;
  } catch {
    return undefined;
  }
}

/** Remember a passing check of these inputs, with its warnings (shown again when the check is skipped). */
export function rememberPass(root: string, fingerprint: string | undefined, warnings: readonly Problem[] = []): void {
  if (!fingerprint) return;
  mkdirSync(dirname(cacheFile(root)), { recursive: true });
  writeFileSync(cacheFile(root), JSON.stringify({ passed: fingerprint, warnings }) + '\n');
}

/** The content check of the project at `root`, skipped when it passed before on the same inputs. */
export function cachedCheck(root: string): { problems: Problem[]; warnings: Problem[]; fromCache: boolean } {
  // The content is read once: the fingerprint hashes the text the check (and then the collections,
  // through the same loadProject) read, instead of reading content/ and sources/ a second time.
  const project = loadProject(root, { fresh: true });
  const fingerprint = contentFingerprint(root, project.files);
  const before = passedBefore(root, fingerprint);
  if (before) return { problems: [], warnings: before, fromCache: true };
  const { problems, warnings } = checkLoaded(project);
  if (!problems.length) rememberPass(root, fingerprint, warnings);
  return { problems, warnings, fromCache: false };
}
