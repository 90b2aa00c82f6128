/**
 * Small, dependency-free helpers over the HTML that Markdown rendering produces (a flat run of
 * <p>, <ul>, <ol>, <table>, <blockquote> … elements, see src/integrations/markdown/anchors.ts):
 * split it into its top-level blocks, and rename or drop ids so one text can appear twice on a page.
 */

export interface Block {
  /** Tag name of the top-level element, lower case. */
  tag: string;
  /** Its id (the paragraph anchor), if it has one. */
  id: string | undefined;
  /** The element's outer HTML. */
  html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The top-level elements of an HTML fragment, in order (text between them is ignored). */
export function topLevelBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let start = 0;
  let tag = '';
  let id: string | undefined;
  for (const m of html.matchAll(TAG)) {
    if (m[0].startsWith('<!--')) continue;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const selfClosing = m[4] === '/' || VOID.has(name);
    if (!closing) {
      if (depth === 0) {
        start = m.index;
        tag = name;
        const idMatch = ID.exec(m[3] ?? '');
        id = idMatch ? (idMatch[1] ?? idMatch[2]) : undefined;
        if (selfClosing) {
          blocks.push({ tag, id, html: m[0] });
          continue;
        }
      }
      if (!selfClosing) depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) blocks.push({ tag, id, html: html.slice(start, m.index + m[0].length) });
      if (depth < 0) throw new Error(`Unbalanced HTML: unexpected </${name}>`);
    }
  }
  if (depth !== 0) throw new Error('Unbalanced HTML: an element is not closed');
  return blocks;
}

/** The ids of the top-level blocks (the paragraph anchors), in order. */
export const blockAnchors = (html: string): string[] =>
  topLevelBlocks(html)
    .map((b) => b.id)
    .filter((id): id is string => id !== undefined);

const ID_ATTRS = /(\s(?:id|aria-labelledby|aria-describedby|aria-controls)\s*=\s*")([^"]*)(")/g;
const FRAGMENT_LINKS = /(\shref\s*=\s*"#)([^"]+)(")/g;

/**
 * Every id in the fragment (and every in-fragment link and ARIA reference to one) gets `prefix`,
 * so that several documents with the same anchors can share one page: `text-p1` → `part-3-text-p1`.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(ID_ATTRS, (_, a: string, value: string, z: string) => `${a}${value.split(/\s+/).filter(Boolean).map((v) => prefix + v).join(' ')}${z}`)
    .replace(FRAGMENT_LINKS, (_, a: string, value: string, z: string) => `${a}${prefix}${value}${z}`);
}

/** The fragment without any id attributes (for a second copy of a text on the same page). */
export const stripIds = (html: string): string => html.replace(/\sid\s*=\s*"[^"]*"/g, '');
