/**
 * Links in a Markdown text (inline links and link definitions) to pages of this site must point at a
 * page that exists, and an anchor (`#…`) must exist on that page (src/checker/page-anchors.ts). An
 * address that could run code is refused; addresses on other sites (https:, mailto:, tel:) are not checked.
 */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { pageAnchors } from '../page-anchors.ts';
import { checkBodies, isExternal, UNSAFE_URL } from '../body-nodes.ts';
import type { Content, Lang, Problem, Rule } from '../types.ts';

function check(content: Content): Problem[] {
  const anchors = pageAnchors(content);
  return checkBodies(content, (p, { nodes, imageIds }, add) => {
    const lang = p.entry.lang;
    for (const node of nodes) {
      // A definition that a reference-style image uses is an image address (rules/images.ts).
      if (node.type !== 'link' && !(node.type === 'definition' && !imageIds.has(node.identifier))) continue;
      const url = node.url;
      if (UNSAFE_URL.test(url)) {
        add(node, say('unsafeAddress', 'link', url));
        continue;
      }
      if (isExternal(url)) continue;
      const target = new URL(url, new URL(`http://site/${lang}/${p.page}`));
      const m = /^\/(zh|en)\/(.*)$/.exec(decodeURI(target.pathname));
      const page = m ? (m[2] === '' || m[2]!.endsWith('/') ? m[2]! : `${m[2]}/`) : undefined;
      if (!m || page === undefined || !anchors.pages(lang).has(page)) {
        add(node, say('brokenLink', url, lang));
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !anchors.of(m[1] as Lang, page).has(fragment)) add(node, say('missingAnchor', url, `/${m[1]}/${page}`, fragment));
    }
  });
}

export const linksRule: Rule = { name: 'links', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
