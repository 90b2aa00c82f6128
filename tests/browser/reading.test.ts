/**
 * Reading features on the built site: display controls, section permalinks and zh/en anchor
 * parity, the side-by-side view, the one-page full text, print, the timeline and open data.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { parseCsvRecords } from '../support/csv.ts';
import { expectHidden, motionProblem, nonEmpty, type MotionStyle } from '../support/assert.ts';
import { firstNotesSection, firstPart, readFacts, tasksPart } from '../support/content-facts.ts';
import { readMarkdown } from '../support/content-edit.ts';
import { uiPattern } from '../support/statements.ts';
import { DIST } from '../support/site.ts';
import { t, UI, type UiKey } from '../../src/i18n/index.ts';
import { join } from 'node:path';

/** The id of the first paragraph row of a built side-by-side page (a row with an id ending in -p1). */
const firstParagraphId = (path: string) => {
  const id = /<div class="bi-row" id="([^"]+-p1)"/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1];
  if (!id) throw new Error(`${path} has no paragraph row`);
  return id;
};

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const surveyData = parse(readFileSync('content/data/survey.yaml', 'utf8'), { schema: 'core' }) as {
  periods: { id: string; start: string; end: string }[];
};
const targetData = parse(readFileSync('content/data/targets.yaml', 'utf8'), { schema: 'core' }) as { groups: { indicators: { id: string }[] }[] };
const indicatorIds = targetData.groups.flatMap((g) => g.indicators.map((i) => i.id));
const taskCount = readdirSync('content/zh/tasks').filter((f) => f.endsWith('.md')).length;
/** The start of what a Table 1 period's text says in a language (its survey file's first paragraph, as read). */
const surveyOpening = (lang: 'zh' | 'en', period: string) => {
  const dir = `content/${lang}/survey`;
  const file = readdirSync(dir).map((f) => readMarkdown(join(dir, f))).find((m) => String(m.data.period) === period);
  if (!file) throw new Error(`no ${lang} survey file for period ${period}`);
  return file.body.trim().split(/\n\s*\n/)[0]!.replace(/[*_`\\]/g, '').replace(/\s+/g, ' ').slice(0, 12);
};

/** Motion styles of every element of the page. */
const motionStyles = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body *')].map((el) => {
      const s = getComputedStyle(el);
      const style = { animationName: s.animationName, animationDuration: s.animationDuration, transitionProperty: s.transitionProperty, transitionDuration: s.transitionDuration, scrollBehavior: s.scrollBehavior };
      return { el: `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}>`, style };
    }),
  );
const movingElements = (styles: { el: string; style: MotionStyle }[]) =>
  nonEmpty(styles, 'elements').flatMap(({ el, style }) => {
    const why = motionProblem(style);
    return why ? [`${el}: ${why}`] : [];
  });

const chapterNumbers = readdirSync('content/zh/chapters').map((f) => Number(f.replace('.md', ''))).sort((a, b) => a - b);
/** The documents whose paragraphs must line up in zh and en: drafting notes and each chapter. */
const DOCS = [
  { name: 'drafting notes', single: 'drafting-notes/', bilingual: 'bilingual/drafting-notes/' },
  ...chapterNumbers.map((n) => ({ name: `part ${n}`, single: `plan/part-${n}/`, bilingual: `bilingual/part-${n}/` })),
];

const htmlState = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.getAttribute('data-text-size'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
    background: getComputedStyle(document.body).backgroundColor,
  }));

describe('display controls (字号 / 高对比度)', () => {
  test('keyboard operable, announced, remembered across pages, applied before the body is drawn', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    // Record <html>'s attributes at the moment <body> is first inserted, i.e. before first paint.
    await page.addInitScript(() => {
      const w = window as unknown as { __atBody?: string };
      new MutationObserver((_, obs) => {
        if (document.body) {
          w.__atBody = `${document.documentElement.getAttribute('data-text-size')}|${document.documentElement.getAttribute('data-contrast')}`;
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl}zh/plan/part-${firstPart()}/`);
    const before = await htmlState(page);
    expect(before.size).toBeNull();
    expect(await page.locator('[data-display]').isVisible()).toBe(true);
    expect(await page.getAttribute('[data-size="medium"]', 'aria-pressed')).toBe('true');

    // Keyboard: Tab to 大, press Enter.
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('data-size') === 'large')) && guard++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let after = await htmlState(page);
    expect(after.size).toBe('large');
    expect(after.fontSize).toBeGreaterThan(before.fontSize * 1.15);
    expect(await page.getAttribute('[data-size="large"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-size="medium"]', 'aria-pressed')).toBe('false');
    expect(await page.textContent('[data-display] [role="status"]')).toBe(t('zh', 'display.sizeSet', { size: t('zh', 'display.large') }));

    // Space on 高对比度.
    await page.focus('[data-contrast-toggle]');
    await page.keyboard.press('Space');
    after = await htmlState(page);
    expect(after.contrast).toBe('high');
    expect(after.background).toBe('rgb(0, 0, 0)');
    expect(await page.getAttribute('[data-contrast-toggle]', 'aria-pressed')).toBe('true');
    expect(await page.textContent('[data-display] [role="status"]')).toBe(t('zh', 'display.contrastOn'));

    // Another page, in the other language: the choice is there before <body> is drawn.
    await page.goto(`${baseUrl}en/targets/`);
    expect(await page.evaluate(() => (window as unknown as { __atBody?: string }).__atBody)).toBe('large|high');
    expect(await page.getAttribute('[data-size="large"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-contrast-toggle]', 'aria-pressed')).toBe('true');

    // Back to 小 and normal contrast.
    await page.click('[data-size="small"]');
    await page.click('[data-contrast-toggle]');
    after = await htmlState(page);
    expect(after.size).toBe('small');
    expect(after.contrast).toBe('normal');
    expect(after.fontSize).toBeLessThan(before.fontSize);
    expect(after.background).toBe('rgb(255, 255, 255)');
    expect(await page.textContent('[data-display] [role="status"]')).toBe(t('en', 'display.contrastOff'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the system setting prefers-contrast: more turns high contrast on until the reader turns it off', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ contrast: 'more' });
    await page.goto(`${baseUrl}zh/`);
    expect((await htmlState(page)).background).toBe('rgb(0, 0, 0)');
    expect(await page.getAttribute('[data-contrast-toggle]', 'aria-pressed')).toBe('true');
    await page.click('[data-contrast-toggle]');
    expect((await htmlState(page)).background).toBe('rgb(255, 255, 255)');
    expect(await page.getAttribute('[data-contrast-toggle]', 'aria-pressed')).toBe('false');
    await page.close();
  });

  test('reduced motion: nothing on the page animates or scrolls smoothly', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}zh/survey/`);
    const moving = movingElements(await motionStyles(page));
    expect(moving).toEqual([]);
    await page.close();
  });

  test('the reduced-motion check catches a page with `transition: all 0.3s`, an animation or smooth scrolling', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const [css, found] of [
      ['a { transition: all 0.3s; }', /transition all 0.3s/],
      ['a { transition: color 300ms ease; }', /transition color 0.3s/],
      ['@keyframes k { to { opacity: 0.5 } } a { animation: k 1s infinite; }', /animation k 1s/],
      ['html { scroll-behavior: smooth; }', /smooth scrolling/],
    ] as const) {
      await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body><a href="#x">x</a></body></html>`);
      expect(movingElements(await motionStyles(page)).join('\n'), css).toMatch(found);
    }
    await page.setContent('<!doctype html><html><head><style>a { transition: all 0s; }</style></head><body><a href="#x">x</a></body></html>');
    expect(movingElements(await motionStyles(page))).toEqual([]);
    await page.close();
  });

  test('the "hidden" check fails when the selector matches nothing, or one match is visible', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.setContent('<!doctype html><html><body><p class="a" hidden>x</p><p class="b" hidden>y</p><p class="b">z</p></body></html>');
    await expectHidden(page.locator('.a'), 'hidden paragraph');
    await expect(expectHidden(page.locator('.no-such-element'), 'missing')).rejects.toThrow(/matches nothing/);
    await expect(expectHidden(page.locator('.b'), 'one of two visible')).rejects.toThrow(/one of two visible \(#2 of 2\)/);
    await page.close();
  });

  test('without JavaScript the controls are not shown, the page still reads and zooms', async () => {
    const { page } = await watchedPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}zh/plan/part-${firstPart()}/`);
    await expectHidden(page.locator('[data-display]'), 'display controls without JavaScript');
    expect(await page.locator('main p').first().isVisible()).toBe(true);
    const viewport = await page.getAttribute('meta[name="viewport"]', 'content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale/);
    await page.close();
  });

});

test('the documents checked below include the drafting notes and every chapter of the content', () => {
  expect(nonEmpty(chapterNumbers, 'chapters in content/zh/chapters')).toEqual(chapterNumbers.filter((n) => Number.isInteger(n)));
  expect(DOCS.length).toBe(chapterNumbers.length + 1);
});

describe('section permalinks and shared anchors', () => {
  const anchorsOf = (page: Page) =>
    page.$$eval('main :is(h1, h2, h3, p, ul, ol, table, blockquote)[id]', (els) => els.map((e) => e.id).filter((id) => id !== 'toc-title'));

  for (const doc of DOCS) {
    test(`${doc.name}: zh and en have the same heading and paragraph anchors in the same order`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}zh/${doc.single}`);
      const zh = await anchorsOf(page);
      await page.goto(`${baseUrl}en/${doc.single}`);
      const en = await anchorsOf(page);
      expect(zh.filter((id) => /-p\d+$/.test(id)).length).toBeGreaterThan(0);
      expect(en).toEqual(zh);
      await page.close();
    });
  }

  test('switching language keeps the place: the anchor in the address goes along', async () => {
    const { page } = await watchedPage(chromium.browser);
    for (const path of [`zh/drafting-notes/#${firstNotesSection().anchor}-p1`, `zh/bilingual/part-${firstPart()}/#${firstParagraphId(`zh/bilingual/part-${firstPart()}/`)}`]) {
      await page.goto(baseUrl + path);
      await Promise.all([page.waitForURL(/\/en\//, { waitUntil: 'load' }), page.click('[data-lang-switch]')]);
      const url = new URL(page.url());
      expect(url.pathname + url.hash).toBe(`/en/${path.slice(3)}`);
      expect(await page.locator(url.hash).count()).toBe(1);
    }
    await page.close();
  });

  test('every paragraph of the drafting notes and chapters has an anchor; every heading a visible, named permalink', async () => {
    const { page } = await watchedPage(chromium.browser);
    for (const lang of ['zh', 'en']) {
      for (const doc of DOCS) {
        const where = `${lang}/${doc.single}`;
        await page.goto(baseUrl + where);
        const bare = await page.$$eval('main p:not([class]):not(.notice p):not(table p):not(.page-dates p)', (ps) => ps.filter((p) => !p.id).map((p) => p.textContent));
        expect(bare, where).toEqual([]);
        const headings = await page.$$eval('main :is(h1, h2)', (hs) =>
          hs
            .filter((h) => h.id !== 'toc-title')
            .map((h) => {
              const link = h.parentElement?.querySelector(`a.permalink[href="#${h.id}"]`) as HTMLElement | null;
              return { id: h.id, text: h.textContent?.trim() ?? '', name: link?.textContent?.trim() ?? '', visible: !!link && link.getBoundingClientRect().width > 0 };
            }),
        );
        expect(headings.length, where).toBeGreaterThan(0);
        for (const h of headings) {
          expect(h.id, where).toBeTruthy();
          expect(h.visible, `${where} #${h.id}`).toBe(true);
          expect(h.name, `${where} #${h.id}`).toContain(h.text);
        }
      }
    }
    await page.close();
  });
});

describe('side-by-side view (中英对照)', () => {
  for (const doc of DOCS) {
    test(`${doc.name}: rows aligned by the shared anchors, each column in its language, stacked on phones`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}zh/${doc.single}`);
      const paragraphs = await page.$$eval('main [id]', (els) => els.map((e) => e.id).filter((id) => /-p\d+$/.test(id) && !id.startsWith('period-')));
      for (const lang of ['zh', 'en']) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${baseUrl}${lang}/${doc.bilingual}`);
        expect(await page.locator('h1').count()).toBe(1);
        const rows = await page.$$eval('.bi-row[data-anchor]', (rs) =>
          rs.map((r) => {
            const cells = [...r.querySelectorAll(':scope > .bi-cell')] as HTMLElement[];
            return {
              id: r.id,
              langs: cells.map((c) => c.lang),
              filled: cells.map((c) => (c.textContent ?? '').trim().length > 0),
              tops: cells.map((c) => Math.round(c.getBoundingClientRect().top)),
            };
          }),
        );
        // Every paragraph anchor of the single-language page is a row, in the same order.
        expect(rows.map((r) => r.id).filter((id) => /-p\d+$/.test(id))).toEqual(paragraphs);
        for (const r of nonEmpty(rows, `${lang} ${doc.bilingual} rows`)) {
          expect(r.langs, r.id).toEqual(['zh-CN', 'en']);
          expect(r.filled, `${lang} ${doc.bilingual}#${r.id}: both languages present`).toEqual([true, true]);
          expect(r.tops[0], `${r.id} side by side`).toBe(r.tops[1]);
        }
        await page.setViewportSize({ width: 375, height: 800 });
        const stacked = await page.$$eval('.bi-row[data-anchor]', (rs) =>
          rs.every((r) => {
            const [a, b] = [...r.querySelectorAll(':scope > .bi-cell')].map((c) => c.getBoundingClientRect());
            return !!a && !!b && b.top >= a.bottom;
          }),
        );
        expect(stacked, `${lang} ${doc.bilingual} stacked at 375 px`).toBe(true);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await page.close();
    });
  }

  test('a shared anchor lands on the same row in both languages', async () => {
    const { page } = await watchedPage(chromium.browser);
    // The row holds the first paragraph of that section in each language (read from the content files).
    const { anchor, opening } = firstNotesSection();
    await page.goto(`${baseUrl}en/bilingual/drafting-notes/#${anchor}-p1`);
    expect(await page.locator(`.bi-row#${anchor}-p1 [lang="zh-CN"]`).textContent()).toContain(opening('zh'));
    expect(await page.locator(`.bi-row#${anchor}-p1 [lang="en"]`).textContent()).toContain(opening('en'));
    await page.close();
  });
});

