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
import { splitHeadingId } from './heading-id.ts';
import { rowIds } from '../model/routes.ts';

/** The id a heading's text gives it (`{#some-id}` at its end, src/lib/heading-id.ts), if any. */
function explicitId(node: Heading): string | undefined {
  const last = node.children.at(-1);
  return last?.type === 'text' ? splitHeadingId((last as Text).value).id : undefined;
}

export function remarkHeadingIds() {
  return (tree: MdastRoot) => {
    let n = 0;
    visit(tree, 'heading', (node: Heading) => {
      n += 1;
      const explicit = explicitId(node);
      const id = explicit ?? `section-${n}`;
      if (explicit) (node.children.at(-1) as Text).value = splitHeadingId((node.children.at(-1) as Text).value).text;
      // hProperties is read by mdast-util-to-hast when it turns the heading into <hN>.
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
    });
  };
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The prefix of the paragraphs before the first heading: the `anchor` or `period` front-matter field, else `text`. */
const firstPrefix = (frontmatter: Record<string, unknown> = {}): string => {
  const { anchor, period } = frontmatter;
  return typeof anchor === 'string' ? anchor : typeof period === 'string' ? rowIds.period(period) : 'text';
};

/** The elements that get a paragraph anchor, and the Markdown nodes they are made from. */
const ANCHORED_TAGS = new Set(['p', 'ul', 'ol', 'table', 'blockquote']);
const ANCHORED_NODES = new Set(['paragraph', 'list', 'table', 'blockquote']);

export function rehypeParagraphAnchors() {
  return (tree: HastRoot, file: { data: AstroFileData }) => {
    let prefix = firstPrefix(file.data.astro?.frontmatter);
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const el = node as Element;
      if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id === 'string') {
        prefix = el.properties.id;
        n = 0;
      } else if (ANCHORED_TAGS.has(el.tagName)) {
        n += 1;
        el.properties.id ??= `${prefix}-p${n}`;
      }
    }
  };
}

/**
 * The ids the two plugins above give the top-level blocks of a Markdown text (headings, paragraphs,
 * lists, tables, quotes), in order, read straight from its tree (as parsed: the tree is not changed).
 * The content check uses it (src/checker/page-anchors.ts): no trip through rehype for each text.
 */
export function topLevelIds(tree: MdastRoot, frontmatter?: Record<string, unknown>): { id: string; line?: number }[] {
  // Every heading counts for section-<n>, also one inside a list or quote, in document order (as `visit`).
  const headings = new Map<Heading, string>();
  let n = 0;
  const walk = (node: MdastRoot | MdastRoot['children'][number]) => {
    if (node.type === 'heading') {
      n += 1;
      headings.set(node, explicitId(node) ?? `section-${n}`);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const ids: { id: string; line?: number }[] = [];
  let prefix = firstPrefix(frontmatter);
  let k = 0;
  for (const node of tree.children) {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      prefix = headings.get(node)!;
      k = 0;
      ids.push({ id: prefix, line });
    } else if (ANCHORED_NODES.has(node.type)) ids.push({ id: `${prefix}-p${++k}`, line });
  }
  return ids;
}
