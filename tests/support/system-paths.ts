/** Where Debian and other systems put the programs the browser tests and benchmarks use (no imports: scripts/test.ts reads it before anything is installed). */

/** The full browser, as readers run it: the benchmarks (Lighthouse, search timings) use it. */
export const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
/** The tests: Debian's chromium-headless-shell first, then any full browser. */
export const TEST_CANDIDATES = ['/usr/bin/chromium-headless-shell', ...BROWSER_CANDIDATES];
export const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
