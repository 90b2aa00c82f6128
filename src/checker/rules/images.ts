/**
 * Images in a Markdown text: every image needs a text alternative (alt text), and a local image
 * (inline, or through a link definition that a reference-style image uses) must exist in public/.
 * An address that could run code is refused.
 */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { checkBodies, isExternal, UNSAFE_URL, type Add } from '../body-nodes.ts';
import type { Nodes as MdastNodes } from 'mdast';
import type { Content, Problem, Rule } from '../types.ts';

/** Whether public/ holds a file or folder at `path` (a site path, e.g. /images/map.png). */
function inPublic(files: ReadonlySet<string>, path: string): boolean {
  const p = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p) return true;
  if (files.has(p)) return true;
  for (const f of files) if (f.startsWith(`${p}/`)) return true;
  return false;
}

function checkAddress(content: Content, lang: string, page: string, node: MdastNodes, url: string, add: Add): void {
  if (UNSAFE_URL.test(url)) return add(node, say('unsafeAddress', 'image', url));
  if (isExternal(url)) return;
  const path = decodeURI(new URL(url, new URL(`http://site/${lang}/${page}`)).pathname);
  if (content.publicFiles && !inPublic(content.publicFiles, path)) add(node, say('imageNotFound', url));
}

function check(content: Content): Problem[] {
  return checkBodies(content, (p, { nodes, imageIds }, add) => {
    for (const node of nodes) {
      if (node.type === 'image') {
        if (!node.alt?.trim()) add(node, say('imageWithoutAlt', node.url));
        checkAddress(content, p.entry.lang, p.page, node, node.url, add);
      } else if (node.type === 'imageReference') {
        if (!node.alt?.trim()) add(node, say('imageReferenceWithoutAlt'));
      } else if (node.type === 'definition' && imageIds.has(node.identifier)) {
        checkAddress(content, p.entry.lang, p.page, node, node.url, add);
      }
    }
  });
}

export const imagesRule: Rule = { name: 'images', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
