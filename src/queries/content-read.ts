/**
 * The content as the checker read it (src/checker/node.ts `loadProject`: once per build, afresh after
 * each edit under `astro dev`), without the build's term page counts: what the term index reads
 * (src/queries/term-queries.ts); the pages read it through src/queries/site-queries.ts `site`.
 */
import { loadProject } from '../checker/node.ts';
import type { Content } from '../checker/types.ts';

export const contentRead = (): Content => loadProject(process.cwd(), { fresh: import.meta.env.DEV }).content;
