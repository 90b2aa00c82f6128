/**
 * The Content-Security-Policy of docs/nginx.conf is strict, and the way the tests look for
 * violations finds them. That every page of the site, served by the real nginx with that config,
 * sends the policy and causes no violation is checked in the one crawl of every page
 * (tests/browser/every-page.test.ts) with the same recorder (tests/support/network.ts).
 */
import { describe, expect, inject, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { startNginx } from '../support/nginx.ts';
import { nginxCsp } from '../support/csp.ts';
import { cspViolations, recordCspViolations, trackRequests } from '../support/network.ts';

const csp = nginxCsp();
const chromium = useBrowser();

/**
 * Visit each path; return the CSP header each sent, the violations and CSP console errors. The root
 * page (which sends readers on to /zh/ with a meta refresh) is checked itself, without following.
 */
async function violationsOn(url: string, paths: string[]) {
  const { page, errors } = await watchedPage(chromium.browser);
  await recordCspViolations(page);
  const tracker = trackRequests(page);
  const found: string[] = [];
  const headers: Record<string, string | undefined> = {};
  try {
    for (const path of paths) {
      if (path === '') {
        await page.route(url, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
      }
      const response = await page.goto(url + path, { waitUntil: 'load' });
      if (path === '') await page.unroute(url);
      headers[path] = response?.headers()['content-security-policy'];
      for (const v of await cspViolations(page, tracker)) found.push(`${path}: ${v}`);
    }
  } finally {
    tracker.dispose();
    await page.close();
  }
  return { found, headers, cspErrors: errors.filter((e) => /Content Security Policy/i.test(e)) };
}

describe('Content-Security-Policy', () => {
  test('the policy allows no inline scripts or styles and no third-party origins', () => {
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  test('the test notices violations: an inline script, an inline style and a blocked fetch on a test page served by nginx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    const server = await startNginx({ root: dir });
    try {
      writeFileSync(
        join(dir, 'probe.html'),
        '<!doctype html><html><body><p style="color:red">x</p><script>document.title="x"</script>' +
          // A late violation: after the load event a script loads another, which adds a cross-origin image.
          '<script src="late.js"></script></body></html>',
      );
      writeFileSync(join(dir, 'late.js'), 'addEventListener("load", () => { const s = document.createElement("script"); s.src = "later.js"; document.head.append(s); });');
      writeFileSync(join(dir, 'later.js'), 'const i = new Image(); i.src = "http://192.0.2.1/x.png"; document.body.append(i);');
      const { found, headers } = await violationsOn(server.url, ['probe.html']);
      expect(headers['probe.html']).toBe(csp);
      expect(found.some((v) => v.includes('script-src'))).toBe(true);
      expect(found.some((v) => v.includes('style-src'))).toBe(true);
      // Reported after the load event: caught because the test waits for the page's requests (later.js), not a fixed time.
      expect(found.some((v) => v.includes('img-src http://192.0.2.1/x.png'))).toBe(true);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('requests off 127.0.0.1', () => {
  test('are recorded by the test page and never reach their host (the browser resolves no other name)', async () => {
    const { page, external } = await watchedPage(chromium.browser);
    // The site's own server under another name: `localhost` would resolve and nginx would answer.
    const elsewhere = new URL('zh/', inject('baseUrl'));
    elsewhere.hostname = 'localhost';
    try {
      // about:blank sends no Content-Security-Policy, so the request really is attempted.
      await page.goto('about:blank');
      const failed = page.waitForEvent('requestfailed');
      const outcome = await page.evaluate((u) => fetch(u, { mode: 'no-cors' }).then(() => 'reached', () => 'failed'), elsewhere.href);
      const request = await failed;
      expect(outcome).toBe('failed');
      expect(request.url()).toBe(elsewhere.href);
      expect(request.failure()?.errorText).toMatch(/NAME_NOT_RESOLVED/);
      expect(external).toEqual([elsewhere.href]);
    } finally {
      await page.close();
    }
  });
});
