/** Browser tests: check Chromium exists and the site is built, then serve dist/ on 127.0.0.1. */
import type { TestProject } from 'vitest/node';
import { serve } from './server.ts';
import { findChromium } from './chromium.ts';
import { DIST, assertBuilt } from './site.ts';

export default async function setup(project: TestProject) {
  findChromium();
  assertBuilt();
  const server = await serve({ root: DIST });
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
