/**
 * Small helpers over the HTML that Markdown rendering produces (a flat run of
 * <p>, <ul>, <ol>, <table>, <blockquote> … elements, see src/lib/markdown-anchors.ts):
 * split it into its top-level blocks (read by hast-util-from-html), and rename or drop ids so one
 * text can appear twice on a page.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';

export interface Block {
  /** Tag name of the top-level element, lower case. */
  tag: string;
  /** Its id (the paragraph anchor), if it has one. */
  id: string | undefined;
  /** The element's outer HTML. */
  html: string;
}

/**
 * The top-level elements of an HTML fragment, in order (text and comments between them are ignored),
 * as a browser reads them (hast-util-from-html: implied end tags, void elements); each block's `html`
 * is its exact text in `html`.
 */
export function topLevelBlocks(html: string): Block[] {
  return topLevelElements(html).map(({ tag, id, html }) => ({ tag, id, html }));
}

/** The top-level elements of an HTML fragment with their parsed trees (for reading their text). */
export function topLevelElements(html: string): (Block & { node: Element })[] {
  return fromHtml(html, { fragment: true }).children.flatMap((node) => {
    if (node.type !== 'element') return [];
    const id = node.properties['id'];
    const [from, to] = [node.position?.start.offset, node.position?.end.offset];
    if (from === undefined || to === undefined) throw new Error(`no position for <${node.tagName}>`);
    return [{ tag: node.tagName, id: typeof id === 'string' ? id : undefined, html: html.slice(from, to), node }];
  });
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
