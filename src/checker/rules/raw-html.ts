/**
 * Raw HTML in a Markdown text is not allowed at all: the site is written in Markdown only.
 * `<script>`, `<iframe>`, `on…=` event handlers and `javascript:` addresses get their own, sharper
 * message. (The build also removes any HTML that slips through, with rehype-sanitize: see
 * src/integrations/markdown/sanitize.ts.) HTML comments are allowed.
 */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { checkBodies } from '../body-nodes.ts';
import type { Content, Problem, Rule } from '../types.ts';

const UNSAFE_TAG = /<\s*(script|iframe|object|embed|frame|frameset)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const JS_IN_HTML = /(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript):/i;

function check(content: Content): Problem[] {
  return checkBodies(content, (p, { nodes }, add) => {
    for (const node of nodes) {
      if (node.type !== 'html') continue;
      const html = node.value;
      const tag = UNSAFE_TAG.exec(html)?.[1]?.toLowerCase();
      if (tag) add(node, say('unsafeTag', tag));
      else if (EVENT_HANDLER.test(html)) add(node, say('eventHandler', EVENT_HANDLER.exec(html)![0].trim()));
      else if (JS_IN_HTML.test(html)) add(node, say('javascriptInHtml'));
      else if (!/^<!--[\s\S]*-->$/.test(html.trim())) add(node, say('htmlNotAllowed', html.trim().slice(0, 40), p.entry.lang));
    }
  });
}

export const rawHtmlRule: Rule = { name: 'raw-html', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
