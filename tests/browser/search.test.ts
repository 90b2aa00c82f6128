/**
 * Site search in a real browser (Chromium), on the built site served on 127.0.0.1.
 * Expected pages come from the ground truth (tests/support/ground-truth.ts): the pages whose text in
 * the content files (Markdown, YAML, the interface strings the page shows) contains the query, never
 * from the built index. Tests of the index itself read the index's page records.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { readIndexedPages, results } from '../support/search.ts';
import { DIST, pagesIn } from '../support/site.ts';
import { parse } from 'yaml';
import { contains, contentPages, pagesContaining } from '../support/ground-truth.ts';
import { t, type UiKey } from '../../src/i18n/index.ts';
import { MAIN_SECTIONS } from '../../src/model/pages.ts';
import { uiPattern } from '../support/statements.ts';
import { absentWord, crossLanguageQueries, usedTerm, usedTerms } from '../support/queries.ts';
import { trackRequests } from '../support/network.ts';
import { htmlText } from '../../src/lib/search/terms.ts';
import { firstPart, readFacts } from '../support/content-facts.ts';
import { readMarkdown } from '../support/content-edit.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const indexed = readIndexedPages(DIST);
const content = contentPages();
/** The pages whose content text contains `q` (never empty where a test relies on results: see `nonEmpty`). */
const expectedPages = (lang: 'zh' | 'en', q: string) => pagesContaining(content, lang, q);
const nonEmpty = (lang: 'zh' | 'en', q: string) => {
  const want = expectedPages(lang, q);
  expect(want.length, `the content has ${q} (${lang})`).toBeGreaterThan(0);
  return want;
};

const squash = (s: string) => s.replace(/[\s\u200b]+/g, '').toLowerCase();
const surveyPeriods = (parse(readFileSync('content/data/survey.yaml', 'utf8')) as { periods: unknown[] }).periods.length;
/** The first main task's title, as its file says. */
const taskTitle = () => String(readMarkdown(`content/zh/tasks/${readFacts().tasks[0]!.number}.md`).data.title);

test('the index holds each page’s main content only, one index per language, content pages only', () => {
  for (const lang of ['zh', 'en'] as const) {
    const pages = indexed.filter((p) => p.lang === lang);
    // Drafting notes, 5 chapters, 6 task areas, targets, survey, glossary (not: home, overviews, search,
    // revisions, reading views, the official source texts, policy-term pages: those repeat the pages above).
    expect(pages.map((p) => p.url).sort()).toEqual(
      pagesIn(lang)
        .map((p) => `/${p}`)
        .filter((p) => !/^\/(zh|en)\/(|plan\/|tasks\/|search\/|revisions\/|accessibility\/|full-text\/|bilingual\/[^/]+\/|glossary\/[^/]+\/|sources\/[^/]+\/|history\/.+)$/.test(p))
        .sort(),
    );
    for (const p of pages) {
      const chromeKeys: UiKey[] = [
        'skip', 'pager.prev', 'pager.next', 'toc.title', 'footer.source', 'search.label',
        // Links to the side-by-side view and to the open data, and the timeline's own headings.
        'bilingual.link', 'data.targets', 'data.survey', 'timeline.title', 'timeline.listTitle',
      ];
      // Each string as the page would show it, whatever fills its {placeholders}.
      for (const key of chromeKeys) expect(uiPattern(lang, key).test(p.text), `${p.url} contains "${t(lang, key)}"`).toBe(false);
    }
  }
});

