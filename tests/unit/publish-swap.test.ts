/**
 * The last step of `npm run build` (scripts/build.ts): the fresh site replaces dist/ by renaming, and
 * whatever fails there, the readers keep a site — the last good one or the new one, never none and
 * never half of one. The real script runs with `astro build` replaced by a one-page site and with
 * faults injected into the renames (tests/support/fake-astro-build.ts).
 */
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder with a last good site in `site/`, and the publishing script run on it. */
function publish(fault?: 'aside' | 'into-place') {
  const root = mkdtempSync(join(tmpdir(), 'plan-swap-'));
  dirs.push(root);
  const target = join(root, 'site');
  mkdirSync(join(target, 'zh'), { recursive: true });
  writeFileSync(join(target, 'zh', 'index.html'), 'last good site');
  const env: NodeJS.ProcessEnv = { ...process.env, PLAN_OUT_DIR: target, PLAN_FAKE_SITE: 'the new site', FORCE_COLOR: '0' };
  if (fault) env.PLAN_FAULT = fault;
  else delete env.PLAN_FAULT;
  const r = spawnSync(process.execPath, ['--import', resolve('tests/support/fake-astro-build.ts'), resolve('scripts/build.ts')], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  const page = join(target, 'zh', 'index.html');
  return {
    status: r.status,
    log: r.stdout + r.stderr,
    site: existsSync(page) ? readFileSync(page, 'utf8') : null,
    leftovers: readdirSync(root).filter((n) => n !== 'site'),
  };
}

test('no fault: the new site replaces the old one, nothing is left beside it', () => {
  const r = publish();
  expect(r.status, r.log).toBe(0);
  expect(r.site).toContain('the new site');
  expect(r.leftovers).toEqual([]);
});

test('the new site cannot be moved into place: the last good site is put back, the build fails and says so in zh and en', () => {
  const r = publish('into-place');
  expect(r.status, r.log).not.toBe(0);
  expect(r.site, 'readers still have the last good site').toBe('last good site');
  expect(r.leftovers).toEqual([]);
  expect(r.log).toContain('EXDEV');
  expect(r.log).toMatch(/保持不变/);
  expect(r.log).toMatch(/was left as it was/);
});

test('the old site cannot be moved aside: it stays, the build fails and says so, no fresh folder is left', () => {
  const r = publish('aside');
  expect(r.status, r.log).not.toBe(0);
  expect(r.site).toBe('last good site');
  expect(r.leftovers).toEqual([]);
  expect(r.log).toMatch(/保持不变/);
  expect(r.log).toMatch(/was left as it was/);
});
