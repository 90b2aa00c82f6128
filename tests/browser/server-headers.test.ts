/**
 * What users get from the server: the built site in a real nginx with docs/nginx.conf (started by
 * tests/support/global-setup.ts; only listen and root rewritten). Every kind of response carries
 * the security headers and a cache policy, compressible types are gzipped, and bodies are the
 * built files. A broken config (the add_header inheritance trap) is caught.
 */
import { describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, builtPages } from '../support/site.ts';
import { nginxCsp } from '../support/csp.ts';
import { startNginx } from '../support/nginx.ts';
import { decoded, getRaw, responseProblems, type Expectation } from '../support/responses.ts';

const baseUrl = inject('baseUrl');
const csp = nginxCsp();

const NO_CACHE = /^no-cache$/;
const HOUR = /^public, max-age=3600$/;
const YEAR = /^public, max-age=31536000, immutable$/;
const HTML = /^text\/html; charset=utf-8$/;

/** The first file in a dist/ folder whose name matches, so the test follows the build, not today's hashes. */
function first(dir: string, pattern: RegExp): string {
  const name = readdirSync(join(DIST, dir)).sort().find((f) => pattern.test(f));
  if (!name) throw new Error(`the built site has no ${dir}/ file matching ${pattern}`);
  return `${dir}/${name}`;
}

interface Case extends Expectation {
  kind: string;
  path: string;
  /** The file on disk the body must equal (200 responses). */
  file?: string;
}

