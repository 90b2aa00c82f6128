/**
 * The site satisfies the Content-Security-Policy of docs/nginx.conf: every page, served with that
 * exact header, causes no securitypolicyviolation event and no CSP console error.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { builtPages, DIST } from '../support/site.ts';
import { serve } from '../support/server.ts';
import { cspHeaderLines, nginxCsp } from '../support/csp.ts';

const csp = nginxCsp();
const chromium = useBrowser();

/** Visit each path on a server that sends the CSP; return violations and CSP console errors. */
async function violationsOn(root: string, paths: string[]) {
  const server = await serve({ root, headers: { 'Content-Security-Policy': csp } });
  const { page, errors } = await watchedPage(chromium.browser);
  const found: string[] = [];
  let current = '';
  // A binding survives navigations (the root page redirects to /zh/ with <meta http-equiv=refresh>).
  await page.exposeFunction('__reportCsp', (v: string) => found.push(`${current}: ${v}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    for (const path of paths) {
      current = path;
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], path).toBe(csp);
      if (path === '') await page.waitForURL(/\/zh\/$/);
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    }
  } finally {
    await page.close();
    await server.close();
  }
  return { found, cspErrors: errors.filter((e) => /Content Security Policy/i.test(e)) };
}

describe('Content-Security-Policy', () => {
  test('the policy allows no inline scripts or styles and no third-party origins; every location sends it', () => {
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    const lines = cspHeaderLines();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toBe('add_header Content-Security-Policy $csp always;');
  });

  test('the test notices violations: an inline script and an inline style on a test page are reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      writeFileSync(join(dir, 'probe.html'), '<!doctype html><html><body><p style="color:red">x</p><script>document.title="x"</script></body></html>');
      const { found } = await violationsOn(dir, ['probe.html']);
      expect(found.some((v) => v.includes('script-src'))).toBe(true);
      expect(found.some((v) => v.includes('style-src'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every page of the built site, the root and the 404 page load under the policy without a violation', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThanOrEqual(38);
    const { found, cspErrors } = await violationsOn(DIST, [...pages, 'zh/no-such-page/']);
    expect(found).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
