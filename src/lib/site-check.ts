/**
 * Checks of a built site, run by scripts/build.ts before it replaces dist/ (and by tests):
 *  - every internal link, stylesheet, script, image and icon resolves to a built file, under the
 *    configured base path, and every #anchor exists on the page it points at;
 *  - no page contains anything the Content-Security-Policy of docs/nginx.conf would block or that
 *    could run code: inline <script>, on…= handlers, javascript: addresses, <iframe>/<object>/<embed>,
 *    inline style attributes or <style> elements.
 * Pure Node: reads files, parses HTML with hast-util-from-html.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

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

/** Check every page of the site built in `dir` with base path `base` (e.g. `/` or `/kjcx/`). */
export function checkBuiltSite(dir: string, base = '/'): SiteProblem[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const problems: SiteProblem[] = [];
  const trees = new Map<string, Root>();
  const tree = (file: string) => {
    if (!trees.has(file)) trees.set(file, fromHtml(readFileSync(file, 'utf8')));
    return trees.get(file)!;
  };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) {
      const ids = new Set<string>();
      visit(tree(file), 'element', (el: Element) => {
        if (typeof el.properties.id === 'string') ids.add(el.properties.id);
        if (el.tagName === 'a' && typeof el.properties.name === 'string') ids.add(el.properties.name);
      });
      idCache.set(file, ids);
    }
    return idCache.get(file)!;
  };
  /** The built file an address on this site is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    const rel = decodeURIComponent(pathname.slice(b.length));
    const full = join(dir, rel);
    if (rel === '' || rel.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
    if (existsSync(full) && statSync(full).isFile()) return full;
    return undefined;
  };

  for (const file of htmlFiles(dir)) {
    const page = relative(dir, file).split('\\').join('/');
    const pageUrl = new URL(`http://site${b}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    const add = (en: string, zh: string) => problems.push({ page, en, zh });
    const checkAddress = (value: string, what: string) => {
      if (/^\s*(javascript|vbscript):/i.test(value)) {
        add(`${what} uses a javascript: address (${value})`, `${what} 使用了 javascript: 地址（${value}）`);
        return;
      }
      const url = new URL(value, pageUrl);
      if (url.host !== 'site') return; // another site, mailto:, tel: …
      if (!url.pathname.startsWith(b)) {
        add(`${what} ${value} is outside the base path ${b}`, `${what} ${value} 不在基础路径 ${b} 之下`);
        return;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        add(`${what} ${value} does not resolve to a built file`, `${what} ${value} 指向的文件不存在`);
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        add(`${what} ${value}: no element with id "${fragment}" on that page`, `${what} ${value}：目标页面上没有 id 为“${fragment}”的元素`);
      }
    };

    visit(tree(file), 'element', (el: Element) => {
      const tag = el.tagName;
      if (tag === 'script' && el.properties.src === undefined) add('inline <script> (the Content-Security-Policy blocks it)', '页面含有内联 <script>（内容安全策略会阻止它）');
      if (tag === 'style') add('inline <style> element (the Content-Security-Policy blocks it)', '页面含有内联 <style> 元素（内容安全策略会阻止它）');
      if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'frame') add(`<${tag}> element embeds other content`, `页面含有 <${tag}> 元素，会嵌入其他内容`);
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on[a-z]/i.test(name)) add(`<${tag}> has an event handler ${name}`, `<${tag}> 含有事件属性 ${name}`);
        if (name === 'style') add(`<${tag}> has an inline style attribute (the Content-Security-Policy blocks it)`, `<${tag}> 含有内联 style 属性（内容安全策略会阻止它）`);
        void value;
      }
      for (const attr of LINK_ATTRS[tag] ?? []) {
        const v = el.properties[attr === 'action' ? 'action' : attr];
        if (typeof v === 'string' && v !== '') checkAddress(v, `<${tag} ${attr}>`);
      }
      if (tag === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
        const m = /url=(.+)$/i.exec(String(el.properties.content ?? ''));
        if (m?.[1]) checkAddress(m[1].trim(), '<meta http-equiv=refresh>');
      }
    });
  }
  return problems;
}

export function formatSiteProblems(problems: SiteProblem[]): string {
  return [
    `构建结果检查发现 ${problems.length} 个问题，dist/ 未被替换。/ The check of the built site found ${problems.length} problem(s); dist/ was not replaced.`,
    '',
    ...problems.map((p) => `✗ ${p.page}\n    ${p.zh}\n    ${p.en}`),
  ].join('\n');
}
