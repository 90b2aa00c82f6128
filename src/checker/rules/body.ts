/**
 * Checks of the Markdown text below the front matter (the checker's "body" rules):
 *
 *  - raw HTML is not allowed at all: the site is written in Markdown only. `<script>`, `<iframe>`,
 *    `on…=` event handlers and `javascript:` addresses get their own, sharper message. (The build
 *    also removes any HTML that slips through, with rehype-sanitize: see astro.config.mjs.)
 *  - links to pages of this site must point at a page that exists, and an anchor (`#…`) must
 *    exist on that page; anchors follow src/integrations/markdown/anchors.ts, so they are computed here with
 *    the very same plugins the build uses;
 *  - every image needs a text alternative (alt text), and a local image must exist in public/;
 *  - chapters, tasks and drafting-notes sections need some text;
 *  - an anchor id may be used only once on a page.
 *
 * Pure: reads only the entries it is given and the file list of public/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { remarkHeadingIds, rehypeParagraphAnchors } from '../../integrations/markdown/anchors.ts';
import { paths } from '../../model/routes.ts';
import { LANGS, type Lang } from '../../lib/schemas.ts';
import type { Entry, MarkdownCollection, Problem } from '../check.ts';
import { parseMarkdown } from '../markdown.ts';

/** Ids the page templates add around the Markdown text, per page path (language-less). */
export interface TemplateIds {
  targetIndicators: string[];
  targetGroups: string[];
  surveyPeriods: string[];
  glossaryTerms: string[];
}

interface Parsed {
  entry: Entry;
  collection: MarkdownCollection;
  tree: MdastRoot;
  /** Ids the Markdown text produces, in document order. */
  ids: { id: string; line?: number }[];
  /** Language-less path of the page the text appears on (first page, for relative links). */
  page: string;
}


function parseBody(entry: Entry): { tree: MdastRoot; ids: { id: string; line?: number }[] } {
  const tree = parseMarkdown(entry.file.body); // shared with the other rules: cloned below before any change
  // Ids exactly as the build makes them: same remark and rehype plugins, same front matter.
  const copy = structuredClone(tree);
  remarkHeadingIds()(copy);
  const hast = unified().use(remarkRehype).runSync(copy) as HastRoot;
  rehypeParagraphAnchors()(hast, { data: { astro: { frontmatter: entry.data } } });
  const ids: { id: string; line?: number }[] = [];
  for (const node of hast.children) {
    if (node.type === 'element' && typeof (node as Element).properties.id === 'string') {
      ids.push({ id: (node as Element).properties.id as string, line: node.position?.start.line });
    }
  }
  return { tree, ids };
}

function pageOf(collection: MarkdownCollection, entry: Entry): string {
  const d = entry.data;
  switch (collection) {
    case 'notes':
      return paths.notes;
    case 'chapters':
      return paths.chapter(d.number as number);
    case 'tasks':
      return paths.task(d.number as number);
    case 'survey':
      return paths.survey;
    case 'plan':
      return paths.plan;
  }
}

const UNSAFE_TAG = /<\s*(script|iframe|object|embed|frame|frameset)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const JS_URL = /^\s*(javascript|vbscript|data)\s*:/i;
const JS_IN_HTML = /(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript):/i;

/** Language-less paths of the pages that exist in `lang`. */
function sitePages(parsed: Parsed[], lang: Lang): Set<string> {
  // Every fixed page of src/model/routes.ts (new ones are picked up automatically), plus one page per chapter and task.
  const pages = new Set<string>(Object.values(paths as Record<string, unknown>).filter((p): p is string => typeof p === 'string'));
  for (const p of parsed) if (p.entry.lang === lang && (p.collection === 'chapters' || p.collection === 'tasks')) pages.add(p.page);
  return pages;
}

