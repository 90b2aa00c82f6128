/**
 * Accessibility of every built page, in both languages, in every display mode: axe-core finds
 * nothing (full WCAG 2.0/2.1/2.2 A/AA + best practice in the default mode: every-page.test.ts; the
 * rules a mode can change in each other mode: here); pages reflow at 320 CSS px and at 400% zoom;
 * focus visible in forced colours. Skip link, landmarks and language links: every-page.test.ts.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { allPages, axe, langPages, open as openAt, readable } from '../support/axe.ts';
import { DISPLAY_MODES, expectedAttributes, useMode, type DisplayMode } from '../support/display-modes.ts';
import type { Page } from 'playwright-core';

const baseUrl = inject('baseUrl');
const PAGES = allPages();
const LANG_PAGES = langPages();
const open = (page: Page, path: string) => openAt(page, baseUrl, path);
const chromium = useBrowser();

/**
 * The display modes only change font sizes and colours (checked below), so the rules whose result can
 * depend on the mode are the ones that read sizes, colours and what can be focused or scrolled.
 * Full axe runs once per page in the default mode; every other mode runs these on every page.
 */
const MODE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'aria-hidden-focus'];
/** CSS properties the mode rules may set: anything else (display, visibility, overflow…) would need full axe per mode. */
const MODE_PROPERTIES = /^(--[\w-]+|color|color-scheme|font-size|background(-color)?|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke)$/;
/**
 * The default mode gets full axe in the one crawl of every page (tests/browser/every-page.test.ts).
 * The medium size sets nothing: it is the default page (checked below), so it is tested once, as the default.
 */
const MODES = DISPLAY_MODES.filter((m) => m.name !== 'default' && m.stored?.size !== 'medium');

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

  test('the modes checked here are every mode but the default and medium', () => {
    expect(MODES.length).toBe(DISPLAY_MODES.length - 2);
  });

  for (const mode of MODES) {
    test(`every page, ${mode.name}: ${MODE_RULES.join(', ')}`, { timeout: 600_000 }, async () => {
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
        const violations = await axe(page, { rules: MODE_RULES });
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

describe('focus', () => {
  const focusModes: { name: string; mode?: DisplayMode; forced?: boolean }[] = [
    ...[DISPLAY_MODES.find((m) => m.name === 'default')!, ...MODES].map((mode) => ({ name: mode.name, mode })),
    { name: 'forced colours', forced: true },
  ];
  for (const { name, mode, forced } of focusModes) {
    test(`the focus indicator is visible on the first tab stops, ${name}`, async () => {
      const { page } = await watchedPage(chromium.browser);
      if (mode) await useMode(page, mode);
      if (forced) await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`${baseUrl}zh/plan/part-3/`);
      const seen = new Set<string>();
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const style = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return { tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 20), outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        expect(style.tag, 'focus moved into the page').not.toBe('BODY');
        seen.add(`${style.tag} ${style.text}`);
        expect(style.outline, JSON.stringify(style)).not.toBe('none');
        expect(style.width, JSON.stringify(style)).toBeGreaterThanOrEqual(2);
      }
      expect(seen.size).toBeGreaterThan(1);
      await page.close();
    });
  }
});
