/**
 * The built site in a real browser (Debian Chromium via playwright-core), served on 127.0.0.1.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { DIST, isHistoryPage, pagesIn } from '../support/site.ts';
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { UI } from '../../src/i18n/index.ts';
import { parse } from 'yaml';
import { readMarkdown } from '../support/content-edit.ts';
import { readFacts } from '../support/content-facts.ts';
import { listFiles } from '../../src/checker/node.ts';
import { nonEmpty } from '../support/assert.ts';
import type { IndicatorData } from '../../src/lib/format.ts';
import { expectedTarget } from '../support/expected.ts';
import { t } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const targetData = parse(readFileSync('content/data/targets.yaml', 'utf8'), { schema: 'core' }) as {
  groups: { id: string; indicators: IndicatorData[] }[];
};
const indicators = targetData.groups.flatMap((g) => g.indicators);
const surveyData = parse(readFileSync('content/data/survey.yaml', 'utf8'), { schema: 'core' }) as {
  periods: { id: string; start: string; end: string }[];
};

describe('every page', () => {
  test('the site has the same pages in zh and en', () => {
    const zh = pagesIn('zh').map((p) => p.slice(3));
    const en = pagesIn('en').map((p) => p.slice(3));
    expect(nonEmpty(zh, 'zh pages').length).toBeGreaterThan(0);
    expect(en).toEqual(zh);
  });

  // Every page's switch points to the same page in the other language: every-page.test.ts. Here it
  // is followed, there and back (keeping the #anchor: reading.test.ts).
  test('the language switch lands on the same page in the other language, and back', async () => {
    const { page } = await watchedPage(chromium.browser);
    for (const path of nonEmpty(pagesIn('zh').filter((p) => p === 'zh/' || /^zh\/plan\/part-\d+\/$/.test(p)).slice(0, 2), 'home and chapter pages')) {
      await page.goto(baseUrl + path);
      await Promise.all([page.waitForURL(`**/en/${path.slice(3)}`), page.click('[data-lang-switch]')]);
      expect(new URL(page.url()).pathname, path).toBe(`/en/${path.slice(3)}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await Promise.all([page.waitForURL(`**/${path}`), page.click('[data-lang-switch]')]);
      expect(new URL(page.url()).pathname, path).toBe(`/${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    }
    await page.close();
  });
});

describe('root and not-found', () => {
  test('/ leads to /zh/ and offers English', async () => {
    const { page } = await watchedPage(chromium.browser, { javaScriptEnabled: false });
    const response = await page.request.get(baseUrl);
    const html = await response.text();
    expect(html).toMatch(/http-equiv="refresh" content="0; url=\/zh\/"/);
    expect(html).toMatch(/href="\/en\/"/);
    await page.goto(baseUrl);
    await page.waitForURL(/\/zh\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  test('an unknown address gets a 404 page in both languages', async () => {
    const { page } = await watchedPage(chromium.browser);
    const response = await page.goto(`${baseUrl}zh/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.textContent('body');
    expect(text).toContain(t('zh', 'notFound.title'));
    expect(text).toContain(t('en', 'notFound.title'));
    await page.close();
  });
});

