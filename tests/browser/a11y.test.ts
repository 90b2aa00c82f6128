/**
 * Accessibility of every built page, in both languages and in every display mode:
 * axe-core (WCAG 2.0/2.1/2.2 A and AA + best practice) finds nothing; pages reflow at 320 CSS px
 * and at 400% zoom; skip link first; focus visible in forced colours; language links carry lang.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { allBuiltPages, isPastVersion } from '../support/site.ts';
import { DISPLAY_MODES, expectedAttributes, useMode } from '../support/display-modes.ts';
import { axe, readable } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
/**
 * Every page: both languages, the root chooser and the not-found page. Of the history pages (issue
 * 12), which grow with every revision, one page's history and one past version per language:
 * tests/browser/history.test.ts checks the history pages of a site with a longer history.
 */
const sampleHistory = (pages: string[]) => {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const m = /^(zh|en)\/history\/[^/]+\/(\d+\/)?$/.exec(p);
    if (!m) return true;
    const kind = `${m[1]} ${m[2] ? 'version' : 'index'}`;
    return seen.has(kind) ? false : (seen.add(kind), true);
  });
};
const PAGES = [...sampleHistory(allBuiltPages()), 'zh/no-such-page/'];
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

describe('axe-core finds no WCAG 2.2 A/AA or best-practice violations', () => {
  test('the page list covers both languages', () => {
    expect(LANG_PAGES.filter((p) => p.startsWith('zh/')).length).toBeGreaterThanOrEqual(20);
    const paired = LANG_PAGES.filter((p) => !isPastVersion(p));
    expect(paired.filter((p) => p.startsWith('en/')).length).toBe(paired.filter((p) => p.startsWith('zh/')).length);
  });

  for (const mode of DISPLAY_MODES) {
    test(`every page, ${mode.name}`, { timeout: 600_000 }, async () => {
      const { page, errors, external } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      const problems: string[] = [];
      const want = expectedAttributes(mode);
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
        const violations = await axe(page);
        if (violations.length) problems.push(readable(path, violations));
      }
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
  for (const { name, viewport } of viewports) {
    for (const mode of DISPLAY_MODES.filter((m) => m.name === 'default' || m.stored?.size === 'large')) {
      test(`${name}, ${mode.name}: every page`, { timeout: 300_000 }, async () => {
        const { page } = await watchedPage(chromium.browser, { viewport });
        await useMode(page, mode);
        const wide: string[] = [];
        for (const path of PAGES) {
          await open(page, path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) {
            const culprits = await page.evaluate(() =>
              [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 3)
                .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
            );
            wide.push(`${path}: ${overflow}px too wide (${culprits.join(', ')})`);
          }
        }
        expect(wide).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('structure of every page', () => {
  test('skip link first, landmarks, one h1, captions and header scopes, language links carry lang, statement linked from the footer', { timeout: 300_000 }, async () => {
    const { page } = await watchedPage(chromium.browser);
    for (const path of LANG_PAGES) {
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
