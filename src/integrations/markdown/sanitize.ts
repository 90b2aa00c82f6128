/**
 * Defence in depth for the Markdown text. The content checker already rejects raw HTML
 * (src/checker/rules/raw-html.ts); if any slips through (e.g. the checker was bypassed), this
 * rehype-sanitize schema removes it at build time:
 *  - raw HTML (`<script>`, `<iframe>`, `<b onclick>` …) is dropped entirely, because it reaches
 *    rehype as `raw` nodes, which the sanitizer does not allow;
 *  - link and image addresses are limited to http(s), mailto, tel and site-relative addresses,
 *    so `javascript:` links lose their href;
 *  - ids are kept exactly as written (no `user-content-` prefix) so heading and paragraph
 *    anchors stay stable (src/lib/markdown-anchors.ts). It runs after the anchor plugin.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};