describe('Table 1 (survey schedule)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const caption = t(lang, 'survey.caption');
    test(`${lang}: caption, header scopes and every period of content/data/survey.yaml with its ISO dates`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/survey/`);
      const table = page.locator('table#table-1');
      expect(await table.locator('caption').textContent()).toContain(caption);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(2);
      // The official table holds the period and its text; the dates are in the block compiled by this website beside it.
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          period: tr.getAttribute('data-period'),
          rowHeader: tr.querySelector('th[scope="row"]') !== null,
          dates: [...document.querySelectorAll(`[data-survey-facts] li[data-period="${tr.getAttribute('data-period')}"] time[datetime]`)].map((t) => t.getAttribute('datetime')),
          inTable: [...tr.querySelectorAll('dl, ul')].length,
        })),
      );
      expect(rows.map((r) => r.period)).toEqual(surveyData.periods.map((p) => p.id));
      for (const [i, p] of nonEmpty(surveyData.periods, 'Table 1 periods').entries()) {
        expect(rows[i]!.rowHeader).toBe(true);
        expect(rows[i]!.dates).toContain(p.start);
        expect(rows[i]!.dates).toContain(p.end);
        expect(rows[i]!.inTable, 'nothing compiled by this website inside the official table').toBe(0);
      }
      await page.close();
    });

    test(`${lang}: the asterisk on translated company names is explained under the table exactly when a name carries it`, async () => {
      const names = readdirSync(`content/${lang}/survey`).flatMap((f) => {
        const fm = parse(readFileSync(`content/${lang}/survey/${f}`, 'utf8').split(/^---$/m)[1]!) as { places: string[]; organisations: string[] };
        return [...fm.places, ...fm.organisations];
      });
      expect(names.length).toBeGreaterThan(0);
      const marked = names.some((n) => n.includes('*'));
      const { page } = await watchedPage(chromium.browser);
      for (const path of ['survey/', 'drafting-notes/', 'full-text/']) {
        await page.goto(`${baseUrl}${lang}/${path}`);
        const note = page.locator('[data-translated-names-note]');
        expect(await note.count(), path).toBe(marked ? 1 : 0);
        if (marked) expect((await note.textContent())?.trim()).toBe(UI[lang]['survey.companyNote']);
      }
      await page.close();
    });

    test(`${lang}: readable at 375 px without horizontal scrolling`, async () => {
      const { page } = await watchedPage(chromium.browser, { viewport: { width: 375, height: 800 } });
      for (const path of ['survey/', 'targets/', 'drafting-notes/', 'glossary/', '']) {
        await page.goto(`${baseUrl}${lang}/${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${lang}/${path}`).toBeLessThanOrEqual(0);
      }
      await page.close();
    });
  }
});

describe('2025 targets', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the targets page shows all ${indicators.length} indicators with their values, grouped`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/targets/`);
      const rows = await page.locator('table.targets-table tbody tr[data-indicator]').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-indicator'),
          name: tr.querySelector('th[scope="row"]')?.textContent?.trim(),
          value: tr.querySelector('data')?.getAttribute('value'),
          text: tr.querySelector('td')?.textContent ?? '',
        })),
      );
      expect(rows.map((r) => r.id)).toEqual(indicators.map((i) => i.id));
      for (const [i, ind] of nonEmpty(indicators, 'indicators').entries()) {
        expect(rows[i]!.value).toBe(String(ind.value));
        expect(rows[i]!.name).toBeTruthy();
        // The whole target as readers see it (3,500 in English), comparison words included.
        const labels = parse(readFileSync(`content/${lang}/targets.yaml`, 'utf8')) as { units: Record<string, string> };
        expect(rows[i]!.text.trim()).toBe(expectedTarget(lang, ind, labels.units));
      }
      expect(await page.locator('table.targets-table tbody th[scope="rowgroup"]').count()).toBe(targetData.groups.length);
      await page.close();
    });
  }
});

describe('2025 targets at a glance (home and targets pages)', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: every indicator with its name and its whole target, comparison words included, as the table states it`, async () => {
      const labels = parse(readFileSync(`content/${lang}/targets.yaml`, 'utf8')) as { indicators: Record<string, string>; units: Record<string, string> };
      const sep = UI[lang]['label.sep'];
      const { page } = await watchedPage(chromium.browser);
      for (const path of ['', 'targets/']) {
        await page.goto(`${baseUrl}${lang}/${path}`);
        const items = await page.locator('.glance [data-glance]').evaluateAll((els) =>
          els.map((el) => ({ id: el.getAttribute('data-glance'), text: el.textContent ?? '', figure: el.querySelector('.figure')?.textContent ?? '' })),
        );
        expect(items.map((i) => i.id), path).toEqual(indicators.map((i) => i.id));
        for (const [i, ind] of nonEmpty(indicators, 'indicators').entries()) {
          const phrase = expectedTarget(lang, ind, labels.units);
          expect(items[i]!.figure, `${path} ${ind.id}`).toBe(phrase);
          expect(items[i]!.text, `${path} ${ind.id}`).toBe(`${labels.indicators[ind.id]}${sep}${phrase}`);
        }
      }
      await page.close();
    });
  }
});

