/** Where Debian and other systems put the programs the browser tests and benchmarks use (no imports: scripts/test.ts reads it before anything is installed). */

/** The full browser, as readers run it: the benchmarks (Lighthouse, search timings) use it. */
export const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
/** The tests: Debian's chromium-headless-shell first, then any full browser. */
export const TEST_CANDIDATES = ['/usr/bin/chromium-headless-shell', ...BROWSER_CANDIDATES];
export const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
/**
 * A Chinese font (Debian's fonts-wqy-microhei, 1.6 MB, else any Noto CJK): without one Chromium draws
 * Chinese as empty boxes, so the guides' screenshots and the layout measurements (first screen, reflow)
 * would not show the page as readers see it.
 */
export const CJK_FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
];
