/**
 * `astro dev` (the staff preview, `npm run dev`) on a project copy, on a free 127.0.0.1 port, for the
 * integration tests: it serves the pages and the browser editor at /admin/ (with its local-repository
 * mode, which Sveltia offers on 127.0.0.1 only) without a build.
 *
 * Runs in its own process group, so `close()` ends the server and anything it started, and nothing
 * else. Without VITEST* in its environment: Astro's dev server does not serve pages when it believes
 * it runs inside Vitest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  process: ChildProcess;
  /** What the server printed so far. */
  log(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const address = probe.address();
  await new Promise<void>((ok) => probe.close(() => ok()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function stop(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode != null || server.signalCode != null) return;
  const exited = new Promise((ok) => server.once('exit', ok));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill('SIGTERM');
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.exitCode == null && server.signalCode == null) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Starts `astro dev` in `dir` and resolves once `readyPath` (from the site root) answers 200. */
export async function startDevServer(dir: string, { readyPath = 'zh/', timeout = 90_000 } = {}): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...env, ASTRO_DEV_BACKGROUND: '0', PLAN_BASE: '/', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += String(d)));
  server.stderr?.on('data', (d) => (log += String(d)));
  // If the test run ends without calling close, the server must not outlive it.
  const killOnExit = () => void stop(server);
  process.once('exit', killOnExit);
  const dev: DevServer = {
    origin,
    process: server,
    log: () => log,
    close: async () => {
      process.off('exit', killOnExit);
      await stop(server);
    },
  };
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (server.exitCode != null) throw new Error(`astro dev stopped (exit ${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${origin}/${readyPath}`, { signal: AbortSignal.timeout(30_000) })).ok) return dev;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await dev.close();
  throw new Error(`astro dev did not answer ${origin}/${readyPath} within ${timeout} ms:\n${log}`);
}