describe('full text on one page', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: drafting notes, every chapter and task, the targets and Table 1; one h1; unique ids`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/full-text/`);
      expect(await page.locator('h1').count()).toBe(1);
      const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const text = (await page.textContent('main')) ?? '';
      // Everything each single page shows is here.
      for (const doc of DOCS) {
        const single = await chromium.browser.newPage();
        await single.goto(`${baseUrl}${lang}/${doc.single}`);
        const paras = await single.$$eval('main p[id]', (ps) => ps.map((p) => (p.textContent ?? '').trim()).filter(Boolean));
        await single.close();
        for (const p of nonEmpty(paras, `${doc.name} paragraphs`)) expect(text, `${doc.name}: ${p.slice(0, 30)}`).toContain(p);
      }
      expect(await page.locator('section.ft-chapter').count()).toBe(chapterNumbers.length + 1);
      for (const n of nonEmpty(chapterNumbers, 'chapters')) expect(await page.locator(`#part-${n}`).count()).toBe(1);
      expect(await page.locator('[id^="task-"]:is(h3)').count()).toBe(taskCount);
      expect(await page.locator('table#table-1 tbody tr').count()).toBe(surveyData.periods.length);
      expect(await page.locator('table.targets-table tr[data-indicator]').count()).toBe(indicatorIds.length);
      await page.close();
    });
  }
});

