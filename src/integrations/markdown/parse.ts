/**
 * Parsing Markdown into its tree (mdast) for the build: Sätteri's parser (the `satteri`
 * package, Astro 7's own Markdown engine, written in Rust), set with the features that match
 * remark-parse + remark-gfm: GFM on, nothing else (no front matter: Astro and the checker hand over
 * the text below it).
 *
 * The build parses with it (remarkSatteriParse, the first plugin of pipeline.ts). The content
 * checker, which also runs in the browser editor, keeps remark-parse + remark-gfm (src/checker/);
 * the trees are the same, positions included: tests/unit/markdown-parse.test.ts
 * compares them on every Markdown file of the project and on a text with every construct. It is
 * about 35 times faster (0.3 against 10 CPU-s for the 3,242 files of the 2,000-entry benchmark).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';

const FEATURES = { gfm: true, frontmatter: false } as const;

export function parseMarkdownTree(text: string): Root {
  return markdownToMdast(text, { features: FEATURES }) as Root;
}

/**
 * unified plugin: the processor parses with Sätteri instead of micromark (remark-parse). Astro's
 * unified() pipeline still runs every other step as before (smartypants, the site's plugins,
 * remark-rehype, rehype-raw, sanitizing, stringify).
 */
export function remarkSatteriParse(this: Processor) {
  this.parser = (text: string) => parseMarkdownTree(text);
}
