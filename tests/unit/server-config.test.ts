/**
 * The test server is the production config: tests/support/nginx.ts changes only `listen` and `root`
 * of docs/nginx.conf, and the response predicates of tests/support/responses.ts fail on broken
 * responses (missing header, no gzip, wrong cache policy).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { findNginx, fullConfig, NGINX_CONF, serverBlockFor } from '../support/nginx.ts';
import { nginxCsp } from '../support/csp.ts';
import { responseProblems, SECURITY_HEADERS, type RawResponse } from '../support/responses.ts';

const conf = readFileSync(NGINX_CONF, 'utf8');

describe('the nginx config used by the tests', () => {
  test('only listen and root differ from docs/nginx.conf', () => {
    const block = serverBlockFor(conf, { port: 45678, root: '/tmp/site' });
    const a = conf.split('\n');
    const b = block.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => [line.trim(), b[i]!.trim()]).filter(([x, y]) => x !== y);
    expect(changed).toEqual([
      ['listen 80;', 'listen 127.0.0.1:45678;'],
      ['root /srv/kjcx/dist;', 'root /tmp/site;'],
    ]);
    const full = fullConfig(block, '/tmp/x', false);
    expect(full).toContain(block);
    expect(full).toMatch(/include \/\S+\/mime\.types;/);
  });

  test('a config without the expected listen or root line is refused, not served differently', () => {
    expect(() => serverBlockFor(conf.replace('listen 80;', 'listen 8080;'), { port: 1, root: '/x' })).toThrow(/listen 80;/);
    expect(() => serverBlockFor(conf.replace(/^\s*root [^;]+;/m, ''), { port: 1, root: '/x' })).toThrow(/root/);
  });

  test('no nginx: a failure that says how to install it', () => {
    expect(() => findNginx(['/nonexistent/nginx'], {})).toThrow(/apt-get install -y nginx.*NGINX_PATH/s);
  });
});

describe('response predicates fail on broken responses', () => {
  const csp = nginxCsp();
  const html = Buffer.from('<!doctype html><html><body>' + 'text '.repeat(50) + '</body></html>');
  const good = (): RawResponse => ({
    url: 'http://x/zh/',
    status: 200,
    headers: { ...SECURITY_HEADERS(csp), 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', vary: 'Accept-Encoding' },
    wire: gzipSync(html),
  });
  const want = { status: 200, cacheControl: /^no-cache$/, type: /^text\/html/ };

  test('a right response has no problems', () => {
    expect(responseProblems(good(), csp, want)).toEqual([]);
  });

  test.each(Object.keys(SECURITY_HEADERS(csp)))('missing %s is reported', (name) => {
    const r = good();
    delete r.headers[name];
    expect(responseProblems(r, csp, want).join('\n')).toContain(`${name} is missing`);
  });

  test('a weaker policy is reported', () => {
    const r = good();
    r.headers['content-security-policy'] = csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    expect(responseProblems(r, csp, want).join('\n')).toMatch(/content-security-policy is/);
  });

  test('uncompressed HTML, XML and JSON are reported; so is gzip without Vary', () => {
    for (const type of ['text/html; charset=utf-8', 'text/xml; charset=utf-8', 'application/rss+xml', 'application/json', 'text/css', 'application/javascript']) {
      const r = { ...good(), wire: html, headers: { ...good().headers, 'content-type': type, 'content-encoding': undefined } };
      expect(responseProblems(r, csp, { ...want, type: /./ }).join('\n'), type).toMatch(/sent without gzip/);
    }
    const r = good();
    delete r.headers.vary;
    expect(responseProblems(r, csp, want).join('\n')).toMatch(/without Vary/);
  });

  test('a wrong cache policy, status or type is reported', () => {
    expect(responseProblems({ ...good(), status: 404 }, csp, want).join('\n')).toMatch(/status 404, expected 200/);
    expect(responseProblems(good(), csp, { ...want, cacheControl: /immutable/ }).join('\n')).toMatch(/cache-control is no-cache/);
    expect(responseProblems(good(), csp, { ...want, type: /xml/ }).join('\n')).toMatch(/content-type is/);
  });

  test('a precompressed search file must be gzip data sent without a second encoding', () => {
    const bin: RawResponse = { url: 'http://x/pagefind/wasm.en.pagefind', status: 200, headers: { ...SECURITY_HEADERS(csp), 'cache-control': 'no-cache', 'content-type': 'application/octet-stream' }, wire: gzipSync(Buffer.from('wasm')) };
    expect(responseProblems(bin, csp, { ...want, type: undefined, precompressed: true })).toEqual([]);
    expect(responseProblems({ ...bin, wire: Buffer.from('plain bytes') }, csp, { ...want, type: undefined, precompressed: true }).join('\n')).toMatch(/expected a gzip-compressed file/);
  });
});
