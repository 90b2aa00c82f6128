/**
 * `npm test`: every test, side by side instead of one after another.
 *
 * - First, what the browser tests need from the system (Chromium, its headless shell, nginx): when
 *   something is missing it is installed with apt-get where that needs no question (root, or sudo
 *   without a password, on Debian/Ubuntu); otherwise npm test stops at once with the one command to run
 *   (tests/support/prerequisites.ts). `npm test -- --prerequisites` does only this step.
 * - The unit tests, the integration tests (full builds of project copies) and the type check start at
 *   once, beside the production build (`npm run build`, which checks the content first). The type check
 *   is `npm run typecheck`'s two steps: `astro check` on the .astro files (tsconfig.astro.json), then
 *   `tsc --noEmit` on the TypeScript files (tsconfig.json). (`astro check` on the whole project checked
 *   the .ts files too, one by one through its language service: 218 CPU-s on 2 cores, a third of npm
 *   test's CPU, against about 15 for the .astro files and 17 for tsc, 2026-12-03.) It runs in a
 *   throw-away copy of the project (node_modules linked), because `astro check` writes Astro's generated
 *   types (.astro/, .cache/astro) as the build does: side by side in one folder they would write the
 *   same files. The integration tests and the type check run at a
 *   lower CPU priority: the build and then the browser tests, which the total waits for, get the CPU
 *   first, and they fill the time the others leave.
 * - When the build has succeeded, the browser tests start (every file in tests/browser, served by
 *   nginx with docs/nginx.conf).
 * Each suite's output is printed when it ends, then the time of each suite. Exits non-zero when any
 * suite failed.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { copyProject, removeCopy } from '../tests/support/project-copy.ts';
import { ensurePrerequisites } from '../tests/support/prerequisites.ts';
import { join } from 'node:path';

const prerequisites = ensurePrerequisites();
for (const line of prerequisites.lines) console[prerequisites.ok ? 'log' : 'error'](line);
if (!prerequisites.ok) process.exit(1);
if (process.argv.includes('--prerequisites')) process.exit(0);

const root = process.cwd();
const node = process.execPath;
const bin = {
  astro: join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  vitest: join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  tsc: join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
};

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

/** A copy of the project for the type check: everything but what is installed, built or cached. */
function copyForTypeCheck(): string {
  const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', '.ci-report']);
  const files = readdirSync(root).filter((name) => !skip.has(name) && !name.startsWith('.build-'));
  return copyProject(root, { files, prefix: 'plan-typecheck-' });
}

/**
 * `background`: a lower CPU priority (nice 10, inherited by the suite's own processes), for a suite
 * that finishes well before the browser tests, so the build and the browser tests, which the total
 * waits for, get the CPU first.
 */
function run(name: string, args: string[], { cwd = root, background = false } = {}): Promise<Outcome> {
  const started = performance.now();
  console.log(`… ${name} started`);
  return new Promise((ok) => {
    const env = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') };
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (background && child.pid) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here: the suite simply runs at the usual priority.
      }
    }
    const out: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => out.push(d));
    child.on('error', (e) => out.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n━━━ ${name} ━━━\n${Buffer.concat(out).toString()}`);
      const result = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      console.log(`━━━ ${name}: ${result} in ${seconds.toFixed(1)} s ━━━`);
      ok({ name, ok: code === 0, seconds });
    });
  });
}

const started = performance.now();
const unit = run('unit tests', [bin.vitest, 'run', '--project', 'unit']);
const integration = run('integration tests', [bin.vitest, 'run', '--project', 'integration'], { background: true });
const typeCheckDir = copyForTypeCheck();
/** npm run typecheck: astro check (which also writes .astro/types.d.ts, read by tsc), then tsc. */
const typeCheck = (async () => {
  const astro = await run('type check: astro check', [bin.astro, 'check', '--tsconfig', 'tsconfig.astro.json'], { cwd: typeCheckDir, background: true });
  const tsc = await run('type check: tsc', [bin.tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: typeCheckDir, background: true });
  return [astro, tsc];
})().finally(() => removeCopy(typeCheckDir));
const build = await run('build', [join(root, 'scripts', 'build.ts')]);
const after = build.ok
  ? [run('browser tests', [bin.vitest, 'run', '--project', 'browser'])]
  : (console.log('The build failed, so the browser tests did not run.'), []);
const outcomes = [build, ...(await Promise.all([unit, integration, ...after])), ...(await typeCheck)];

const total = (performance.now() - started) / 1000;
console.log('\nTime per suite:');
for (const o of outcomes) console.log(`  ${o.ok ? '✓' : '✗'} ${o.name.padEnd(26)} ${o.seconds.toFixed(1).padStart(6)} s`);
console.log(`  total (wall clock)          ${total.toFixed(1).padStart(6)} s`);
const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
if (!build.ok) failed.push('browser tests (not run)');
if (failed.length) {
  console.error(`\nnpm test FAILED: ${failed.join(', ')}`);
  process.exitCode = 1;
}
