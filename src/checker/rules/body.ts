/**
 * The Markdown text below the front matter:
 *
 *  - raw HTML is not allowed at all: the site is written in Markdown only. `<script>`, `<iframe>`,
 *    `on…=` event handlers and `javascript:` addresses get their own, sharper message. (The build
 *    also removes any HTML that slips through, with rehype-sanitize: see astro.config.mjs.)
 *  - links to pages of this site must point at a page that exists, and an anchor (`#…`) must
 *    exist on that page (src/checker/page-anchors.ts);
 *  - every image needs a text alternative (alt text), and a local image must exist in public/;
 *  - chapters, tasks and drafting-notes sections need some text.
 */
import type { Nodes as MdastNodes, Html } from 'mdast';
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { pageAnchors, parsedBodies, type ParsedBody } from '../page-anchors.ts';
import type { Bilingual } from '../messages.ts';
import type { Content, Lang, Problem, Rule } from '../types.ts';

const UNSAFE_TAG = /<\s*(script|iframe|object|embed|frame|frameset)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const JS_URL = /^\s*(javascript|vbscript|data)\s*:/i;
const JS_IN_HTML = /(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript):/i;

/** The kinds of node this rule checks. */
const CHECKED = new Set<string>(['html', 'link', 'definition', 'image', 'imageReference']);

type Positioned = { position?: { start: { line: number } } };
type Add = (node: Positioned, text: Bilingual) => void;

/** Whether public/ holds a file or folder at `path` (a site path, e.g. /images/map.png). */
function inPublic(files: ReadonlySet<string>, path: string): boolean {
  const p = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p) return true;
  if (files.has(p)) return true;
  for (const f of files) if (f.startsWith(`${p}/`)) return true;
  return false;
}

function checkUrl(content: Content, p: ParsedBody, add: Add, node: MdastNodes, url: string, kind: 'link' | 'image'): void {
  const lang = p.entry.lang;
  if (JS_URL.test(url)) return add(node, say('unsafeAddress', kind, url));
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return; // https:, mailto:, tel: … are not checked
  const target = new URL(url, new URL(`http://site/${lang}/${p.page}`));
  const path = decodeURI(target.pathname);
  if (kind === 'image') {
    if (content.publicFiles && !inPublic(content.publicFiles, path)) add(node, say('imageNotFound', url));
    return;
  }
  const anchors = pageAnchors(content);
  const m = /^\/(zh|en)\/(.*)$/.exec(path);
  const pagePath = m ? m[2]! : undefined;
  const withSlash = pagePath === undefined ? undefined : pagePath === '' || pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  if (!m || withSlash === undefined || !anchors.pages(lang).has(withSlash)) return add(node, say('brokenLink', url, lang));
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && !anchors.of(m[1] as Lang, withSlash).has(fragment)) add(node, say('missingAnchor', url, `/${m[1]}/${withSlash}`, fragment));
}

function checkHtml(node: Html, lang: Lang, add: Add): void {
  const html = node.value;
  const tag = UNSAFE_TAG.exec(html)?.[1]?.toLowerCase();
  if (tag) add(node, say('unsafeTag', tag));
  else if (EVENT_HANDLER.test(html)) add(node, say('eventHandler', EVENT_HANDLER.exec(html)![0].trim()));
  else if (JS_IN_HTML.test(html)) add(node, say('javascriptInHtml'));
  else if (!/^<!--[\s\S]*-->$/.test(html.trim())) add(node, say('htmlNotAllowed', html.trim().slice(0, 40), lang));
}

function checkText(content: Content, p: ParsedBody): Problem[] {
  const { entry } = p;
  const problems: Problem[] = [];
  const lineOf = (node: Positioned) => (node.position ? node.position.start.line + entry.file.bodyLine - 1 : entry.file.bodyLine);
  const add: Add = (node, text) => {
    problems.push({ file: entry.file.path, line: lineOf(node), field: 'body', ...text });
  };
  if (!entry.file.body.trim() && (p.collection === 'chapters' || p.collection === 'tasks' || p.collection === 'notes')) add({}, say('emptyBody'));
  // A definition used by a reference-style image (![alt][id]) is an image address, not a link to a page.
  const imageIds = new Set<string>();
  // One walk of the tree (in document order) for the nodes checked here: most of a text is neither.
  const checked: MdastNodes[] = [];
  const walk = (node: MdastNodes) => {
    if (CHECKED.has(node.type)) checked.push(node);
    if (node.type === 'imageReference') imageIds.add(node.identifier);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(p.tree);
  for (const node of checked) {
    switch (node.type) {
      case 'html':
        checkHtml(node, entry.lang, add);
        continue;
      case 'link':
        checkUrl(content, p, add, node, node.url, 'link');
        continue;
      case 'definition':
        checkUrl(content, p, add, node, node.url, imageIds.has(node.identifier) ? 'image' : 'link');
        continue;
      case 'image':
        if (!node.alt?.trim()) add(node, say('imageWithoutAlt', node.url));
        checkUrl(content, p, add, node, node.url, 'image');
        continue;
      case 'imageReference':
        if (!node.alt?.trim()) add(node, say('imageReferenceWithoutAlt'));
        continue;
    }
  }
  return problems;
}

function check(content: Content): Problem[] {
  return parsedBodies(content).flatMap((p) => checkText(content, p));
}

export const bodyRule: Rule = { name: 'body', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
