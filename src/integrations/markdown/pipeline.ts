/**
 * The site's Markdown pipeline (remark/rehype plugins), in one place: astro.config.mjs gives it to
 * Astro, and the history pages (src/queries/history-queries.ts) render past versions of a page with the very
 * same plugins — heading and paragraph anchors, base-aware links, sanitizing last.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { remarkHeadingIds, rehypeParagraphAnchors } from '../../lib/markdown-anchors.ts';
import { rehypeBaseLinks } from './base-links.ts';
import { sanitizeSchema } from './sanitize.ts';
import { remarkSmartPunctuation } from './smartypants.ts';
import { remarkSatteriParse } from './parse.ts';

export function markdownPlugins(base: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins; smartypants: false } {
  return {
    // Typographic quotes and dashes as Astro's own smartypants step makes them, where it places it
    // (first), but skipped for texts it cannot change (src/integrations/markdown/smartypants.ts).
    smartypants: false,
    // Parsed by Sätteri (src/lib/markdown-native.ts: the same trees as remark-parse + remark-gfm, faster).
    remarkPlugins: [remarkSatteriParse, remarkSmartPunctuation, remarkHeadingIds],
    // Sanitize last: raw HTML never reaches a page, even if the content check were bypassed.
    rehypePlugins: [rehypeParagraphAnchors, [rehypeBaseLinks, { base }], [rehypeSanitize, sanitizeSchema]],
  };
}
