/**
 * Runs the content checker before Astro does anything else. A build with bad content stops here,
 * before a single page is written, with every problem listed in plain words (zh + en).
 * In `astro dev` the problems are printed as warnings so the preview keeps running while staff fix them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../lib/content/check.ts';
import { mark } from '../lib/timing.ts';
import { contentFingerprint, passedBefore, rememberPass } from '../lib/check-cache.ts';

export default function contentGuard(): AstroIntegration {
  return {
    name: 'plan:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        mark('check', 'start');
        const root = fileURLToPath(config.root);
        // Unchanged since the last passing check (e.g. `npm run check` just ran): nothing to re-check.
        const fingerprint = contentFingerprint(root);
        const { problems } = passedBefore(root, fingerprint) ? { problems: [] } : checkContent(root);
        mark('check', 'end');
        if (!problems.length) {
          rememberPass(root, fingerprint);
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          const error = new Error(report);
          error.name = 'ContentError';
          error.stack = report;
          throw error;
        }
        logger.warn(report);
      },
      // Astro syncs the content collections between these two hooks (timed for bench/scale only).
      'astro:config:done': () => mark('sync', 'start'),
      'astro:build:start': () => {
        mark('sync', 'end');
        mark('render', 'start');
      },
    },
  };
}
