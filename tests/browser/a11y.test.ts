/**
 * Accessibility of every built page, in both languages and in every display mode:
 * axe-core (WCAG 2.0/2.1/2.2 A and AA + best practice) finds nothing; pages reflow at 320 CSS px
 * and at 400% zoom; skip link first; focus visible in forced colours; language links carry lang.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { builtPages } from '../support/site.ts';
import { nonEmpty } from '../support/assert.ts';
import { DISPLAY_MODES, expectedAttributes, useMode, type DisplayMode } from '../support/display-modes.ts';

const baseUrl = inject('baseUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Every page: both languages, the root chooser and the not-found page. */
const PAGES = [...builtPages(), 'zh/no-such-page/'];
const LANG_PAGES = PAGES.filter((p) => /^(zh|en)\/.+|^(zh|en)\/$/.test(p) && p !== 'zh/no-such-page/');

/**
 * Open a page. The root page (/) sends readers on to /zh/ with a meta refresh; to check the root
 * page itself it is served once without that refresh.
 */
async function open(page: Page, path: string): Promise<void> {
  if (path === '') {
    await page.route(baseUrl, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response, body });
    });
    await page.goto(baseUrl);
    await page.unroute(baseUrl);
    return;
  }
  await page.goto(baseUrl + path);
}

const chromium = useBrowser();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** Run axe with the given tags or rules; throws when a named rule did not run (so a typo cannot pass). */
async function axe(page: Page, only: { tags: string[] } | { rules: string[] } = { tags: TAGS }): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
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

const readable = (path: string, vs: AxeViolation[]) =>
  vs
    .map((v) => `${path}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');

/**
 * The display modes only change font sizes and colours (checked below), so the rules whose result can
 * depend on the mode are the ones that read sizes, colours and what can be focused or scrolled.
 * Full axe runs once per page in the default mode; every other mode runs these on every page.
 */
const MODE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'aria-hidden-focus'];
/** CSS properties the mode rules may set: anything else (display, visibility, overflow…) would need full axe per mode. */
const MODE_PROPERTIES = /^(--[\w-]+|color|color-scheme|font-size|background(-color)?|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke)$/;
/** The medium size sets nothing: it is the default page (checked below), so it is tested once, as the default. */
const MODES = DISPLAY_MODES.filter((m) => m.stored?.size !== 'medium');

describe('axe-core finds no WCAG 2.2 A/AA or best-practice violations', () => {
  test('the page list covers both languages', () => {
    expect(LANG_PAGES.filter((p) => p.startsWith('zh/')).length).toBeGreaterThanOrEqual(20);
    expect(LANG_PAGES.filter((p) => p.startsWith('en/')).length).toBe(LANG_PAGES.filter((p) => p.startsWith('zh/')).length);
  });

  test('text size medium (中) gives exactly the default page', async () => {
    const medium = DISPLAY_MODES.find((m) => m.stored?.size === 'medium');
    const defaultMode = DISPLAY_MODES.find((m) => m.name === 'default');
    expect(medium && defaultMode).toBeTruthy();
    const snapshot = async (mode: DisplayMode) => {
      const { page } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      await page.goto(`${baseUrl}zh/plan/part-3/`);
      const html = await page.evaluate(() => ({ html: document.documentElement.outerHTML, size: getComputedStyle(document.documentElement).fontSize, colour: getComputedStyle(document.body).color }));
      await page.close();
      return html;
    };
    const [a, b] = [await snapshot(defaultMode!), await snapshot(medium!)];
    expect(a.html.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
  });

  test('the display modes change only sizes and colours, so the mode rules cover what a mode can change', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl}zh/`);
    const modeRules = await page.evaluate(() => {
      const out: { selector: string; props: string[] }[] = [];
      const walk = (rules: CSSRuleList, inContrastMedia: boolean) => {
        for (const r of rules) {
          if (r instanceof CSSMediaRule) walk(r.cssRules, inContrastMedia || /prefers-contrast/.test(r.conditionText));
          else if (r instanceof CSSStyleRule && (inContrastMedia || /data-(text-size|contrast)/.test(r.selectorText)))
            out.push({ selector: r.selectorText, props: [...r.style] });
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
      return out;
    });
    expect(modeRules.length).toBeGreaterThan(0);
    for (const r of modeRules) expect(r.props.filter((p) => !MODE_PROPERTIES.test(p)), r.selector).toEqual([]);
    await page.close();
  });

  test('the mode rules exist in this axe-core and catch a low-contrast page', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.setContent('<!doctype html><html lang="en"><head><title>x</title></head><body><main><h1>x</h1><p style="color:#999;background:#aaa">low contrast text</p></main></body></html>');
    const violations = await axe(page, { rules: MODE_RULES });
    expect(violations.map((v) => v.id)).toContain('color-contrast');
    await page.close();
  });

  for (const mode of MODES) {
    const full = mode.name === 'default';
    test(`every page, ${mode.name}: ${full ? 'all rules' : MODE_RULES.join(', ')}`, { timeout: 600_000 }, async () => {
      const { page, errors, external } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      const problems: string[] = [];
      const want = expectedAttributes(mode);
      let checked = 0;
      for (const path of PAGES) {
        await open(page, path);
        if (LANG_PAGES.includes(path)) {
          // The mode really is applied (otherwise this test would check the default page again).
          const got = await page.evaluate(() => ({
            size: document.documentElement.getAttribute('data-text-size'),
            contrast: document.documentElement.getAttribute('data-contrast'),
          }));
          expect(got, path).toEqual(want);
        }
        const violations = await axe(page, full ? { tags: TAGS } : { rules: MODE_RULES });
        if (violations.length) problems.push(readable(path, violations));
        checked += 1;
      }
      expect(checked).toBe(PAGES.length);
      expect(problems.join('\n\n'), `axe violations in mode "${mode.name}"`).toBe('');
      // The one 404 is the not-found page, visited on purpose.
      expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
      expect(errors.filter((e) => e.includes('status of 404'))).toHaveLength(1);
      expect(external).toEqual([]);
      await page.close();
    });
  }
});

