/**
 * Accessibility of every built page, in both languages, in every display mode: axe-core finds
 * nothing (full WCAG 2.0/2.1/2.2 A/AA + best practice in the default mode: every-page.test.ts; the
 * rules a mode can change in each other mode: here); pages reflow at 320 CSS px and at 400% zoom;
 * focus visible in forced colours. Skip link, landmarks and language links: every-page.test.ts.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { allPages, axe, langPages, MODE_PROPERTIES, MODE_RULES, NOT_FOUND, open as openAt, readable } from '../support/axe.ts';
import { DISPLAY_MODES, expectedState, modeState, useMode, type DisplayMode } from '../support/display-modes.ts';
import { nonEmpty } from '../support/assert.ts';
import type { Page } from 'playwright-core';
import { firstPart } from '../support/content-facts.ts';

const baseUrl = inject('baseUrl');
const PAGES = allPages();
const LANG_PAGES = langPages();
const open = (page: Page, path: string) => openAt(page, baseUrl, path);
const chromium = useBrowser();

/**
 * The default mode gets full axe in the one crawl of every page (tests/browser/every-page.test.ts).
 * The medium size sets nothing: it is the default page (checked below), so it is tested once, as the default.
 * The system's prefers-contrast: more gets the high-contrast rules word for word (the twin test below),
 * so the walk checks those rules once, through the 高对比度 button; reading.test.ts checks that the
 * system setting turns them on, and first-screen.test.ts shows each page kind in that mode.
 */
const SYSTEM_CONTRAST = (m: DisplayMode) => m.stored === null && m.media?.contrast === 'more';
const MODES = DISPLAY_MODES.filter((m) => m.name !== 'default' && m.stored?.size !== 'medium' && !SYSTEM_CONTRAST(m))
  // Modes with nothing stored first: they need the freshly loaded page (see the walk below).
  .sort((a, b) => Number(a.stored !== null) - Number(b.stored !== null));