export function checkBodies(root: string, entries: Record<MarkdownCollection, Entry[]>, template: TemplateIds): Problem[] {
  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  for (const [collection, list] of Object.entries(entries) as [MarkdownCollection, Entry[]][]) {
    for (const entry of list) {
      const page = pageOf(collection, entry);
      parsed.push({ entry, collection, page, ...parseBody(entry) });
    }
  }

  // zh and en texts have the same headings and paragraphs, in the same order: their anchors match,
  // so a link can switch language and keep its place, and the side-by-side view lines up.
  const zhByName = new Map(parsed.filter((p) => p.entry.lang === 'zh').map((p) => [`${p.collection}/${p.entry.name}`, p]));
  for (const en of parsed.filter((p) => p.entry.lang === 'en')) {
    const zh = zhByName.get(`${en.collection}/${en.entry.name}`);
    if (!zh) continue;
    const zhIds = zh.ids.map((x) => x.id);
    const enIds = en.ids.map((x) => x.id);
    const at = zhIds.findIndex((id, i) => enIds[i] !== id);
    if (at === -1 && zhIds.length === enIds.length) continue;
    const i = at === -1 ? zhIds.length : at;
    const line = en.ids[i]?.line;
    problems.push({
      file: en.entry.file.path,
      line: line === undefined ? undefined : line + en.entry.file.bodyLine - 1,
      field: 'body',
      en: `the text does not line up with ${zh.entry.file.path}: it has ${enIds.length} headings/paragraphs, the Chinese has ${zhIds.length}, and they differ from #${zhIds[i] ?? enIds[i]} on; expected one English paragraph for each Chinese paragraph and the same heading ids ({#id}), in the same order`,
      zh: `正文与 ${zh.entry.file.path} 不对应：英文有 ${enIds.length} 个标题/段落，中文有 ${zhIds.length} 个，从 #${zhIds[i] ?? enIds[i]} 起不一致；每个中文段落应有一个对应的英文段落，标题锚点（{#id}）相同且顺序一致`,
    });
  }

  // Anchors on each page: the Markdown's ids plus the ids the page templates add.
  const anchors = new Map<string, Set<string>>();
  const anchorSet = (lang: Lang, page: string) => {
    const key = `${lang}/${page}`;
    if (!anchors.has(key)) anchors.set(key, new Set(['main']));
    return anchors.get(key)!;
  };
  for (const lang of LANGS) {
    const tableIds = (prefix: string, ids: string[]) => ids.map((id) => `${prefix}${id}`);
    for (const id of ['explore', 'targets-table', 'toc-title']) anchorSet(lang, paths.home).add(id);
    for (const id of ['targets-table', ...tableIds('indicator-', template.targetIndicators), ...tableIds('group-', template.targetGroups)])
      anchorSet(lang, paths.targets).add(id);
    for (const id of ['table-1', ...tableIds('period-', template.surveyPeriods)]) {
      anchorSet(lang, paths.survey).add(id);
      anchorSet(lang, paths.notes).add(id);
    }
    anchorSet(lang, paths.notes).add('toc-title');
    for (const id of tableIds('term-', template.glossaryTerms)) anchorSet(lang, paths.glossary).add(id);
  }
  const owners = new Map<string, Map<string, string>>();
  for (const p of parsed) {
    const set = anchorSet(p.entry.lang, p.page);
    if (p.collection === 'notes') set.add(String(p.entry.data.anchor));
    // The home page shows the first drafting-notes section (the introduction) too.
    if (p.collection === 'notes' && p.entry.data.order === Math.min(...parsed.filter((x) => x.collection === 'notes' && x.entry.lang === p.entry.lang).map((x) => x.entry.data.order as number))) {
      for (const { id } of p.ids) anchorSet(p.entry.lang, paths.home).add(id);
    }
    if (p.collection === 'chapters') {
      anchorSet(p.entry.lang, paths.plan).add(`part-${p.entry.data.number}`);
      if (p.entry.data.targets) {
        for (const id of ['chapter-targets', ...template.targetIndicators.map((i) => `indicator-${i}`), ...template.targetGroups.map((g) => `group-${g}`)]) set.add(id);
      }
      set.add('toc-title');
    }
    if (p.collection === 'tasks') anchorSet(p.entry.lang, paths.tasks).add(`task-${p.entry.data.number}`);
    if (p.collection === 'survey') continue; // its paragraphs carry no page-wide anchors
    const key = `${p.entry.lang}/${p.page}`;
    if (!owners.has(key)) owners.set(key, new Map());
    const owner = owners.get(key)!;
    for (const { id, line } of p.ids) {
      const prev = owner.get(id);
      if (prev !== undefined) {
        problems.push({
          file: p.entry.file.path,
          line: line === undefined ? undefined : line + p.entry.file.bodyLine - 1,
          field: 'body',
          en: `duplicate anchor #${id}: ${prev === p.entry.file.path ? 'another heading in this file' : prev} already uses it on the same page; give this heading its own anchor, e.g. ## Title {#my-title}`,
          zh: `锚点 #${id} 重复：同一页面上${prev === p.entry.file.path ? '本文件的另一个标题' : ` ${prev} `}已使用该锚点；请为该标题另设锚点，例如 ## 标题 {#my-title}`,
        });
      } else owner.set(id, p.entry.file.path);
      set.add(id);
    }
  }

  const publicDir = join(root, 'public');
  // The pages of each language, listed once (not once per entry: that grew with the square of the entries).
  const pageSets = new Map<Lang, Set<string>>();
  const pagesIn = (lang: Lang) => pageSets.get(lang) ?? pageSets.set(lang, sitePages(parsed, lang)).get(lang)!;
  for (const p of parsed) {
    const { entry } = p;
    const lang = entry.lang;
    const pages = pagesIn(lang);
    const lineOf = (node: { position?: { start: { line: number } } }) =>
      node.position ? node.position.start.line + entry.file.bodyLine - 1 : entry.file.bodyLine;
    const add = (node: { position?: { start: { line: number } } }, en: string, zh: string) =>
      problems.push({ file: entry.file.path, line: lineOf(node), field: 'body', en, zh });

    if (!entry.file.body.trim() && (p.collection === 'chapters' || p.collection === 'tasks' || p.collection === 'notes')) {
      add({}, 'the page has no text below the front matter: add the text after the second --- line', '页面正文为空：请在第二个 --- 行之后填写正文');
    }

    const checkUrl = (node: MdastNodes, url: string, kind: 'link' | 'image') => {
      if (JS_URL.test(url)) {
        add(node, `unsafe ${kind} address "${url}": javascript:, vbscript: and data: addresses are not allowed; link to a page instead`, `不安全的${kind === 'link' ? '链接' : '图片'}地址“${url}”：不允许使用 javascript:、vbscript: 或 data: 地址；请改为链接到网页`);
        return;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return; // https:, mailto:, tel: … are not checked
      const current = new URL(`http://site/${lang}/${p.page}`);
      const target = new URL(url, current);
      const path = decodeURI(target.pathname);
      if (kind === 'image') {
        if (!existsSync(join(publicDir, path))) {
          add(node, `image file not found: "${url}"; expected a file in public/ (write it as /images/name.png for public/images/name.png)`, `找不到图片文件“${url}”：图片应放在 public/ 目录中（public/images/name.png 写作 /images/name.png）`);
        }
        return;
      }
      const m = /^\/(zh|en)\/(.*)$/.exec(path);
      const pagePath = m ? m[2]! : undefined;
      const withSlash = pagePath === undefined ? undefined : pagePath === '' || pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
      if (!m || withSlash === undefined || !pages.has(withSlash)) {
        add(
          node,
          `broken link "${url}": there is no such page on this site; expected an address such as /${lang}/plan/part-3/ or /${lang}/tasks/2/ (see the list of pages in the editing guide)`,
          `链接“${url}”无效：本网站没有这个页面；应为类似 /${lang}/plan/part-3/ 或 /${lang}/tasks/2/ 的地址（页面列表见编辑指南）`,
        );
        return;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !anchorSet(m[1] as Lang, withSlash).has(fragment)) {
        add(
          node,
          `broken link "${url}": the page /${m[1]}/${withSlash} has no anchor #${fragment}; expected a heading {#id} or paragraph anchor on that page (e.g. #section-1, #text-p1)`,
          `链接“${url}”无效：页面 /${m[1]}/${withSlash} 上没有锚点 #${fragment}；应为该页面上的标题锚点 {#id} 或段落锚点（例如 #section-1、#text-p1）`,
        );
      }
    };

    visit(p.tree, (node: MdastNodes) => {
      switch (node.type) {
        case 'html': {
          const html = node.value;
          const tag = UNSAFE_TAG.exec(html)?.[1]?.toLowerCase();
          if (tag) {
            add(node, `unsafe HTML is not allowed: <${tag}> can run code or embed other sites; remove it`, `不允许使用不安全的 HTML：<${tag}> 可能运行代码或嵌入其他网站，请删除`);
          } else if (EVENT_HANDLER.test(html)) {
            add(node, `unsafe HTML is not allowed: an on…= event handler (${EVENT_HANDLER.exec(html)![0].trim()}) runs code; remove it`, `不允许使用不安全的 HTML：on…= 事件属性（${EVENT_HANDLER.exec(html)![0].trim()}）会运行代码，请删除`);
          } else if (JS_IN_HTML.test(html)) {
            add(node, 'unsafe HTML is not allowed: a javascript: address runs code; remove it', '不允许使用不安全的 HTML：javascript: 地址会运行代码，请删除');
          } else if (!/^<!--[\s\S]*-->$/.test(html.trim())) {
            add(
              node,
              `HTML is not allowed in content files (${html.trim().slice(0, 40)}): write Markdown instead, e.g. **bold**, [text](/${lang}/plan/), ## heading`,
              `内容文件中不允许使用 HTML（${html.trim().slice(0, 40)}）：请改用 Markdown，例如 **加粗**、[文字](/${lang}/plan/)、## 标题`,
            );
          }
          break;
        }
        case 'link':
          checkUrl(node, node.url, 'link');
          break;
        case 'definition':
          checkUrl(node, node.url, 'link');
          break;
        case 'image':
          if (!node.alt?.trim()) {
            add(node, `image without alt text: ${node.url}; write a short description of the picture in the brackets, e.g. ![map of the district](${node.url})`, `图片缺少替代文字：${node.url}；请在方括号中简要描述图片内容，例如 ![金东区地图](${node.url})`);
          }
          checkUrl(node, node.url, 'image');
          break;
        case 'imageReference':
          if (!node.alt?.trim()) {
            add(node, 'image without alt text; write a short description of the picture in the brackets', '图片缺少替代文字；请在方括号中简要描述图片内容');
          }
          break;
        case 'linkReference':
        case 'footnoteReference':
          break;
      }
    });
  }
  return problems;
}