function cases(): Case[] {
  const page = builtPages().find((p) => /^zh\/.+\//.test(p));
  if (!page) throw new Error('the built site has no zh/…/ page');
  return [
    { kind: 'page', path: 'zh/', status: 200, cacheControl: NO_CACHE, type: HTML, file: 'zh/index.html' },
    { kind: 'page', path: page, status: 200, cacheControl: NO_CACHE, type: HTML, file: `${page}index.html` },
    { kind: 'root page', path: '', status: 200, cacheControl: NO_CACHE, type: HTML, file: 'index.html' },
    { kind: 'page without its slash (redirect)', path: page.slice(0, -1), status: 301, cacheControl: NO_CACHE, uncompressed: true },
    { kind: 'hashed stylesheet', path: first('_astro', /\.css$/), status: 200, cacheControl: YEAR, type: /^text\/css/ },
    { kind: 'hashed script', path: first('_astro', /\.js$/), status: 200, cacheControl: YEAR, type: /javascript/ },
    { kind: 'display script (hashed)', path: first('_astro', /^display\.[\w-]+\.js$/), status: 200, cacheControl: YEAR, type: /javascript/ },
    { kind: 'icon', path: 'favicon.svg', status: 200, cacheControl: NO_CACHE, type: /^image\/svg\+xml/ },
    { kind: 'search script', path: 'pagefind/pagefind.js', status: 200, cacheControl: HOUR, type: /javascript/ },
    { kind: 'search index entry', path: 'pagefind/pagefind-entry.json', status: 200, cacheControl: HOUR, type: /^application\/json/ },
    { kind: 'search index meta', path: first('pagefind', /\.pf_meta$/), status: 200, cacheControl: HOUR, precompressed: true },
    { kind: 'search index chunk', path: first('pagefind/index', /\.pf_index$/), status: 200, cacheControl: HOUR, precompressed: true },
    { kind: 'search fragment', path: first('pagefind/fragment', /\.pf_fragment$/), status: 200, cacheControl: HOUR, precompressed: true },
    { kind: 'search wasm', path: first('pagefind', /^wasm\..*\.pagefind$/), status: 200, cacheControl: HOUR, precompressed: true },
    { kind: 'feed', path: 'zh/rss.xml', status: 200, cacheControl: HOUR, type: /xml/ },
    { kind: 'feed (en)', path: 'en/rss.xml', status: 200, cacheControl: HOUR, type: /xml/ },
    { kind: 'sitemap index', path: 'sitemap-index.xml', status: 200, cacheControl: HOUR, type: /xml/ },
    { kind: 'sitemap', path: first('.', /^sitemap-\d+\.xml$/).slice(2), status: 200, cacheControl: HOUR, type: /xml/ },
    { kind: 'robots.txt', path: 'robots.txt', status: 200, cacheControl: HOUR, type: /^text\/plain/ },
    { kind: 'open data JSON', path: first('data', /\.json$/), status: 200, cacheControl: HOUR, type: /^application\/json/ },
    { kind: 'open data CSV', path: first('data', /\.csv$/), status: 200, cacheControl: HOUR, type: /^text\/csv/ },
    { kind: '404 page', path: 'zh/no-such-page/', status: 404, cacheControl: NO_CACHE, type: HTML, file: '404.html' },
    { kind: '404 under /_astro/', path: '_astro/no-such-file.js', status: 404, cacheControl: NO_CACHE, type: HTML, file: '404.html' },
    { kind: '404 for a feed-like address', path: 'zh/no-such-feed.xml', status: 404, cacheControl: NO_CACHE, type: HTML, file: '404.html' },
    { kind: '404 under /pagefind/', path: 'pagefind/no-such.pf_meta', status: 404, cacheControl: NO_CACHE, type: HTML, file: '404.html' },
  ].map((c) => ({ ...c, file: c.file ?? (c.status === 200 ? c.path : undefined) }));
}

describe('nginx with docs/nginx.conf', () => {
  const all = cases();

  test('the cases cover every kind of response the site has', () => {
    const kinds = new Set(all.map((c) => c.kind));
    for (const k of ['page', 'hashed stylesheet', 'hashed script', 'search index entry', 'search wasm', 'feed', 'sitemap', '404 page']) expect(kinds.has(k), k).toBe(true);
  });

  test.each(all.map((c) => [c.kind, c.path, c] as const))('%s (/%s): security headers, cache policy, gzip, the built file', async (_kind, path, c) => {
    const r = await getRaw(baseUrl + path);
    expect(responseProblems(r, csp, c)).toEqual([]);
    if (c.file) expect(decoded(r).equals(readFileSync(join(DIST, c.file))), `${path} is ${c.file}`).toBe(true);
    if (c.status === 301) expect(new URL(String(r.headers.location)).pathname).toBe(`/${path}/`);
  });

  test('a page asked for without gzip is sent uncompressed (Vary: Accept-Encoding keeps caches apart)', async () => {
    const res = await fetch(`${baseUrl}zh/`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBe(csp);
  });
});

describe('the test catches a broken server config', () => {
  test('the add_header inheritance trap and text/xml missing from gzip_types are reported', async () => {
    const broken = await startNginx({ root: DIST, conf: resolve('tests/broken-site/nginx-add-header-trap.conf') });
    try {
      const byKind = new Map(cases().map((c) => [c.kind, c]));
      const problemsOf = async (kind: string) => {
        const c = byKind.get(kind)!;
        return responseProblems(await getRaw(broken.url + c.path), csp, c).join('\n');
      };
      expect(await problemsOf('hashed stylesheet')).toMatch(/content-security-policy is missing/);
      expect(await problemsOf('hashed script')).toMatch(/x-frame-options is missing/);
      expect(await problemsOf('feed')).toMatch(/content-security-policy is missing/);
      expect(await problemsOf('feed')).toMatch(/sent without gzip/);
      expect(await problemsOf('sitemap')).toMatch(/sent without gzip/);
      // Pages keep their headers there (the location / repeated them); it lacked Vary: Accept-Encoding too.
      expect(await problemsOf('page')).not.toMatch(/content-security-policy|x-frame-options/);
      expect(await problemsOf('page')).toMatch(/without Vary/);
    } finally {
      await broken.close();
    }
  });
});
