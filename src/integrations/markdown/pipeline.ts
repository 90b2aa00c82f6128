/**
 * The site's Markdown pipeline (remark/rehype plugins), in one place: astro.config.mjs gives it to
 * Astro, and the history pages (src/queries/history-queries.ts) render past versions of a page with the very
 * same plugins — heading and paragraph anchors, base-aware links, sanitizing last.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { remarkHeadingIds, rehypeParagraphAnchors } from './anchors.ts';
import { rehypeBaseLinks } from './base-links.ts';
import { sanitizeSchema } from './sanitize.ts';

export function markdownPlugins(base: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkHeadingIds],
    // Sanitize last: raw HTML never reaches a page, even if the content check were bypassed.
    rehypePlugins: [rehypeParagraphAnchors, [rehypeBaseLinks, { base }], [rehypeSanitize, sanitizeSchema]],
  };
}
