/**
 * Remembers that the content check passed for exactly the files it read, so `npm run build` right
 * after `npm run check` (or a second build of unchanged content) does not check everything again.
 * The fingerprint covers every input of the checker: the text of everything under content/ and
 * sources/, the names of the files in public/ (images must exist), the checker's own code (src/lib,
 * src/markdown) and package-lock.json. Only a passing check is remembered, in .cache/content-check.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WITH_TEXT = ['content', 'sources', 'src/lib', 'src/markdown', 'package-lock.json'];
const NAMES_ONLY = ['public'];
const cacheFile = (root: string) => join(root, '.cache', 'content-check.json');

function files(root: string, rel: string): string[] {
  const full = join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, `${rel}/${name}`));
}

export function contentFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const rel of WITH_TEXT.flatMap((d) => files(root, d))) hash.update(`${rel}\0`).update(readFileSync(join(root, rel))).update('\0');
  for (const rel of NAMES_ONLY.flatMap((d) => files(root, d))) hash.update(`${rel}\0`);
  return hash.digest('hex');
}

/** Whether the last passing check saw exactly these inputs. */
export function passedBefore(root: string, fingerprint: string): boolean {
  try {
    return (JSON.parse(readFileSync(cacheFile(root), 'utf8')) as { passed?: string }).passed === fingerprint;
  } catch {
    return false;
  }
}

export function rememberPass(root: string, fingerprint: string): void {
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(cacheFile(root), JSON.stringify({ passed: fingerprint }) + '\n');
}
