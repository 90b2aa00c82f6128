/** Facts about the built site for tests: where it is and which pages it has. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(process.env.PLAN_OUT_DIR ?? 'dist');

export function assertBuilt(dir = DIST): void {
  if (!existsSync(join(dir, 'zh', 'index.html'))) {
    throw new Error(`${dir} has no built site: run \`npm run build\` first (npm test does this for you).`);
  }
}

/**
 * A past version of a page (history/<page>/<n>/, issue 12): noindex, not in the sitemap, numbered per
 * language (each language's history holds only its own changes), so not paired zh/en.
 */
export const isPastVersion = (path: string) => /(^|\/)history\/[^/]+\/\d+\/$/.test(path);

/** Every page of the built site but past versions of pages, as a path relative to the site root, e.g. `zh/plan/part-3/`. */
export function builtPages(dir = DIST): string[] {
  return allBuiltPages(dir).filter((p) => !isPastVersion(p));
}

/** Every page of the built site, past versions included. */
export function allBuiltPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(relative(dir, d).split('\\').join('/') + (d === dir ? '' : '/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Pages in one language (`zh/…` or `en/…`). */
export const pagesIn = (lang: 'zh' | 'en', dir = DIST) => builtPages(dir).filter((p) => p.startsWith(`${lang}/`));
