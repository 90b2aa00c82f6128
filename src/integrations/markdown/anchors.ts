/**
 * Stable anchors for headings and paragraphs, identical in zh and en so that a link can switch
 * language and keep its place.
 *
 * - remarkHeadingIds: a heading may end with `{#some-id}`; that becomes its id (and is removed
 *   from the text). A heading without one gets `section-<n>` by position.
 * - rehypeParagraphAnchors: every top-level paragraph gets `<prefix>-p<n>`, where the prefix is the
 *   id of the heading above it, or the entry's `anchor` front-matter field, or `period-<period>` for a
 *   Table 1 period (so the five periods shown in one table have distinct ids), or `text`; n restarts
 *   after each heading.
 */
import type { Heading, Root as MdastRoot, Text } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';

const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

export function remarkHeadingIds() {
  return (tree: MdastRoot) => {
    let n = 0;
    visit(tree, 'heading', (node: Heading) => {
      n += 1;
      let id = `section-${n}`;
      const last = node.children.at(-1);
      if (last?.type === 'text') {
        const m = EXPLICIT_ID.exec((last as Text).value);
        if (m?.[1]) {
          id = m[1];
          (last as Text).value = (last as Text).value.replace(EXPLICIT_ID, '');
        }
      }
      // hProperties is read by mdast-util-to-hast when it turns the heading into <hN>.
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
    });
  };
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function rehypeParagraphAnchors() {
  return (tree: HastRoot, file: { data: AstroFileData }) => {
    const { anchor, period } = file.data.astro?.frontmatter ?? {};
    let prefix = typeof anchor === 'string' ? anchor : typeof period === 'string' ? `period-${period}` : 'text';
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const el = node as Element;
      if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id === 'string') {
        prefix = el.properties.id;
        n = 0;
      } else if (el.tagName === 'p' || el.tagName === 'ul' || el.tagName === 'ol' || el.tagName === 'table' || el.tagName === 'blockquote') {
        n += 1;
        el.properties.id ??= `${prefix}-p${n}`;
      }
    }
  };
}
