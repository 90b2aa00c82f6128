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
 * A page's history or one of its past versions (history/<page>/, history/<page>/<n>/; issue 12):
 * generated from git, not in the sitemap; past versions are noindex and numbered per language
 * (each language's history holds only its own changes), so not paired zh/en.
 * tests/browser/history.test.ts checks them; the generic every-page walks leave them out.
 */
export const isHistoryPage = (path: string) => /(^|\/)history\/[^/]+\/(\d+\/)?$/.test(path);
export const isPastVersion = (path: string) => /(^|\/)history\/[^/]+\/\d+\/$/.test(path);

/** Every page of the built site but the history pages, as a path relative to the site root, e.g. `zh/plan/part-3/`. */
export function builtPages(dir = DIST): string[] {
  return allBuiltPages(dir).filter((p) => !isHistoryPage(p) && !isEditorPage(p));
}

/**
 * The browser editor (/admin/): not a page of the site (no layout, its own Content-Security-Policy,
 * not indexed); tests/browser/editor.test.ts checks it.
 */
export const isEditorPage = (path: string) => /^admin\//.test(path);

/** Every file under `dir` whose name passes `keep`, as a path relative to `dir` (with /), sorted. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (keep(name)) out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every HTML file of the built site (index.html, 404.html, history and editor pages too), relative to it. */
export const htmlFiles = (dir = DIST) => filesUnder(dir, (name) => name.endsWith('.html'));

/** Every page of the built site, history pages included. */
export function allBuiltPages(dir = DIST): string[] {
  return filesUnder(dir, (name) => name === 'index.html')
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

/** A policy-term page (glossary/<term>/, and its later pages of passages glossary/<term>/<n>/): all from one template. */
export const isTermPage = (path: string) => /(^|\/)glossary\/[^/]+\/(\d+\/)?$/.test(path);

/**
 * The pages the browser walks visit (every-page crawl, axe in every display mode, per-page checks):
 * every page but the history pages, with ONE policy-term page per language. The term pages share one
 * template and grow with the glossary; tests/browser/search-terms.test.ts checks every one of them.
 */
export function walkedPages(dir = DIST): string[] {
  const seen = new Set<string>();
  return builtPages(dir).filter((p) => {
    if (!isTermPage(p)) return true;
    const lang = p.slice(0, 2);
    return seen.has(lang) ? false : (seen.add(lang), true);
  });
}

/** Pages in one language (`zh/…` or `en/…`) that the browser walks visit (see walkedPages). */
export const pagesIn = (lang: 'zh' | 'en', dir = DIST) => walkedPages(dir).filter((p) => p.startsWith(`${lang}/`));
