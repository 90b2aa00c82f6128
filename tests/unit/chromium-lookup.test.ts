/** Browser tests never skip silently: without Chromium they fail and say how to install it. */
import { expect, test } from 'vitest';
import { findChromium } from '../support/chromium.ts';

test('no Chromium anywhere: a failure that says how to install it', () => {
  expect(() => findChromium(['/nonexistent/chromium'], {})).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
});

test('CHROMIUM_PATH pointing at nothing: a failure naming the path', () => {
  expect(() => findChromium([], { CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(/CHROMIUM_PATH is set to \/nonexistent\/chrome/);
});

test('CHROMIUM_PATH wins over the usual paths', () => {
  expect(findChromium(['/nonexistent/chromium'], { CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
});
