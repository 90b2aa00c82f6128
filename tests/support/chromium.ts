/**
 * Finds and launches Debian's Chromium with playwright-core. Never downloads a browser.
 * When none is found the tests fail with a message that says how to install it.
 *
 * The tests prefer Debian's `chromium-headless-shell` (the same Chromium release, built from the same
 * source, without the desktop browser around it; Playwright's own default for headless runs): the
 * browser suite used 246 CPU-seconds with it against 479 with the full `chromium` on the same
 * 2-core machine, with the same 189 tests passing. Where it is missing they use the full Chromium.
 * The benchmarks measure what readers get, so they always use the full browser (BROWSER_CANDIDATES).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

import { BROWSER_CANDIDATES, TEST_CANDIDATES } from './system-paths.ts';

export { BROWSER_CANDIDATES, TEST_CANDIDATES };

export function findChromium(candidates: readonly string[] = TEST_CANDIDATES, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. `npm test` installs it where it can (root or sudo without a password, Debian/Ubuntu); else run ' +
        '`sudo apt-get install -y chromium chromium-headless-shell` ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in: ' + candidates.join(', '),
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Nothing leaves the machine: every host name but 127.0.0.1 fails to resolve. (Blocking with
  // page.route() would send every request through the test process and turn off the browser cache.)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Chromium for the tests, or with `{ full: true }` the full browser readers run (benchmarks). */
export function launch(options: { full?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium(options.full ? BROWSER_CANDIDATES : TEST_CANDIDATES);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (they are blocked). */
  external: string[];
}

/**
 * A new page that records console errors and any request not to 127.0.0.1 (such requests fail: the
 * browser resolves no other host, see CHROMIUM_ARGS).
 */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<WatchedPage> {
  const page = await browser.newPage(options);
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return;
    external.push(url.href);
  });
  return { page, errors, external };
}

/** One Chromium per test file: launched before the file's tests, closed after them. */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the browser inside a test or hook.');
      return browser;
    },
  };
}