describe('accessibility statement', () => {
  /** The statement's items, as the interface strings hold them: a11y.conforms1, 2 … and a11y.notYet1, 2 … */
  const items = (lang: 'zh' | 'en', prefix: string) =>
    (Object.keys(UI[lang]) as UiKey[]).filter((k) => new RegExp(`^a11y\\.${prefix}\\d+$`).test(k)).sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
  const facts = readFacts();
  const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: says what conforms, what does not yet, and how to report a problem — every item of the interface strings, in order`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/`);
      await Promise.all([page.waitForURL(/\/accessibility\/$/, { waitUntil: 'load' }), page.click(`footer a[href="/${lang}/accessibility/"]`)]);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/accessibility/`);
      for (const id of ['standards', 'conforms', 'not-yet', 'report']) expect(await page.locator(`h2#${id}, h3#${id}`).count(), id).toBe(1);
      expect(await page.locator('h3#conforms + ul li').allTextContents()).toEqual(nonEmpty(items(lang, 'conforms'), 'a11y.conforms strings').map((k) => t(lang, k)));
      // The summary item (notYet2) is there exactly when some part or task is a summary (its words: statements.test.ts).
      const notYet = items(lang, 'notYet').filter((k) => k !== 'a11y.notYet2' || anySummary);
      const shown = await page.locator('h3#not-yet + ul li').allTextContents();
      expect(shown.length).toBe(notYet.length);
      notYet.forEach((k, i) => expect(shown[i], k).toMatch(new RegExp(`^${uiPattern(lang, k).source}$`)));
      expect(await page.textContent('main')).toContain(t(lang, 'a11y.standard'));
      await page.close();
    });
  }
});

