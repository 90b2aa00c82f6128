/**
 * A real nginx serving a built site with the project's own docs/nginx.conf, for the browser tests
 * and the page benchmark. Only `listen` (127.0.0.1 and a free port) and `root` (the folder served)
 * are rewritten, so headers, gzip, caching, redirects and the 404 page are the ones users get.
 *
 * Runs without root rights and without touching /etc or /var: its own prefix, temp folders, pid
 * file and error log in a temp folder; `daemon off` so it stops with the test run. When the tests
 * run as root, the worker processes keep running as root (`user root;`) so they can read any
 * checkout; in production nginx's own user applies.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_CANDIDATES } from './system-paths.ts';

export const NGINX_CONF = resolve('docs/nginx.conf');
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'];

export function findNginx(candidates: readonly string[] = NGINX_CANDIDATES, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NGINX_PATH) {
    if (!existsSync(env.NGINX_PATH)) throw new Error(`NGINX_PATH is set to ${env.NGINX_PATH}, but no file is there.`);
    return env.NGINX_PATH;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No nginx found: the browser tests serve the site with a real nginx and docs/nginx.conf. ' +
        '`npm test` installs it where it can (root or sudo without a password, Debian/Ubuntu); else run `sudo apt-get install -y nginx`, or set NGINX_PATH. Looked in: ' +
        candidates.join(', '),
    );
  }
  return found;
}

/**
 * The server block of docs/nginx.conf with `listen` and `root` replaced. Throws when the file does
 * not have exactly one of each (so a changed config cannot silently be served differently).
 */
export function serverBlockFor(conf: string, { port, root }: { port: number; root: string }, file = NGINX_CONF): string {
  const listen = conf.match(/^(\s*)listen\s+80;\s*$/gm) ?? [];
  const roots = conf.match(/^(\s*)root\s+[^;]+;\s*$/gm) ?? [];
  if (listen.length !== 1) throw new Error(`${file}: expected exactly one line \`listen 80;\`, found ${listen.length}`);
  if (roots.length !== 1) throw new Error(`${file}: expected exactly one \`root …;\` line, found ${roots.length}`);
  if (/[";{}\s]/.test(root)) throw new Error(`cannot serve a folder whose path has spaces, quotes, ; or braces: ${root}`);
  return conf
    .replace(/^(\s*)listen\s+80;\s*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;\s*$/m, `$1root ${root};`);
}

/** A whole nginx.conf: the minimal main/events/http frame around the server block. */
export function fullConfig(serverBlock: string, dir: string, asRoot: boolean): string {
  const mime = MIME_TYPES.find((p) => existsSync(p));
  if (!mime) throw new Error(`nginx's mime.types not found (looked in ${MIME_TYPES.join(', ')})`);
  return `# Generated for the tests from docs/nginx.conf (listen and root rewritten).
${asRoot ? 'user root;\n' : ''}worker_processes 1;
events { worker_connections 256; }
http {
    include ${mime};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${join(dir, 'client_body')};
    proxy_temp_path ${join(dir, 'proxy')};
    fastcgi_temp_path ${join(dir, 'fastcgi')};
    uwsgi_temp_path ${join(dir, 'uwsgi')};
    scgi_temp_path ${join(dir, 'scgi')};

${serverBlock}
}
`;
}

/** A port that was free a moment ago on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

export interface Nginx {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  close: () => Promise<void>;
}

async function startOnce(root: string, port: number, confFile: string): Promise<Nginx> {
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  for (const d of ['logs', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  const asRoot = process.getuid?.() === 0;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, fullConfig(serverBlockFor(readFileSync(confFile, 'utf8'), { port, root: resolve(root) }, confFile), dir, asRoot));
  const errorLog = join(dir, 'logs', 'error.log');
  const args = ['-e', errorLog, '-p', dir, '-c', conf, '-g', `daemon off; master_process on; pid ${join(dir, 'nginx.pid')}; error_log ${errorLog} warn;`];
  const test = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t rejected the config made from ${confFile}:\n${test.stderr}`);
  }
  const child: ChildProcess = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  let exited = false;
  const exit = new Promise<void>((ok) => child.once('exit', () => ((exited = true), ok())));
  // If the test run ends without calling close (a crash, Ctrl-C), nginx must not outlive it.
  const killOnExit = () => {
    if (!exited) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  void exit.then(() => process.off('exit', killOnExit));
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (!exited) {
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers (any status); fail with its error log when it exits first.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) {
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      throw Object.assign(new Error(`nginx exited at start:\n${stderr}${log}`), { addressInUse: /Address already in use/.test(stderr + log) });
    }
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
      return { url, port, close };
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error(`nginx did not answer on ${url} within 10 s:\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Start nginx serving `root` with docs/nginx.conf (or, for tests of the tests, another server
 * block given as `conf`) on a free 127.0.0.1 port.
 */
export async function startNginx({ root, conf = NGINX_CONF }: { root: string; conf?: string }): Promise<Nginx> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(root, await freePort(), conf);
    } catch (e) {
      // Another process may have taken the port between the check and nginx's bind: try another.
      if ((e as { addressInUse?: boolean }).addressInUse && attempt < 5) continue;
      throw e;
    }
  }
}
