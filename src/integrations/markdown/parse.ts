/**
 * The build parses Markdown with Sätteri (src/lib/markdown-native.ts: the same trees as remark-parse +
 * remark-gfm, faster): remarkSatteriParse is the first plugin of pipeline.ts.
 */
import type { Processor } from 'unified';
import { parseMarkdownTree } from '../../lib/markdown-native.ts';

/**
 * unified plugin: the processor parses with Sätteri instead of micromark (remark-parse). Astro's
 * unified() pipeline still runs every other step as before (smartypants, the site's plugins,
 * remark-rehype, rehype-raw, sanitizing, stringify).
 */
export function remarkSatteriParse(this: Processor) {
  this.parser = (text: string) => parseMarkdownTree(text);
}
