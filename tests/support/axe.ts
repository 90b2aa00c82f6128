/** axe-core in the browser tests, and opening a page the way the every-page checks do. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Response } from 'playwright-core';
import { walkedPages } from './site.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0/2.1/2.2 A and AA, and best practice. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const NOT_FOUND = 'zh/no-such-page/';
/**
 * The display modes only change font sizes and colours (a11y.test.ts checks the style sheets), so the
 * rules whose result can depend on the mode are the ones that read sizes, colours and what can be
 * focused or scrolled. Full axe (TAGS) runs once per page in the default mode; every other mode runs these.
 */
export const MODE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'aria-hidden-focus'];
/** CSS properties the mode rules may set: anything else (display, visibility, overflow…) would need full axe per mode. */
export const MODE_PROPERTIES = /^(--[\w-]+|color|color-scheme|font-size|background(-color)?|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke)$/;
/** Every page (one policy-term page per language, see walkedPages): both languages, the root chooser and the not-found page. */
export const allPages = () => [...walkedPages(), NOT_FOUND];
/** The pages of the two languages (not the root chooser, not the 404 page). */
export const langPages = () => walkedPages().filter((p) => /^(zh|en)\//.test(p));

/**
 * Open a page. The root page (/) sends readers on to /zh/ with a meta refresh; to check the root
 * page itself it is served once without that refresh (with nginx's headers).
 */
export async function open(page: Page, baseUrl: string, path: string): Promise<Response | null> {
  if (path === '') {
    await page.route(baseUrl, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body });
    });
    const response = await page.goto(baseUrl);
    await page.unroute(baseUrl);
    return response;
  }
  return page.goto(baseUrl + path);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** Run axe with the given tags or rules; throws when a named rule did not run (so a typo cannot pass). */
export async function axe(page: Page, only: { tags: string[] } | { rules: string[] } = { tags: TAGS }): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (no inline scripts)
  // stays in force, and axe adds no violation of its own.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (only) => {
    type Result = { id: string };
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[]; passes: Result[]; incomplete: Result[]; inapplicable: Result[] }> } };
    const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
    const result = await w.axe.run(document, { runOnly, resultTypes: ['violations'] });
    if ('rules' in only) {
      const ran = new Set([...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id));
      const missing = only.rules.filter((r) => !ran.has(r));
      if (missing.length) throw new Error(`axe did not run: ${missing.join(', ')}`);
    }
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 200) })),
    }));
  }, only);
}

export const readable = (path: string, vs: AxeViolation[]) =>
  vs
    .map((v) => `${path}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
