/**
 * `npm test`: every test, side by side instead of one after another.
 *
 * - The unit tests start at once, beside the production build (`npm run build`, which checks the
 *   content first).
 * - When the build has succeeded, the browser tests (every file in tests/browser, served by nginx
 *   with docs/nginx.conf) and the type check (`astro check`) start. The type check waits for the
 *   build because both write Astro's generated types (.astro/, .cache/astro).
 * Each suite's output is printed when it ends, then the time of each suite. Exits non-zero when any
 * suite failed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = process.cwd();
const node = process.execPath;
const bin = {
  astro: join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  vitest: join(root, 'node_modules', 'vitest', 'vitest.mjs'),
};

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

function run(name: string, args: string[]): Promise<Outcome> {
  const started = performance.now();
  console.log(`… ${name} started`);
  return new Promise((ok) => {
    const env = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') };
    const child = spawn(node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
const build = await run('build', [join(root, 'scripts', 'build.ts')]);
const after = build.ok
  ? [run('browser tests', [bin.vitest, 'run', '--project', 'browser']), run('type check (astro check)', [bin.astro, 'check'])]
  : (console.log('The build failed, so the browser tests and the type check did not run.'), []);
const outcomes = [build, ...(await Promise.all([unit, ...after]))];

const total = (performance.now() - started) / 1000;
console.log('\nTime per suite:');
for (const o of outcomes) console.log(`  ${o.ok ? '✓' : '✗'} ${o.name.padEnd(26)} ${o.seconds.toFixed(1).padStart(6)} s`);
console.log(`  total (wall clock)          ${total.toFixed(1).padStart(6)} s`);
const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
if (!build.ok) failed.push('browser tests and type check (not run)');
if (failed.length) {
  console.error(`\nnpm test FAILED: ${failed.join(', ')}`);
  process.exitCode = 1;
}
