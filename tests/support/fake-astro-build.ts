/**
 * Loaded with `node --import` in front of scripts/build.ts by tests/unit/publish-swap.test.ts, so the
 * real publishing script runs in a second instead of a minute, with faults where a real disk could
 * have them:
 * - `astro build` (spawned by scripts/build.ts) is replaced by writing a one-page site, saying
 *   "$PLAN_FAKE_SITE", into the fresh folder the script asked for (PLAN_OUT_DIR of the child);
 * - PLAN_FAULT=aside makes the rename of the old site out of the way fail; PLAN_FAULT=into-place the
 *   rename of the fresh site into its place (as a full disk, a busy folder or another file system can).
 * Only this process is changed; nothing else is touched.
 */
import fs from 'node:fs';
import childProcess from 'node:child_process';
import { join } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const target = process.env.PLAN_OUT_DIR ?? '';
const fault = process.env.PLAN_FAULT;
const rename = fs.renameSync;
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  const [f, t] = [String(from), String(to)];
  const aside = f === target && t.endsWith('-previous');
  const intoPlace = t === target && f.includes('.build-') && !f.endsWith('-previous');
  if ((fault === 'aside' && aside) || (fault === 'into-place' && intoPlace)) {
    throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${f}' -> '${t}'`), { code: 'EXDEV' });
  }
  return rename(from, to);
};
const spawnSync = childProcess.spawnSync;
childProcess.spawnSync = ((cmd: string, args: readonly string[] = [], options: childProcess.SpawnSyncOptions = {}) => {
  if (!String(args[0] ?? '').endsWith('astro.mjs')) return spawnSync(cmd, args, options);
  const out = String(options.env?.PLAN_OUT_DIR);
  fs.mkdirSync(join(out, 'zh'), { recursive: true });
  fs.writeFileSync(join(out, 'zh', 'index.html'), `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><p>${process.env.PLAN_FAKE_SITE ?? 'new'}</p></body></html>`);
  return { pid: 0, output: [], stdout: '', stderr: '', status: 0, signal: null };
}) as typeof childProcess.spawnSync;
syncBuiltinESMExports();
