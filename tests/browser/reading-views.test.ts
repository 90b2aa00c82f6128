/**
 * Reading views of issue #11: the side-by-side view of a chapter that carries the 2025 targets
 * shows every indicator in both columns; the not-found page has the site's frame in both languages.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { frontMatter, indicatorIds } from '../support/content-facts.ts';
import { t } from '../../src/i18n/index.ts';
import { MAIN_SECTIONS } from '../../src/model/pages.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const LANGS = ['zh', 'en'] as const;
const htmlLang = { zh: 'zh-CN', en: 'en' } as const;

const chapterFiles = readdirSync('content/zh/chapters').filter((f) => f.endsWith('.md'));
const withTargets = chapterFiles.map((f) => frontMatter(`content/zh/chapters/${f}`)).filter((c) => c.targets === true).map((c) => c.number as number);
const names = Object.fromEntries(
  LANGS.map((l) => [l, (parse(readFileSync(`content/${l}/targets.yaml`, 'utf8')) as { indicators: Record<string, string> }).indicators]),
) as Record<'zh' | 'en', Record<string, string>>;

describe('side-by-side view of a chapter with targets', () => {
  test('there is such a chapter, and there are indicators', () => {
    expect(withTargets.length).toBeGreaterThan(0);
    expect(indicatorIds().length).toBeGreaterThan(0);
  });

  for (const n of withTargets) {
    for (const lang of LANGS) {
      test(`/${lang}/bilingual/part-${n}/ shows every indicator in the Chinese and the English column`, async () => {
        const { page, errors } = await watchedPage(chromium.browser);
        await page.goto(`${baseUrl}${lang}/bilingual/part-${n}/`);
        for (const col of LANGS) {
          const cell = page.locator(`.bi-row .bi-cell[lang="${htmlLang[col]}"]`).filter({ has: page.locator('table.targets-table') });
          expect(await cell.count(), col).toBe(1);
          const rows = await cell.locator('tr[data-indicator]').evaluateAll((trs) =>
            trs.map((tr) => ({ id: tr.getAttribute('data-indicator'), name: tr.querySelector('th')?.textContent?.trim(), value: tr.querySelector('td')?.textContent?.trim() })),
          );
          expect(rows.map((r) => r.id), col).toEqual(indicatorIds());
          for (const r of rows) {
            expect(r.name, `${col} ${r.id}`).toBe(names[col][r.id!]);
            expect(r.value, `${col} ${r.id}`).toMatch(/\d/);
          }
          await expect(cell.locator('table').isVisible()).resolves.toBe(true);
        }
        // Ids stay unique although the table appears twice.
        const dupes = await page.evaluate(() => {
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          return ids.filter((id, i) => ids.indexOf(id) !== i);
        });
        expect(dupes).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('the not-found page', () => {
  test('has the site’s frame: header with search, navigation, footer; a search box and the main sections in both languages', async () => {
    const { page } = await watchedPage(chromium.browser);
    const res = await page.goto(`${baseUrl}zh/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('header.site-header .site-title').textContent()).toBe(t('zh', 'site.title'));
    expect(await page.locator('nav.site-nav a').count()).toBe(MAIN_SECTIONS.length + 1);
    expect(await page.locator('footer.site-footer').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    for (const lang of LANGS) {
      // A search box in each language's block, searching that language's pages.
      const section = page.locator(`section[data-not-found="${lang}"]`);
      const form = section.locator(`form[role="search"][action="/${lang}/search/"]`);
      expect(await form.count(), lang).toBe(1);
      expect(await form.isVisible(), lang).toBe(true);
      expect(await section.textContent(), lang).toContain(t(lang, 'notFound.body'));
      for (const [key, path] of MAIN_SECTIONS) {
        const link = section.locator(`a[href="/${lang}/${path}"]`);
        expect(await link.count(), `${lang} ${path}`).toBe(1);
        expect(await link.textContent()).toBe(t(lang, key));
      }
      expect(await section.locator(`a[href="/${lang}/"]`).textContent()).toBe(t(lang, 'notFound.home'));
    }
    expect(await page.locator('section[data-not-found="en"]').getAttribute('lang')).toBe('en');
    // The English search box searches the English pages.
    await page.fill('section[data-not-found="en"] input[type="search"]', 'innovation');
    await page.press('section[data-not-found="en"] input[type="search"]', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=innovation$/);
    await page.close();
  });
});

// axe-core on these pages (the side-by-side views, the not-found page, the accessibility statement):
// every-page.test.ts (full axe, default mode) and a11y.test.ts (every other display mode) visit every page.