describe('print', () => {
  test('no navigation chrome; title and web address printed; link URLs shown; chapters start on a new page', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}zh/full-text/`);
    for (const sel of ['header.site-header', 'nav.site-nav', '.header-tools', '.skip-link', 'nav.toc', '.permalink', 'footer']) {
      await expectHidden(page.locator(sel), `${sel} in print`);
    }
    const meta = page.locator('.print-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.textContent()).toContain(t('zh', 'site.title'));
    expect(await meta.textContent()).toContain(await page.getAttribute('link[rel="canonical"]', 'href'));
    const breaks = await page.$$eval('section.ft-chapter', (ss) => ss.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(b).toBe('page');
    await page.goto(`${baseUrl}en/plan/part-${tasksPart()}/`);
    const link = await page.$eval('main .task-list a', (a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
    expect(link.after).toContain(link.href!);
    await page.emulateMedia({ media: 'screen' });
    await expectHidden(page.locator('.print-meta'), '.print-meta on screen');
    await page.close();
  });
});

describe('timeline of the drafting process', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: built from Table 1's dates, from the first month to the last of content/data/survey.yaml, with a text equivalent`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/survey/`);
      const chart = page.locator('svg.timeline-chart');
      expect(await chart.getAttribute('aria-hidden')).toBe('true');
      expect(await chart.locator('.tl-dot').count()).toBe(surveyData.periods.length);
      // One month mark per month from the first period's start to the last one's end.
      const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
      const first = Math.min(...surveyData.periods.map((p) => month(String(p.start))));
      const last = Math.max(...surveyData.periods.map((p) => month(String(p.end))));
      expect(await chart.locator('.tl-month').count()).toBe(last - first + 1);
      const items = await page.$$eval('.timeline-list li', (lis) =>
        lis.map((li) => ({ id: li.getAttribute('data-timeline-event'), dates: [...li.querySelectorAll('time')].map((t) => t.getAttribute('datetime')), text: li.textContent ?? '' })),
      );
      expect(items.map((i) => i.id)).toEqual(surveyData.periods.map((p) => p.id));
      for (const [i, p] of nonEmpty(surveyData.periods, 'Table 1 periods').entries()) {
        expect(items[i]!.dates).toContain(p.start);
        expect(items[i]!.dates).toContain(p.end);
        // The item says what happened: the period's text as the content writes it.
        expect(items[i]!.text.replace(/\s+/g, ' '), p.id).toContain(surveyOpening(lang, p.id));
      }
      // Markers are placed in date order, left to right.
      const xs = await chart.locator('.tl-dot').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      await page.close();
    });
  }
});

describe('open data', () => {
  const fetchText = async (page: Page, href: string) => {
    const res = await page.request.get(new URL(href, baseUrl).href);
    expect(res.status(), href).toBe(200);
    return { bytes: await res.body(), type: res.headers()['content-type'] };
  };

  test('targets: JSON and CSV (UTF-8 with BOM) linked from the page, matching what both language pages show', async () => {
    const { page } = await watchedPage(chromium.browser);
    const shown: Record<string, { id: string | null; name: string; value: string | null; target: string }[]> = {};
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}${lang}/targets/`);
      shown[lang] = await page.$$eval('table.targets-table tr[data-indicator]', (trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-indicator'),
          name: tr.querySelector('th')?.textContent?.trim() ?? '',
          value: tr.querySelector('data')?.getAttribute('value') ?? null,
          target: tr.querySelector('td')?.textContent?.trim() ?? '',
        })),
      );
    }
    const jsonHref = await page.getAttribute('[data-open-data="targets"] a[data-format="json"]', 'href');
    const csvHref = await page.getAttribute('[data-open-data="targets"] a[data-format="csv"]', 'href');
    const json = JSON.parse((await fetchText(page, jsonHref!)).bytes.toString('utf8')) as { indicators: Record<string, unknown>[] };
    const csv = await fetchText(page, csvHref!);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsvRecords(csv.bytes.toString('utf8'));
    expect(shown.zh!.map((r) => r.id)).toEqual(indicatorIds);
    expect(shown.en!.map((r) => r.id)).toEqual(indicatorIds);
    expect(json.indicators).toHaveLength(indicatorIds.length);
    expect(rows).toHaveLength(indicatorIds.length);
    for (const [i, zh] of nonEmpty(shown.zh!, 'target rows').entries()) {
      const en = shown.en![i]!;
      const j = json.indicators[i]!;
      const c = rows[i]!;
      expect([j.id, c.id]).toEqual([zh.id, zh.id]);
      expect([String(j.value), c.value]).toEqual([zh.value, zh.value]);
      expect([j.name_zh, c.name_zh]).toEqual([zh.name, zh.name]);
      expect([j.name_en, c.name_en]).toEqual([en.name, en.name]);
      expect([j.target_zh, c.target_zh]).toEqual([zh.target, zh.target]);
      expect([j.target_en, c.target_en]).toEqual([en.target, en.target]);
    }
    await page.close();
  });

  test('Table 1: JSON and CSV linked from the survey page, matching the table in both languages', async () => {
    const { page } = await watchedPage(chromium.browser);
    const shown: Record<string, { id: string | null; label: string; dates: (string | null)[]; orgs: string[] }[]> = {};
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}${lang}/survey/`);
      shown[lang] = await page.$$eval('table#table-1 tbody tr', (trs) =>
        trs.map((tr) => {
          const facts = document.querySelector(`[data-survey-facts] li[data-period="${tr.getAttribute('data-period')}"]`);
          return {
            id: tr.getAttribute('data-period'),
            label: tr.querySelector('th')?.textContent?.trim() ?? '',
            dates: [...(facts?.querySelectorAll('dd time') ?? [])].map((t) => t.getAttribute('datetime')),
            orgs: [...(facts?.querySelectorAll('dd[data-field="organisations"] li') ?? [])].map((li) => li.textContent?.trim() ?? ''),
          };
        }),
      );
    }
    const json = JSON.parse((await fetchText(page, (await page.getAttribute('[data-open-data="survey"] a[data-format="json"]', 'href'))!)).bytes.toString('utf8')) as {
      periods: { id: string; start: string; end: string; label_zh: string; label_en: string; organisations_zh: string[]; organisations_en: string[] }[];
    };
    const csv = await fetchText(page, (await page.getAttribute('[data-open-data="survey"] a[data-format="csv"]', 'href'))!);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsvRecords(csv.bytes.toString('utf8'));
    expect(json.periods.map((p) => p.id)).toEqual(shown.zh!.map((r) => r.id));
    expect(rows.map((r) => r.id)).toEqual(shown.zh!.map((r) => r.id));
    expect(shown.zh!.map((r) => r.id)).toEqual(surveyData.periods.map((p) => p.id));
    for (const [i, zh] of nonEmpty(shown.zh!, 'Table 1 rows').entries()) {
      const en = shown.en![i]!;
      const j = json.periods[i]!;
      const c = rows[i]!;
      expect([j.label_zh, c.label_zh]).toEqual([zh.label, zh.label]);
      expect([j.label_en, c.label_en]).toEqual([en.label, en.label]);
      expect(zh.dates).toContain(j.start);
      expect(zh.dates).toContain(j.end);
      expect([c.start, c.end]).toEqual([j.start, j.end]);
      expect(j.organisations_zh).toEqual(zh.orgs);
      expect(j.organisations_en).toEqual(en.orgs);
      expect(c.organisations_zh).toBe(zh.orgs.join('; '));
    }
    await page.close();
  });
});