describe('reflow: no horizontal scrolling at 320 CSS px and at 400% zoom', () => {
  // 400% zoom of a 1280×1024 window is a 320×256 CSS-px viewport (WCAG 1.4.10).
  const viewports = [
    { name: '320 px phone', viewport: { width: 320, height: 640 } },
    { name: '400% zoom of 1280×1024', viewport: { width: 320, height: 256 } },
  ];
  for (const mode of DISPLAY_MODES.filter((m) => m.name === 'default' || m.stored?.size === 'large')) {
    test(`${viewports.map((v) => v.name).join(' and ')}, ${mode.name}: every page`, { timeout: 300_000 }, async () => {
      const { page } = await watchedPage(chromium.browser, { viewport: viewports[0]!.viewport });
      await useMode(page, mode);
      const wide: string[] = [];
      let checked = 0;
      for (const path of PAGES) {
        await open(page, path);
        for (const { name, viewport } of viewports) {
          await page.setViewportSize(viewport);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) {
            const culprits = await page.evaluate(() =>
              [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 3)
                .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
            );
            wide.push(`${path} (${name}): ${overflow}px too wide (${culprits.join(', ')})`);
          }
          checked += 1;
        }
        await page.setViewportSize(viewports[0]!.viewport);
      }
      expect(checked).toBe(PAGES.length * viewports.length);
      expect(wide).toEqual([]);
      await page.close();
    });
  }
});

describe('structure of every page', () => {
  test('skip link first, landmarks, one h1, captions and header scopes, language links carry lang, statement linked from the footer', { timeout: 300_000 }, async () => {
    const { page } = await watchedPage(chromium.browser);
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      await page.goto(baseUrl + path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), `${path}: skip link is the first stop`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), `${path}: skip link moves focus to main`).toBe('main');
      expect(await page.locator('header.site-header').count(), path).toBe(1);
      expect(await page.locator('main#main').count(), path).toBe(1);
      expect(await page.locator('footer').count(), path).toBe(1);
      expect(await page.locator('nav.site-nav').count(), path).toBe(1);
      expect(await page.locator('h1').count(), path).toBe(1);
      const tables = await page.$$eval('table', (ts) =>
        ts.map((t) => ({ caption: !!t.querySelector('caption')?.textContent?.trim(), unscoped: t.querySelectorAll('th:not([scope])').length })),
      );
      for (const table of tables) expect(table, path).toEqual({ caption: true, unscoped: 0 });
      const langLinks = await page.$$eval('a[hreflang]', (as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang')]));
      expect(langLinks.length, path).toBeGreaterThan(0);
      for (const [hreflang, lang] of langLinks) expect(lang, path).toBe(hreflang);
      const lang = path.slice(0, 2);
      expect(await page.locator(`footer a[href="/${lang}/accessibility/"]`).count(), `${path}: footer links to the accessibility statement`).toBe(1);
    }
    await page.close();
  });

  test('the focus indicator stays visible in forced-colours mode', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${baseUrl}zh/plan/part-3/`);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(style.outline, JSON.stringify(style)).not.toBe('none');
      expect(style.width, JSON.stringify(style)).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });
});
