/**
 * The content with each term's paging (the page model's `termPages`), as the build computed it from the
 * term index (src/queries/site-queries.ts `termPagesReady`), for the content it was computed on: the one
 * store of it. Kept on globalThis, as the reading of the content is (src/checker/node.ts): the pages and
 * the integrations (the sitemap) run in separate module graphs of one process, and the sitemap must
 * list the same pages as the model the pages were built from.
 */
import type { Site } from '../model/pages.ts';

const KEY = Symbol.for('plan.termPages');
const store = globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>;
const paged = (store[KEY] ??= new WeakMap());

/** Records the term paging the build computed for `content`; returns the content with it. */
export function recordTermPages<C extends object>(content: C, termPages: Site['termPages']): C {
  const withPages = { ...content, termPages };
  paged.set(content, withPages);
  return withPages;
}

/** Whether the term paging of `content` has been computed. */
export const hasTermPages = (content: object): boolean => paged.has(content);

/** `content` with the term paging the build computed for it (the same object every time; `content` itself when none was). */
export function withTermPages<C extends object>(content: C): C {
  return (paged.get(content) as C | undefined) ?? content;
}
