/**
 * Checks of a built site, run by scripts/build.ts before it replaces dist/ (and by tests):
 *  - every internal link, stylesheet, script, image and icon resolves to a built file, under the
 *    configured base path, and every #anchor exists on the page it points at;
 *  - no page contains anything the Content-Security-Policy of docs/nginx.conf would block or that
 *    could run code: inline <script>, on…= handlers, javascript: addresses, <iframe>/<object>/<embed>,
 *    inline style attributes or <style> elements.
 * Pure Node: reads files and reads each page once with htmlparser2's tokenizer (scanTags below); only
 * its ids and addresses are kept.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { englishCount } from '../lib/format.ts';

export interface SiteProblem {
  /** Page file relative to the site root, e.g. zh/plan/index.html */
  page: string;
  en: string;
  zh: string;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** A past version of a page (issue 12's point-in-time reading). */
const ARCHIVED = /(^|\/)history\/[^/]+\/\d+\/index\.html$/;

type Add = (en: string, zh: string) => void;

/**
 * One page's ids; with `add` and `address`, also what it must not contain (reported to `add`) and the
 * addresses it uses (given to `address`).
 */
function scanPage(html: string, add?: Add, address?: (value: string, what: string) => void): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attrs } of scanTags(html)) {
    const id = attrs.get('id');
    if (id !== undefined) ids.add(id);
    if (tag === 'a' && attrs.has('name')) ids.add(attrs.get('name')!);
    if (!add || !address) continue;
    // A JSON data block (type="application/json") is not run: the policy's script-src does not apply to it.
    if (tag === 'script' && !attrs.has('src') && attrs.get('type') !== 'application/json') add('inline <script> (the Content-Security-Policy blocks it)', '页面含有内联 <script>（内容安全策略会阻止它）');
    if (tag === 'style') add('inline <style> element (the Content-Security-Policy blocks it)', '页面含有内联 <style> 元素（内容安全策略会阻止它）');
    if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'frame') add(`<${tag}> element embeds other content`, `页面含有 <${tag}> 元素，会嵌入其他内容`);
    for (const name of attrs.keys()) {
      if (/^on[a-z]/.test(name)) add(`<${tag}> has an event handler ${name}`, `<${tag}> 含有事件属性 ${name}`);
      if (name === 'style') add(`<${tag}> has an inline style attribute (the Content-Security-Policy blocks it)`, `<${tag}> 含有内联 style 属性（内容安全策略会阻止它）`);
    }
    for (const attr of LINK_ATTRS[tag] ?? []) {
      const v = attrs.get(attr);
      if (v) address(v, `<${tag} ${attr}>`);
    }
    if (tag === 'meta' && (attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
      const m = /url=(.+)$/i.exec(attrs.get('content') ?? '');
      if (m?.[1]) address(m[1].trim(), '<meta http-equiv=refresh>');
    }
  }
  return ids;
}

interface Address {
  page: string;
  pageUrl: URL;
  value: string;
  what: string;
}

/** The built files of a site and the ids of its pages, each looked up once. */
function builtFiles(dir: string, b: string) {
  const files = new Map<string, string | undefined>();
  const idsOfPage = new Map<string, Set<string>>();
  return {
    idsOfPage,
    /** The built file an address on this site is served from, or undefined. */
    fileFor(pathname: string): string | undefined {
      if (files.has(pathname)) return files.get(pathname);
      const rel = decodeURIComponent(pathname.slice(b.length));
      const full = join(dir, rel);
      let found: string | undefined;
      if (rel === '' || rel.endsWith('/')) found = existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
      else if (existsSync(full) && statSync(full).isFile()) found = full;
      files.set(pathname, found);
      return found;
    },
    /** Ids of a built page (pages outside the walk, if any, are read when first needed). */
    idsOf(file: string): Set<string> {
      if (!idsOfPage.has(file)) idsOfPage.set(file, scanPage(readFileSync(file, 'utf8')));
      return idsOfPage.get(file)!;
    },
  };
}

/** An address resolves to a built file under the base path, and its #anchor to an id on that page. */
function checkAddress({ page, pageUrl, value, what }: Address, b: string, site: ReturnType<typeof builtFiles>, add: Add): void {
  // A past version of a page (history/<page>/<n>/) shows the text as it stood: its links may point at
  // pages or anchors since removed, and that is history, not a fault. Unsafe markup is still reported.
  if (ARCHIVED.test(page) && !/^\s*(javascript|vbscript):/i.test(value)) return;
  if (/^\s*(javascript|vbscript):/i.test(value)) return add(`${what} uses a javascript: address (${value})`, `${what} 使用了 javascript: 地址（${value}）`);
  const url = new URL(value, pageUrl);
  if (url.host !== 'site') return; // another site, mailto:, tel: …
  if (!url.pathname.startsWith(b)) return add(`${what} ${value} is outside the base path ${b}`, `${what} ${value} 不在基础路径 ${b} 之下`);
  const target = site.fileFor(url.pathname);
  if (!target) return add(`${what} ${value} does not resolve to a built file`, `${what} ${value} 指向的文件不存在`);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !site.idsOf(target).has(fragment)) {
    add(`${what} ${value}: no element with id "${fragment}" on that page`, `${what} ${value}：目标页面上没有 id 为“${fragment}”的元素`);
  }
}

/**
 * Check every page of the site built in `dir` with base path `base` (e.g. `/` or `/kjcx/`).
 * Each page is parsed once: its ids and the addresses it uses are kept, its tree is not (memory stays
 * flat as the site grows); the addresses are then resolved against the ids of every page.
 */
export function checkBuiltSite(dir: string, base = '/'): SiteProblem[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const problems: SiteProblem[] = [];
  const addresses: Address[] = [];
  const site = builtFiles(dir, b);
  // 1. Every page once: what it contains, its ids, the addresses it uses.
  for (const file of htmlFiles(dir)) {
    const page = relative(dir, file).split('\\').join('/');
    const pageUrl = new URL(`http://site${b}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    const ids = scanPage(
      readFileSync(file, 'utf8'),
      (en, zh) => problems.push({ page, en, zh }),
      (value, what) => addresses.push({ page, pageUrl, value, what }),
    );
    site.idsOfPage.set(file, ids);
  }
  // 2. Every address resolves to a built file, and its #anchor to an id on that page.
  for (const a of addresses) checkAddress(a, b, site, (en, zh) => problems.push({ page: a.page, en, zh }));
  return problems;
}

/**
 * The elements of a page in document order with their attributes (names in lower case as HTML reads
 * them, values decoded), read by htmlparser2's tokenizer: comments and the text inside <script>,
 * <style>, <textarea> and <title> are not elements. A tokenizer, not a tree: this check needs each
 * element's name and attributes only, and building a hast tree of every page was a sixth of a build's
 * CPU at 2,000 entries (bench:scale, 2026-12-03).
 */
export function* scanTags(html: string): Generator<{ tag: string; attrs: Map<string, string> }> {
  const tags: { tag: string; attrs: Map<string, string> }[] = [];
  const parser = new Parser({ onopentag: (tag, attribs) => void tags.push({ tag, attrs: new Map(Object.entries(attribs)) }) }, { decodeEntities: true });
  parser.end(html);
  yield* tags;
}

export function formatSiteProblems(problems: SiteProblem[]): string {
  return [
    `构建结果检查发现${problems.length}个问题，dist/ 未被替换。/ The check of the built site found ${englishCount(problems.length, 'problem')}; dist/ was not replaced.`,
    '',
    ...problems.map((p) => `✗ ${p.page}\n    ${p.zh}\n    ${p.en}`),
  ].join('\n');
}
