/**
 * The check cache (src/integrations/check-cache.ts): a build right after a passing check skips it,
 * and any change to an input of the checker — content, or any module the checker runs, found by its
 * imports (here the search matcher, which lives outside src/checker) — makes the check run again.
 */
import { afterAll, expect, test } from 'vitest';
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedCheck, moduleGraph } from '../../src/integrations/check-cache.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const dir = copyProject(undefined, { files: ['src', 'content', 'sources', 'public', 'package-lock.json'], prefix: 'check-cache-' });
afterAll(() => removeCopy(dir));
/** The project folder as the content guard gets it from Astro (config.root, with its trailing slash). */
const root = `${dir}/`;

test('the fingerprint follows the checker’s imports, wherever they lead', () => {
  const graph = moduleGraph(dir);
  expect(graph).toContain('src/checker/node.ts');
  expect(graph).toContain('src/lib/search/match.ts');
  expect(graph).toContain('src/lib/schemas.ts');
  // A page template is not an input of the checker.
  expect(graph.some((f) => f.startsWith('src/pages/'))).toBe(false);
});

test('a passing check is remembered; a change to the matcher, to a content file or to a module the checker imports runs it again', () => {
  const first = cachedCheck(root);
  expect(first).toMatchObject({ problems: [], fromCache: false });
  // Remembered with its warnings: the build that skips the check still shows them.
  expect(cachedCheck(root)).toEqual({ ...first, fromCache: true });
  // A page template is not read by the checker: still remembered.
  appendFileSync(join(dir, 'src/pages/[lang]/index.astro'), '\n');
  expect(cachedCheck(root).fromCache).toBe(true);

  appendFileSync(join(dir, 'src/lib/search/match.ts'), '\n// changed\n');
  expect(cachedCheck(root).fromCache).toBe(false);
  expect(cachedCheck(root).fromCache).toBe(true);

  const chapter = join(dir, 'content/en/chapters', readdirSync(join(dir, 'content/en/chapters')).find((f) => f.endsWith('.md'))!);
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^number: .*$/m, 'number: many'));
  const broken = cachedCheck(root);
  expect(broken.fromCache).toBe(false);
  expect(broken.problems.some((p) => p.field === 'number')).toBe(true);
  // A failing check is not remembered.
  expect(cachedCheck(root).fromCache).toBe(false);
});
