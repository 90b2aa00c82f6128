/**
 * `npm run build`: safe publishing.
 *
 * 1. `astro build` into a fresh directory next to the output (`.build-dist-<pid>` for dist/);
 *    the content check runs first inside it (src/integrations/content-guard.ts).
 * 2. The built site is checked (src/integrations/site-check.ts): every internal link and asset resolves
 *    under the base path, and nothing the Content-Security-Policy would block is on any page.
 * 3. Only then is the output directory (dist/, or $PLAN_OUT_DIR) replaced, by renaming.
 * If any step fails, the fresh directory is deleted and the last good dist/ is left untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkBuiltSite, formatSiteProblems } from '../src/integrations/site-check.ts';
import { mark } from '../src/integrations/timing.ts';
import { CmsSettingsError, readCmsSettings } from '../src/lib/site-settings.ts';

const root = process.cwd();
const target = resolve(root, process.env.PLAN_OUT_DIR ?? 'dist');
const fresh = join(dirname(target), `.build-${basename(target)}-${process.pid}`);
const old = `${fresh}-previous`;
const base = process.env.PLAN_BASE ?? '/';

const fail = (message: string, code = 1) => {
  rmSync(fresh, { recursive: true, force: true });
  console.error(message);
  process.exit(code);
};

rmSync(fresh, { recursive: true, force: true });
// The browser editor's Git host settings (PLAN_CMS_*): a wrong one stops the build before anything is built.
try {
  readCmsSettings(process.env);
} catch (error) {
  if (!(error instanceof CmsSettingsError)) throw error;
  fail(`${error.message}\n\n构建失败，${target} 保持不变。/ The build failed; ${target} was left as it was.`);
}
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Vite's own variables (set e.g. when run from a test runner) would override the configured base.
const env: NodeJS.ProcessEnv = { ...process.env, PLAN_OUT_DIR: fresh };
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
// A build is a production build, also when started from a test runner (Vitest sets NODE_ENV=test,
// which made the same build three times slower: 13 s against 4 s, with identical output).
env.NODE_ENV = 'production';
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
if (result.status !== 0) {
  fail(`\n构建失败，${target === resolve(root, 'dist') ? 'dist/' : target} 保持不变。/ The build failed; ${target} was left as it was.`, result.status ?? 1);
}
if (!existsSync(join(fresh, 'zh', 'index.html'))) fail(`The build wrote no site into ${fresh}; ${target} was left as it was.`);

mark('site-check', 'start');
const problems = checkBuiltSite(fresh, base);
mark('site-check', 'end');
if (problems.length) fail(formatSiteProblems(problems));

// Swap: the old output is moved aside, the fresh one takes its place, then the old one is removed.
// When a rename fails (a full disk, a busy folder, another file system), the old output is put back:
// readers keep the last good site, never none (tests/unit/publish-swap.test.ts).
mark('swap', 'start');
rmSync(old, { recursive: true, force: true });
const hadOld = existsSync(target);
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
try {
  if (hadOld) renameSync(target, old);
} catch (e) {
  fail(`\n无法替换 ${target}（${why(e)}），该目录保持不变。/ ${target} could not be replaced (${why(e)}); it was left as it was.`);
}
try {
  renameSync(fresh, target);
} catch (e) {
  if (hadOld) renameSync(old, target);
  fail(`\n无法发布新构建（${why(e)}），${target} 保持不变。/ The new build could not be put in place (${why(e)}); ${target} was left as it was.`);
}
rmSync(old, { recursive: true, force: true });
mark('swap', 'end');
console.log(`✓ 已发布到 ${target} / Published to ${target}`);
