/**
 * Each term's page count, as the build computed it from the term index (src/queries/site-queries.ts
 * `termPagesReady`), for the content it was computed on. Kept on globalThis, as the reading of the
 * content is (src/checker/node.ts): the pages and the integrations (the sitemap) run in separate module
 * graphs of one process, and the sitemap must list the same pages as the model the pages were built from.
 */
import type { Site } from '../model/pages.ts';

const KEY = Symbol.for('plan.termPages');
const store = globalThis as unknown as Record<symbol, WeakMap<object, Site['termPages']> | undefined>;
const counts = (store[KEY] ??= new WeakMap());

/** Records the page counts the build computed for `content`. */
export function recordTermPages(content: object, termPages: Site['termPages']): void {
  counts.set(content, termPages);
}

/** `content` with the term page counts the build computed for it (as it is when none were). */
export function withTermPages<C extends object>(content: C): C {
  const termPages = counts.get(content);
  return termPages ? ({ ...content, termPages } as C) : content;
}