describe('axe-core finds no WCAG 2.2 A/AA or best-practice violations', () => {
  test('the page list covers both languages, page for page', () => {
    const zh = nonEmpty(LANG_PAGES.filter((p) => p.startsWith('zh/')), 'zh pages').map((p) => p.slice(3));
    expect(LANG_PAGES.filter((p) => p.startsWith('en/')).map((p) => p.slice(3))).toEqual(zh);
  });

  test('text size medium (中) gives exactly the default page', async () => {
    const medium = DISPLAY_MODES.find((m) => m.stored?.size === 'medium');
    const defaultMode = DISPLAY_MODES.find((m) => m.name === 'default');
    expect(medium && defaultMode).toBeTruthy();
    const snapshot = async (mode: DisplayMode) => {
      const { page } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      await page.goto(`${baseUrl}zh/plan/part-${firstPart()}/`);
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

  test('every high-contrast rule has a prefers-contrast: more twin with the same declarations, and no twin stands alone', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl}zh/`);
    const { high, system } = await page.evaluate(() => {
      const high: string[] = [];
      const system: string[] = [];
      // Each style rule as "enclosing media (other than prefers-contrast) | selector | declarations".
      const walk = (rules: CSSRuleList, media: string[], inSystem: boolean) => {
        for (const r of rules) {
          if (r instanceof CSSMediaRule) {
            const isContrast = /prefers-contrast:\s*more/.test(r.conditionText);
            walk(r.cssRules, isContrast ? media : [...media, r.conditionText], inSystem || isContrast);
          } else if (r instanceof CSSStyleRule) {
            const key = (selector: string) => `${media.join(' and ')} | ${selector} | ${r.style.cssText}`;
            if (inSystem) system.push(key(r.selectorText.replaceAll(':not([data-contrast="normal"])', '[data-contrast="high"]')));
            else if (r.selectorText.includes('[data-contrast="high"]')) high.push(key(r.selectorText));
          }
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules, [], false);
      return { high, system };
    });
    expect(high.length).toBeGreaterThan(0);
    expect([...system].sort(), 'each rule under @media (prefers-contrast: more) against its [data-contrast="high"] rule').toEqual([...high].sort());
    await page.close();
  });

  test('the modes checked here are every mode but the default, medium and the system contrast setting', () => {
    expect(MODES.length).toBe(DISPLAY_MODES.length - 3);
    expect(DISPLAY_MODES.filter(SYSTEM_CONTRAST)).toHaveLength(1);
  });

  test('the mode rules exist in this axe-core and catch a low-contrast page', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.setContent('<!doctype html><html lang="en"><head><title>x</title></head><body><main><h1>x</h1><p style="color:#999;background:#aaa">low contrast text</p></main></body></html>');
    const violations = await axe(page, { rules: MODE_RULES });
    expect(violations.map((v) => v.id)).toContain('color-contrast');
    await page.close();
  });

  test(`every page in every other mode (${MODES.map((m) => m.name).join('; ')}): ${MODE_RULES.join(', ')}`, { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const checked = new Map<string, number>(MODES.map((m) => [m.name, 0]));
    // The pages are shared out over TABS tabs of the one Chromium, walked at the same time: each tab
    // has its own renderer process, so the walk uses both cores instead of one (it was the longest
    // single test of the browser suite, 99 s alone). Every page is still visited in every mode.
    const tabs = await Promise.all(shares(PAGES, TABS).map(async (paths) => ({ paths, ...(await watchedPage(chromium.browser)) })));
    const walks = await Promise.all(
      tabs.map(({ page, paths }) =>
        walkModes(page, paths, MODES, async (path, mode) => {
          if (LANG_PAGES.includes(path)) {
            // The mode really is applied (otherwise this would check the default page again).
            expect(await modeState(page), `${path}, ${mode.name}`).toEqual(expectedState(mode));
          }
          const violations = await axe(page, { rules: MODE_RULES });
          if (violations.length) problems.push(`[${mode.name}] ${readable(path, violations)}`);
          checked.set(mode.name, checked.get(mode.name)! + 1);
        }),
      ),
    );
    expect([...checked.values()]).toEqual(MODES.map(() => PAGES.length));
    expect(problems.join('\n\n'), 'axe violations in the display modes').toBe('');
    const errors = tabs.flatMap((t) => t.errors);
    const notFoundLoads = walks.reduce((n, w) => n + w.notFoundLoads, 0);
    // The 404s are the not-found page's loads, on purpose.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    expect(errors.filter((e) => e.includes('status of 404')), errors.join('\n')).toHaveLength(notFoundLoads);
    expect(tabs.flatMap((t) => t.external)).toEqual([]);
    await Promise.all(tabs.map((t) => t.page.close()));
  });
});

/** Tabs walking the pages at once in the mode walk: one per core of the 2-core machine npm test is sized for. */
const TABS = 2;

/** `items` dealt out in turn into `n` shares (every item in exactly one share, none empty when there are n items). */
function shares<T>(items: T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => out[i % n]!.push(item));
  return out.filter((s) => s.length);
}

/** No media emulation: the default page (null turns an emulation off). */
const NO_MEDIA = { contrast: null, forcedColors: null, colorScheme: null, reducedMotion: null } as const;

/**
 * Visit every page in every mode, loading each page once where it can: a mode with nothing stored
 * is the page as it loads (display.js reads the system setting at load), so the walk loads the page
 * for it; the other modes are reached with the page's own 字号 / 高对比度 buttons. Pages without the
 * buttons (the root chooser) are loaded again for each mode with the choice stored. Put modes with
 * nothing stored first (see MODES) and the page is loaded only once.
 */
async function walkModes(page: Page, paths: string[], modes: DisplayMode[], visit: (path: string, mode: DisplayMode) => Promise<void>) {
  let notFoundLoads = 0;
  // A new tab is on about:blank, which has no storage to keep a stored choice in: start on the site.
  if (page.url() === 'about:blank' && modes[0]?.stored) await open(page, '');
  for (const path of nonEmpty(paths, 'pages')) {
    let loaded = false;
    for (const mode of nonEmpty(modes, 'modes')) {
      await page.emulateMedia({ ...NO_MEDIA, ...mode.media });
      if (!loaded || mode.stored === null || !(await hasControls(page))) {
        await storeChoice(page, mode);
        await open(page, path);
        if (path === NOT_FOUND) notFoundLoads += 1;
        loaded = true;
      } else {
        await pressButtonsFor(page, mode);
      }
      await visit(path, mode);
    }
  }
  return { notFoundLoads };
}

/** Whether the page has the display buttons (every page of the two languages does; the root chooser does not). */
const hasControls = (page: Page) => page.evaluate(() => !!document.querySelector('[data-display] [data-contrast-toggle]'));

/** Store the mode's choice as src/client/display.js does, for the next load (a returning reader's browser). */
async function storeChoice(page: Page, mode: DisplayMode): Promise<void> {
  const value = mode.stored ? JSON.stringify(mode.stored) : null;
  await page
    .evaluate((v) => (v ? localStorage.setItem('plan-display', v) : localStorage.removeItem('plan-display')), value)
    .catch((error: unknown) => {
      // about:blank (before the first page) has no storage; a new browser context starts empty.
      if (value) throw new Error(`cannot store the display choice for ${mode.name} on ${page.url()}: ${String(error)}`);
    });
}

/** Press the page's own buttons (src/client/display.js handles them) until the page is in `mode`; then leave them. */
async function pressButtonsFor(page: Page, mode: DisplayMode): Promise<void> {
  const want = { size: mode.stored?.size ?? 'medium', high: mode.stored?.contrast === 'high' };
  await page.evaluate((want) => {
    const size = document.querySelector<HTMLButtonElement>(`[data-display] [data-size="${want.size}"]`);
    if (!size) throw new Error(`no ${want.size} text size button`);
    if (size.getAttribute('aria-pressed') !== 'true') size.click();
    const toggle = document.querySelector<HTMLButtonElement>('[data-display] [data-contrast-toggle]')!;
    if ((toggle.getAttribute('aria-pressed') === 'true') !== want.high) toggle.click();
    (document.activeElement as HTMLElement | null)?.blur();
  }, want);
}

describe('reflow: no horizontal scrolling at 320 CSS px and at 400% zoom', () => {
  // 400% zoom of a 1280×1024 window is a 320×256 CSS-px viewport (WCAG 1.4.10).
  const viewports = [
    { name: '320 px phone', viewport: { width: 320, height: 640 } },
    { name: '400% zoom of 1280×1024', viewport: { width: 320, height: 256 } },
  ];
  const modes = DISPLAY_MODES.filter((m) => m.name === 'default' || m.stored?.size === 'large');
  test(`${viewports.map((v) => v.name).join(' and ')}, ${modes.map((m) => m.name).join('; ')}: every page`, { timeout: 300_000 }, async () => {
    const { page } = await watchedPage(chromium.browser, { viewport: viewports[0]!.viewport });
    const wide: string[] = [];
    let checked = 0;
    await walkModes(page, PAGES, modes, async (path, mode) => {
      if (LANG_PAGES.includes(path)) expect(await modeState(page), `${path}, ${mode.name}`).toEqual(expectedState(mode));
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
          wide.push(`${path} (${name}, ${mode.name}): ${overflow}px too wide (${culprits.join(', ')})`);
        }
        checked += 1;
      }
      await page.setViewportSize(viewports[0]!.viewport);
    });
    expect(checked).toBe(PAGES.length * viewports.length * modes.length);
    expect(wide).toEqual([]);
    await page.close();
  });
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
      await page.goto(`${baseUrl}zh/plan/part-${firstPart()}/`);
      // The mode really is in force (otherwise this would test the default page again).
      if (mode) expect(await modeState(page), name).toEqual(expectedState(mode));
      if (forced) expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), name).toBe(true);
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
