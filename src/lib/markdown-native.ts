/**
 * Parsing Markdown into its tree (mdast) in Node: Sätteri's parser (the `satteri` package, Astro 7's
 * own Markdown engine, written in Rust), set with the features that match remark-parse + remark-gfm:
 * GFM on, nothing else (no front matter: Astro and the checker hand over the text below it).
 *
 * Used by the build's Markdown pipeline (src/integrations/markdown/parse.ts) and by the content
 * checker's Node side (src/checker/node.ts). The checker in the browser editor keeps remark-parse +
 * remark-gfm (src/checker/markdown.ts); the trees are the same, positions included:
 * tests/unit/markdown-parse.test.ts compares them on every Markdown file of the project and on a text
 * with every construct. It is about 35 times faster (0.3 against 10 CPU-s for the 3,242 files of the
 * 2,000-entry benchmark).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

const FEATURES = { gfm: true, frontmatter: false } as const;

export function parseMarkdownTree(text: string): Root {
  return markdownToMdast(text, { features: FEATURES }) as Root;
}