test('text repeated on a page for readers is indexed once: Table 1 (not also its timeline), the targets table (not also the at-a-glance list)', () => {
  const cellTexts = (file: string, pattern: RegExp) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(pattern)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
  const count = (text: string, part: string) => squash(text).split(squash(part)).length - 1;
  for (const lang of ['zh', 'en'] as const) {
    const survey = indexed.find((p) => p.url === `/${lang}/survey/`)!;
    const paragraphs = cellTexts(`${lang}/survey/index.html`, /<p id="period-[^"]+">([\s\S]*?)<\/p>/g);
    expect(paragraphs.length).toBeGreaterThanOrEqual(surveyPeriods);
    for (const text of paragraphs) expect(count(survey.text, text), text).toBe(1);
    const targets = indexed.find((p) => p.url === `/${lang}/targets/`)!;
    const names = cellTexts(`${lang}/targets/index.html`, /<tr id="indicator-[^"]+"[^>]*><th scope="row">([\s\S]*?)<\/th>/g);
    const indicatorCount = (parse(readFileSync('content/data/targets.yaml', 'utf8')) as { groups: { indicators: unknown[] }[] }).groups.reduce((n, g) => n + g.indicators.length, 0);
    expect(indicatorCount).toBeGreaterThan(0);
    expect(names).toHaveLength(indicatorCount);
    for (const name of names) expect(count(targets.text, name), name).toBe(1);
  }
});

/**
 * The queries: a few kinds of query (a long Chinese term, an English phrase with a hyphen, "R&D", the
 * last word of a table cell, which Astro's whitespace stripping could glue to the next cell) — each kept
 * while the content has it, so a revision that drops a word changes the cases, not the verdict. The
 * table-cell case is read from the targets table, so there always is one.
 */
const targetsRowWord = (lang: 'zh' | 'en') => {
  const html = readFileSync(join(DIST, `${lang}/targets/index.html`), 'utf8');
  const name = htmlText(/<tr id="indicator-[^"]+"[^>]*><th scope="row">([\s\S]*?)<\/th>/.exec(html)?.[1] ?? '');
  // The whole name in Chinese (matched as a substring); the name's last word in English.
  return lang === 'zh' ? name : (name.match(/[A-Za-z]+/g) ?? []).at(-1) ?? '';
};
const QUERY_CASES = [
  ...([
    ['zh', '高新技术企业'],
    ['zh', '科技服务业'],
    ['en', 'high-tech enterprises'],
    ['en', 'R&D'],
  ] as const).filter(([lang, q]) => expectedPages(lang, q).length > 0),
  ['zh', targetsRowWord('zh')],
  ['en', targetsRowWord('en')],
] as const;

test('the query cases: each with results, the targets table among them in each language', () => {
  for (const lang of ['zh', 'en'] as const) {
    // As many as the content still has (the targets-table case always): a revision that drops a word drops its case.
    const cases = QUERY_CASES.filter(([l]) => l === lang);
    expect(cases.length, lang).toBeGreaterThan(0);
    for (const [, q] of cases) expect(expectedPages(lang, q).length, `${lang}: ${q}`).toBeGreaterThan(0);
    expect(expectedPages(lang, targetsRowWord(lang)), lang).toContain(`/${lang}/targets/`);
  }
});

describe('queries return exactly the pages that contain them, with the term highlighted', () => {
  for (const [lang, q] of QUERY_CASES) {
    test(`${lang}: ${q}`, async () => {
      const { page, errors, external } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
      const { shown, status } = await results(page, q);
      const want = nonEmpty(lang, q);
      expect(shown.map((r) => r.path).sort()).toEqual(want);
      for (const r of shown) {
        expect(r.marks.length, r.path).toBeGreaterThan(0);
        for (const m of r.marks) expect(contains(m, q), `${r.path}: ${m}`).toBe(true);
      }
      // The count is announced: a polite live region saying how many pages.
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
      expect(status).toBe(t(lang, want.length === 1 ? 'search.countOne' : 'search.count', { n: want.length, q }));
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    });
  }
});

/**
 * Words a science-and-technology plan could use but this one does not (the first of each list the
 * content lacks, so a revision that adds one moves the test to the next; when the content has them
 * all, two glossary terms run together: tests/support/queries.ts), and interface words around
 * the text (the headings' "link to this section" labels), which are not content.
 */