describe('every 2025 target figure and every Table 1 date appear on the built zh and en pages', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(lang, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/targets/`);
      const values = await page.$$eval('[data-indicator] data[value]', (els) => els.map((e) => e.getAttribute('value')));
      for (const ind of nonEmpty(indicators, 'indicators')) expect(values, ind.id).toContain(String(ind.value));
      for (const path of ['survey/', 'drafting-notes/']) {
        await page.goto(`${baseUrl}${lang}/${path}`);
        const dates = await page.$$eval('time[datetime]', (els) => els.map((e) => e.getAttribute('datetime')));
        for (const p of nonEmpty(surveyData.periods, 'Table 1 periods')) {
          expect(dates, `${path} ${p.id}`).toContain(p.start);
          expect(dates, `${path} ${p.id}`).toContain(p.end);
        }
      }
      await page.close();
    });
  }
});

describe('without JavaScript', () => {
  test('navigation, reading, contents lists, previous/next and the language switch all work', async () => {
    const { page } = await watchedPage(chromium.browser, { javaScriptEnabled: false });
    // The parts and main tasks in order, as the content numbers them; previous/next where there is one.
    const facts = readFacts();
    const parts = facts.chapters.map((c) => c.number).sort((x, y) => x - y);
    const tasks = facts.tasks.map((x) => x.number).sort((x, y) => x - y);
    await page.goto(`${baseUrl}zh/`);
    const follow = (selector: string, path: string) => Promise.all([page.waitForURL((u) => u.pathname === path), page.click(selector)]);
    await follow('nav.site-nav a[href="/zh/plan/"]', '/zh/plan/');
    expect(new URL(page.url()).pathname).toBe('/zh/plan/');
    await follow(`a[href="/zh/plan/part-${parts[0]}/"]`, `/zh/plan/part-${parts[0]}/`);
    let at = parts[0]!;
    if (parts[1] !== undefined) {
      await follow('a[rel="next"]', `/zh/plan/part-${parts[1]}/`);
      at = parts[1];
    }
    expect(new URL(page.url()).pathname).toBe(`/zh/plan/part-${at}/`);
    await follow('[data-lang-switch]', `/en/plan/part-${at}/`);
    expect(new URL(page.url()).pathname).toBe(`/en/plan/part-${at}/`);
    await page.goto(`${baseUrl}en/drafting-notes/`);
    const toc = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of nonEmpty(toc, 'contents links')) expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
    // Every main task's page links its neighbours in order, and only those.
    const hrefs = (rel: string) => page.$$eval(`a[rel="${rel}"]`, (as) => as.map((a) => a.getAttribute('href')));
    for (const [i, n] of nonEmpty(tasks, 'main tasks').entries()) {
      await page.goto(`${baseUrl}en/tasks/${n}/`);
      expect(await hrefs('prev'), `task ${n} prev`).toEqual(i > 0 ? [`/en/tasks/${tasks[i - 1]}/`] : []);
      expect(await hrefs('next'), `task ${n} next`).toEqual(i < tasks.length - 1 ? [`/en/tasks/${tasks[i + 1]}/`] : []);
    }
    await page.close();
  });
});

describe('summarized chapters say so', () => {
  test('every chapter and task page whose status is summary carries the summary notice, and no full one does, in both languages', async () => {
    const pages = (['chapters', 'tasks'] as const).flatMap((collection) =>
      listFiles(`content/zh/${collection}`, ['.md']).map((f) => {
        const { data } = readMarkdown(f);
        return { path: collection === 'chapters' ? `plan/part-${data.number}/` : `tasks/${data.number}/`, summary: data.status === 'summary' };
      }),
    );
    expect(pages.length).toBeGreaterThan(0);
    const { page } = await watchedPage(chromium.browser);
    for (const lang of ['zh', 'en']) {
      for (const p of pages) {
        await page.goto(`${baseUrl}${lang}/${p.path}`);
        expect(await page.locator('.notice').count(), `${lang}/${p.path}`).toBe(p.summary ? 1 : 0);
      }
    }
    await page.close();
  });
});

// The source line names the cited sections of an official text: on Chinese pages by the heading as
// the text writes it, on English pages by the English name sources/manifest.yaml gives it
// (en.sections), else by that heading, marked as Chinese.
describe('the source line', () => {
  const manifest = parse(readFileSync('sources/manifest.yaml', 'utf8'), { schema: 'core' }) as {
    documents: { id: string; en: { shortTitle: string; sections?: Record<string, string> } }[];
  };
  const links = (html: string) =>
    [...(html.match(/<p class="source-note"[\s\S]*?<\/p>/)?.[0] ?? '').matchAll(/<a href="[^"]*\/sources\/([^/"]+)\/#([^"]+)"([^>]*)>([^<]*)<\/a>/g)].map((m) => ({
      doc: m[1]!,
      anchor: m[2]!,
      lang: /lang="([^"]+)"/.exec(m[3]!)?.[1],
      text: m[4]!,
    }));
  test('English pages name each cited section in English where the manifest gives a name, else by its Chinese heading', () => {
    const pages = pagesIn('en').filter((p) => !isHistoryPage(p));
    let cited = 0;
    for (const path of pages) {
      const en = links(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      if (!en.length) continue;
      const zh = links(readFileSync(join(DIST, `zh/${path.slice(3)}`, 'index.html'), 'utf8'));
      expect(en.map((l) => [l.doc, l.anchor]), path).toEqual(zh.map((l) => [l.doc, l.anchor]));
      en.forEach((l, i) => {
        const heading = zh[i]!.text;
        const name = manifest.documents.find((d) => d.id === l.doc)?.en.sections?.[heading];
        expect(l.text, `${path} #${l.anchor}`).toBe(name ?? heading);
        expect(l.lang, `${path} #${l.anchor}`).toBe(name ? undefined : 'zh-CN');
        cited++;
      });
    }
    expect(cited).toBeGreaterThan(0);
  });
});
