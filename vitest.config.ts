import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 120_000,
          // Removing the project copies of the fixture tests takes seconds on a busy machine.
          hookTimeout: 120_000,
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