const ABSENT_CANDIDATES = {
  zh: ['碳中和', '人工智能', '元宇宙', '量子计算', '区块链'],
  en: ['artificial intelligence', 'carbon neutrality', 'metaverse', 'quantum computing', 'blockchain'],
} as const;
const permalinkWords = (lang: 'zh' | 'en') => t(lang, 'permalink.label', { title: '' }).replace(/[:：]\s*$/, '').trim();
const ABSENT_CASES = (['zh', 'en'] as const).flatMap((lang) => [
  [lang, absentWord(lang, ABSENT_CANDIDATES[lang])] as const,
  // The headings' "link to this section" words, unless staff ever write them in the text.
  ...(expectedPages(lang, permalinkWords(lang)).length === 0 ? [[lang, permalinkWords(lang)] as const] : []),
]);

test('the absent words are absent from the content', () => {
  for (const [lang, q] of ABSENT_CASES) expect(expectedPages(lang, q), `${lang}: ${q}`).toEqual([]);
});

describe('a term the plan never uses', () => {
  for (const [lang, q] of ABSENT_CASES.filter(([, q]) => q !== '')) {
    test(`${lang}: ${q} → a plain "no results" message`, async () => {
      const { page, errors } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
      expect(expectedPages(lang, q)).toEqual([]);
      const { shown, status } = await results(page, q);
      expect(shown).toEqual([]);
      expect(status).toBe(t(lang, 'search.none', { q }));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

test('the query lives in the URL: reload restores it, the back button returns to the previous search', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  // Two glossary terms the text uses (read from the content, so a revision changes the words, not the test).
  const [q1, q2] = [usedTerm('zh', 0), usedTerm('zh', 1)];
  await page.goto(`${baseUrl}zh/search/?q=${encodeURIComponent(q1)}`);
  const first = await results(page, q1);
  expect(first.shown.length).toBeGreaterThan(0);
  await page.reload();
  const again = await results(page, q1);
  expect(again.shown).toEqual(first.shown);
  expect(await page.inputValue('#search-q')).toBe(q1);

  await page.fill('#search-q', q2);
  await page.press('#search-q', 'Enter');
  const second = await results(page, q2);
  expect(new URL(page.url()).searchParams.get('q')).toBe(q2);
  expect(second.shown.map((r) => r.path).sort()).toEqual(nonEmpty('zh', q2));

  await page.goBack();
  const back = await results(page, q1);
  expect(back.shown).toEqual(first.shown);
  expect(await page.inputValue('#search-q')).toBe(q1);
  await page.goForward();
  await results(page, q2);
  expect(errors).toEqual([]);
  await page.close();
});

test('a filter narrows the results, and is kept in the URL', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  // A glossary term (else a word of a task's title) that main-task pages and other pages contain.
  const isTask = (p: string) => /^\/zh\/tasks\/\d+\/$/.test(p);
  const titleWords = [...(readFacts().tasks.length ? taskTitle() : '').matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!);
  const found = [...usedTerms('zh'), ...titleWords].find((w) => {
    const pages = expectedPages('zh', w);
    return pages.some(isTask) && pages.some((p) => !isTask(p));
  });
  expect(found, 'a word on main-task pages and on other pages').toBeDefined();
  const q = found!;
  await page.goto(`${baseUrl}zh/search/?q=${encodeURIComponent(q)}`);
  const all = await results(page, q);
  const taskType = t('zh', 'search.type.task');
  await page.selectOption('#search-type', taskType);
  const narrowed = await results(page, q);
  expect(narrowed.shown.length).toBeGreaterThan(0);
  expect(narrowed.shown.length).toBeLessThan(all.shown.length);
  for (const r of narrowed.shown) expect(r.path).toMatch(/^\/zh\/tasks\/\d+\/$/);
  expect(narrowed.shown.map((r) => r.path).sort()).toEqual(expectedPages('zh', q).filter(isTask));
  expect(new URL(page.url()).searchParams.get('type')).toBe(taskType);

  // One task area whose content holds the query: the option its page names as its task filter.
  const options = await page.$$eval('#search-task option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const taskPages = nonEmpty('zh', q).filter(isTask);
  const filterValue = (path: string) => /data-pagefind-filter="task\[data-value\]" data-value="([^"]*)"/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1];
  const taskPage = taskPages.find((p) => options.includes(filterValue(p) ?? ''));
  expect(taskPage, `a task page with ${q} whose filter value is one of the options ${options.join(', ')}`).toBeDefined();
  await page.selectOption('#search-task', filterValue(taskPage!)!);
  const one = await results(page, q);
  expect(one.shown.map((r) => r.path)).toEqual([taskPage]);

  await page.reload();
  const restored = await results(page, q);
  expect(restored.shown).toEqual(one.shown);
  expect(await page.inputValue('#search-type')).toBe(taskType);
  expect(errors).toEqual([]);
  await page.close();
});

test('the Chinese search never returns English pages, and the reverse', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  // Words that occur on pages of both languages (Latin words of the Chinese text; Chinese terms on the English glossary).
  const cases = crossLanguageQueries();
  expect(cases.length, 'words on pages of both languages').toBeGreaterThan(0);
  for (const [lang, q] of cases) {
    const other = lang === 'zh' ? 'en' : 'zh';
    expect(expectedPages(other, q).length, `${q} is on ${other} pages too`).toBeGreaterThan(0);
    await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
    const { shown } = await results(page, q);
    expect(shown.length, `${lang} ${q}`).toBeGreaterThan(0);
    for (const r of shown) expect(r.path.startsWith(`/${lang}/`), `${lang} ${q}: ${r.path}`).toBe(true);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('keyboard only: the header search box, the results, and a result opened with the term highlighted in view', async () => {
  const { page, errors } = await watchedPage(chromium.browser, { viewport: { width: 1000, height: 700 } });
  await page.goto(`${baseUrl}zh/glossary/`);
  // Tab from the top of the page to the header's search field.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'site-search-q')) break;
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  const q = usedTerm('zh');
  await page.keyboard.type(q);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zh\/search\/\?q=/);
  const { shown } = await results(page, q);
  expect(shown.map((r) => r.path).sort()).toEqual(nonEmpty('zh', q));
  // From the search field, Tab reaches the first result's link.
  await page.focus('#search-q');
  let onResult = false;
  for (let i = 0; i < 8 && !onResult; i++) {
    await page.keyboard.press('Tab');
    onResult = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
  }
  expect(onResult).toBe(true);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await page.waitForURL(href);
  expect(new URL(page.url()).searchParams.get('hl')).toBe(q);
  await page.waitForFunction(() => document.documentElement.dataset['highlighted']);
  const marks = await page.$$eval('main mark.search-hit', (ms) => ms.map((m) => m.textContent));
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(squash(m ?? '')).toBe(squash(q));
  const current = page.locator('main mark.search-hit-current');
  expect(await current.count()).toBe(1);
  const inView = await current.evaluate((m) => {
    const r = m.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('sub-results link to the heading the term appears under, and the page marks the term after it', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  for (const lang of ['zh', 'en'] as const) {
    // The first glossary term the text uses whose results have passages under headings.
    let q = '';
    let links: string[] = [];
    for (const term of usedTerms(lang)) {
      await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(term)}`);
      await results(page, term);
      links = await page.$$eval('#search-results .search-passages a[href*="#"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      q = term;
      if (links.length) break;
    }
    expect(links.length, `${lang}: no term's results link to a heading`).toBeGreaterThan(0);
    for (const href of links) {
      // As from the results page: a new document each time (two passages of one page differ only by their #).
      await page.goto('about:blank');
      await page.goto(href);
      const id = decodeURIComponent(new URL(href).hash.slice(1));
      expect(new URL(href).searchParams.get('hl')).toBe(q);
      await page.waitForFunction(() => document.documentElement.dataset['highlighted']);
      const where = await page.evaluate((target) => {
        const heading = document.getElementById(target);
        const mark = document.querySelector('mark.search-hit-current');
        return {
          tag: heading?.tagName,
          after: !!heading && !!mark && (heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        };
      }, id);
      // A chapter's title (h1) has its own permalink anchor too, so a sub-result may point at it.
      expect(where.tag, href).toMatch(/^H[1-6]$/);
      expect(where.after, href).toBe(true);
    }
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('an English result opened from search shows the term highlighted', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  const q = usedTerm('en');
  await page.goto(`${baseUrl}en/search/?q=${encodeURIComponent(q)}`);
  await results(page, q);
  await page.click('#search-results > li:first-child h2 a');
  await page.waitForFunction(() => document.documentElement.dataset['highlighted']);
  const marks = await page.$$eval('main mark.search-hit', (ms) => ms.map((m) => m.textContent ?? ''));
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(contains(m, q)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('a term at the end of a table cell is highlighted: the next cell’s text does not run on into it (every English indicator name on the targets page)', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  const names = Object.values((parse(readFileSync('content/en/targets.yaml', 'utf8')) as { indicators: Record<string, string> }).indicators);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    // The last word of the name ends its cell ("… incubators" | "reach 3").
    const last = name.split(' ').at(-1)!;
    await page.goto(`${baseUrl}en/targets/?hl=${encodeURIComponent(last)}`);
    await page.waitForFunction(() => document.documentElement.dataset['highlighted'], undefined, { timeout: 10_000 });
    const marked = await page.$$eval('table.targets-table th[scope="row"] mark.search-hit', (ms) => ms.map((m) => m.closest('th')?.textContent ?? ''));
    expect(marked, `${last} in “${name}”`).toContain(name);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('the search page with results is readable at 375 px without horizontal scrolling', async () => {
  const { page } = await watchedPage(chromium.browser, { viewport: { width: 375, height: 800 } });
  for (const lang of ['zh', 'en'] as const) {
    // The term with the most results: the longest list of excerpts.
    const q = [...usedTerms(lang)].sort((a, b) => expectedPages(lang, b).length - expectedPages(lang, a).length)[0]!;
    await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
    await results(page, q);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, lang).toBeLessThanOrEqual(0);
  }
  await page.close();
});

describe('search box on every page, and without JavaScript', () => {
  // Every page's header has the search form (action, method, field, label): every-page.test.ts.

  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: without JavaScript the box leads to the search page, which says search needs JavaScript and links to the contents`, async () => {
      const { page, errors } = await watchedPage(chromium.browser, { javaScriptEnabled: false });
      await page.goto(`${baseUrl}${lang}/`);
      await page.fill('#site-search-q', usedTerm(lang));
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
      const notice = page.locator('.search-nojs');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain(t(lang, 'search.noscript'));
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const [, p] of MAIN_SECTIONS) expect(links).toContain(`/${lang}/${p}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('reading pages load no search code until the reader searches', async () => {
    const { page } = await watchedPage(chromium.browser);
    const tracker = trackRequests(page);
    await page.goto(`${baseUrl}zh/plan/part-${firstPart()}/`);
    // Every request the page started has ended (no fixed wait: the tracker knows what is in flight).
    await tracker.idle({ quietMs: 200 });
    const loaded = tracker.requests.map((r) => new URL(r.url()).pathname);
    tracker.dispose();
    // Only the highlighter's loader (a few hundred bytes): no Pagefind, no highlighter, no search page code.
    expect(loaded.filter((p) => p.startsWith('/pagefind/') || /highlight-run|search\.astro/.test(p))).toEqual([]);
    // (besides the display-settings script, src/client/display.js, and read aloud's loader)
    expect(loaded.filter((p) => p.endsWith('.js') && !/\/_astro\/display\.[\w-]+\.js$/.test(p) && !/\/ReadAloud[\w.-]*\.js$/.test(p))).toHaveLength(1);
    await page.close();
  });
});
