/** Browser tests never skip silently: without Chromium they fail and say how to install it. */
import { expect, test } from 'vitest';
import { BROWSER_CANDIDATES, findChromium, TEST_CANDIDATES } from '../support/chromium.ts';

test('no Chromium anywhere: a failure that says how to install it', () => {
  expect(() => findChromium(['/nonexistent/chromium'], {})).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
});

test('CHROMIUM_PATH pointing at nothing: a failure naming the path', () => {
  expect(() => findChromium([], { CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(/CHROMIUM_PATH is set to \/nonexistent\/chrome/);
});

test('CHROMIUM_PATH wins over the usual paths', () => {
  expect(findChromium(['/nonexistent/chromium'], { CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
});

test('the tests prefer the headless shell and fall back to any full browser; the benchmarks measure only full browsers', () => {
  expect(TEST_CANDIDATES[0]).toMatch(/headless-shell$/);
  expect(TEST_CANDIDATES.slice(1)).toEqual(BROWSER_CANDIDATES);
  expect(BROWSER_CANDIDATES.filter((p) => p.includes('headless'))).toEqual([]);
});
