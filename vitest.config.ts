import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test (scripts/test.ts runs them all):
 * - unit: functions and the checker on content held in memory or tiny temp folders; no build;
 * - integration: full builds (or `astro dev`) of throw-away project copies (tests/support/project-copy.ts),
 *   some then read in Chromium;
 * - browser: the site in dist/, served by nginx with docs/nginx.conf (tests/support/global-setup.ts).
 * Shared helpers live in tests/support/ only (tests/unit/imports.test.ts checks who imports what).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One module graph per worker, not one per file: the unit files import the same checker,
          // schemas and Markdown pipeline, and re-importing them for each of the 47 files was most of the
          // suite's time (87 CPU-s and 140 s with isolation, 32 CPU-s and 31 s without, 2026-12-02).
          // A unit test must therefore leave no global state behind (process.env, cwd, module caches).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Whole builds take minutes on a busy 2-core machine (the integration tests run beside the
          // main build and the type check): a timeout there says nothing about the site.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Two files at a time: on 2 cores Vitest's default is one (cores - 1), so the integration
          // files, each a few builds, ran one after another and were the long pole of npm test once the
          // build, the unit tests and the type check had finished and left a core idle.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Loops over every page take a minute or more when the shared machine is busy (load 30 on
          // 2 cores was seen): a timeout there says nothing about the site.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Two test files at a time (each with its own Chromium): the long accessibility file runs
          // beside the others. New files in tests/browser are picked up by the include pattern.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
