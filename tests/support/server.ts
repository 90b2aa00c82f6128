/**
 * A small static file server for a built site, bound to 127.0.0.1 only. The browser tests and
 * bench:pages use the real nginx with docs/nginx.conf instead (tests/support/nginx.ts); this one
 * stays for a site built under a sub-path (tests/unit/publish.test.ts, PLAN_BASE=/kjcx/), which
 * docs/nginx.conf does not serve as written, and for bench:search.
 * Serves directory indexes and the 404 page, like a production static host, and can add
 * response headers (e.g. a Content-Security-Policy) for tests.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  root: string;
  /** Base path the site was built with, e.g. `/` or `/kjcx/`. */
  base?: string;
  headers?: Record<string, string>;
}

export async function serve({ root, base = '/', headers = {} }: ServeOptions): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) return send(404, page);
      res.writeHead(404, headers).end('not found');
    };
    if (!path.startsWith(base)) return notFound();
    path = path.slice(base.length - 1);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    if (existsSync(file)) return send(200, file);
    return notFound();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  return {
    server,
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
