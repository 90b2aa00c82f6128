/** The Markdown text of a content file as a tree, and its plain-text blocks, for the checker's rules. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root, RootContent } from 'mdast';
import { splitHeadingId } from '../lib/heading-id.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A Markdown text as a tree: remark-parse + remark-gfm, the one Markdown reading of the checker, histories and data files. */
export const parseMarkdown = (body: string): Root => parser.parse(body) as Root;

/**
 * A parser that parses each Markdown text at most once: one per check (src/checker/load.ts), as the
 * body, provenance and figure rules all read the same texts and parsing is most of a check's time.
 * Trees are shared: treat them as read-only. `parse`: remark-parse + remark-gfm unless another parser
 * giving the same trees is passed (CheckOptions.parseMarkdown).
 */
export function markdownOnce(parse: (body: string) => Root = parseMarkdown): (body: string) => Root {
  const cache = new Map<string, Root>();
  return (body) => {
    let tree = cache.get(body);
    if (!tree) {
      tree = parse(body);
      cache.set(body, tree);
    }
    return tree;
  };
}

export interface TextOptions {
  /** Leave out the text of links (figures in a link's text name a place on the site, e.g. [表1](…)). */
  skipLinks?: boolean;
}

function plain(node: Nodes, o: TextOptions): string {
  if (o.skipLinks && (node.type === 'link' || node.type === 'linkReference')) return '';
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map((c) => plain(c, o)).join(node.type === 'tableRow' || node.type === 'table' || node.type === 'list' ? ' ' : '');
  return '';
}

/** `{#id}` at the end of a heading is an anchor, not text. */
const text = (node: RootContent, o: TextOptions) => {
  const t = plain(node, o);
  return splitHeadingId(t).text;
};

export interface TextBlock {
  /** Plain text, Markdown syntax removed. */
  text: string;
  /** Line in the body (1-based). */
  line: number;
}

/** The top-level blocks (headings, paragraphs, lists, tables, quotes), in order. */
export function topBlocks(tree: Root, o: TextOptions = {}): TextBlock[] {
  return tree.children.filter((n) => n.type !== 'html' && n.type !== 'thematicBreak' && n.type !== 'definition').map((n) => ({ text: text(n, o), line: n.position?.start.line ?? 1 }));
}

/** The smallest runs of text: each heading, paragraph and table cell (list items hold paragraphs). */
export function textLeaves(tree: Root, o: TextOptions = {}): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      out.push({ text: text(node, o), line: node.position?.start.line ?? 1 });
      return;
    }
    if ('children' in node) for (const c of node.children as RootContent[]) walk(c);
  };
  for (const c of tree.children) walk(c);
  return out.filter((b) => b.text.trim());
}
