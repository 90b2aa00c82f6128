/**
 * Browser tests: check Chromium exists and the site is built, then serve dist/ on 127.0.0.1 with a
 * real nginx and the project's docs/nginx.conf (tests/support/nginx.ts), so every browser test sees
 * the headers (Content-Security-Policy included), gzip and 404 handling that users get.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { startNginx } from './nginx.ts';
import { DIST, assertBuilt } from './site.ts';

export default async function setup(project: TestProject) {
  const browser = findChromium();
  if (!browser.includes('headless-shell')) {
    console.log(`Browser tests use ${browser}. With Debian's chromium-headless-shell they need about half the CPU.`);
  }
  assertBuilt();
  const server = await startNginx({ root: DIST });
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
