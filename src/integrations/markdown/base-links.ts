/**
 * Site-relative addresses in Markdown (`/zh/plan/part-3/`, `/images/map.png`) are written without
 * the base path; this rehype plugin adds it, so content keeps working when the site is deployed
 * under a sub-path such as /kjcx/ (PLAN_BASE). Protocol-relative `//host` addresses are left alone.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function withBasePath(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${url}`;
}

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const v = el.properties[attr];
        if (typeof v === 'string') el.properties[attr] = withBasePath(options.base, v);
      }
    });
  };
}
