/**
 * What the Markdown-text rules (rules/raw-html.ts, links.ts, images.ts, empty-body.ts) read: each
 * entry's text with the nodes they check (raw HTML, links, link definitions, images), found in one
 * walk of its tree per check and shared by the rules, and problems placed at a node's line.
 */
import type { Nodes as MdastNodes } from 'mdast';
import { parsedBodies, type ParsedBody } from './page-anchors.ts';
import type { Bilingual } from './messages.ts';
import type { Content, Problem } from './types.ts';

/** The kinds of node the body rules check. */
const CHECKED = new Set<string>(['html', 'link', 'definition', 'image', 'imageReference']);

export type Positioned = { position?: { start: { line: number } } };
export type Add = (node: Positioned, text: Bilingual) => void;

export interface BodyNodes {
  /** The checked nodes, in document order. */
  nodes: MdastNodes[];
  /** Identifiers of the definitions that reference-style images (![alt][id]) use: image addresses, not links. */
  imageIds: Set<string>;
}

const walked = new WeakMap<ParsedBody, BodyNodes>();

function nodesOf(p: ParsedBody): BodyNodes {
  let found = walked.get(p);
  if (!found) {
    const out: BodyNodes = { nodes: [], imageIds: new Set() };
    const walk = (node: MdastNodes) => {
      if (CHECKED.has(node.type)) out.nodes.push(node);
      if (node.type === 'imageReference') out.imageIds.add(node.identifier);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(p.tree);
    walked.set(p, (found = out));
  }
  return found;
}

/** Runs `visit` on every entry's text; what it adds is a problem of the file's `body` field, at the node's line. */
export function checkBodies(content: Content, visit: (p: ParsedBody, nodes: BodyNodes, add: Add) => void): Problem[] {
  const problems: Problem[] = [];
  for (const p of parsedBodies(content)) {
    const { file } = p.entry;
    const add: Add = (node, text) => {
      problems.push({ file: file.path, line: node.position ? node.position.start.line + file.bodyLine - 1 : file.bodyLine, field: 'body', ...text });
    };
    visit(p, nodesOf(p), add);
  }
  return problems;
}

/** An address that could run code (javascript:, vbscript:, data:). */
export const UNSAFE_URL = /^\s*(javascript|vbscript|data)\s*:/i;
/** An address on another site or of another kind (https:, mailto:, tel:, //host): not checked. */
export const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
