/**
 * No dead ends (issue #21): when the exact phrase finds nothing, the search page shows, below an empty
 * exact answer, the pages holding every word of the query (labelled, every word marked, never counted
 * as exact results), and the nearest glossary terms, each leading to its exact search.
 * The queries are made from the content and the glossary here (two glossary terms that meet on a page
 * but never side by side; a term's name with a character left out; a related word), never typed.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { contains, contentPages, glossaryTerms, pagesContaining, searchedAs } from '../support/ground-truth.ts';
import { submitSearch } from '../support/search.ts';
import { t } from '../../src/i18n/index.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const content = contentPages();
const terms = glossaryTerms();
type Lang = 'zh' | 'en';
const LANGS = ['zh', 'en'] as const;

/** Every wording of the glossary in `lang` (terms, searchable aliases, related words). */
const wordings = (lang: Lang) => terms.flatMap((g) => [g[lang], ...searchedAs(g, lang), ...(g.related?.[lang] ?? [])]);
const pagesOf = (lang: Lang, q: string) => pagesContaining(content, lang, q).filter((p) => !p.endsWith('/glossary/'));

/**
 * Two glossary terms used in `lang` that share a page but never stand side by side (so the query made
 * of both finds nothing exact), and whose joined wording holds no other glossary wording across the join.
 */
function pairOfTerms(lang: Lang): { a: string; b: string; q: string } {
  const used = terms.map((g) => g[lang]).filter((w) => pagesOf(lang, w).length > 0 && (lang === 'en' || [...w].length >= 2));
  const all = wordings(lang);
  for (const a of used) {
    for (const b of used) {
      if (a === b || contains(a, b) || contains(b, a)) continue;
      const q = lang === 'zh' ? `${a}${b}` : `${a} ${b}`;
      if (pagesContaining(content, lang, q).length) continue;
      if (!pagesOf(lang, a).some((p) => pagesOf(lang, b).includes(p))) continue;
      if (all.some((x) => contains(q, x) && !contains(a, x) && !contains(b, x))) continue;
      return { a, b, q };
    }
  }
  throw new Error(`no two glossary terms of the ${lang} content meet on a page apart`);
}

async function fallbackView(page: Page) {
  return page.evaluate(() => ({
    shown: !(document.getElementById('search-fallback') as HTMLElement).hidden,
    label: document.getElementById('search-fallback-label')?.textContent ?? '',
    rows: [...document.querySelectorAll('#search-fallback-results > li')].map((li) => ({
      path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      marks: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
    suggestions: (document.getElementById('search-suggest') as HTMLElement).hidden
      ? []
      : [...document.querySelectorAll('#search-suggest a')].map((a) => ({ text: a.textContent ?? '', q: new URL((a as HTMLAnchorElement).href).searchParams.get('q') })),
  }));
}

const quoteList = (lang: Lang, words: string[]) => {
  const q = words.map((w) => `“${w}”`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(t(lang, 'search.wordsSep'))}${t(lang, 'search.wordsAnd')}${q.at(-1)}`;
};

describe('all words: the pages holding every word of a query that finds nothing as a phrase', () => {
  for (const lang of LANGS) {
    test(`${lang}: two terms that meet on a page apart`, async () => {
      const { a, b, q } = pairOfTerms(lang);
      const want = pagesContaining(content, lang, a).filter((p) => pagesContaining(content, lang, b).includes(p));
      const { page, errors } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/search/`);
      const r = await submitSearch(page, q);
      // The exact answer is still exact: nothing, said as the site knows it, and counted as nothing.
      expect(r.rows).toEqual([]);
      expect(r.count).toBe(0);
      expect(r.status).toBe(t(lang, 'search.none', { q }));
      const view = await fallbackView(page);
      expect(view.shown, q).toBe(true);
      expect(view.label).toBe(t(lang, 'search.fallbackAll', { words: quoteList(lang, [a, b]) }));
      expect(view.rows.map((x) => x.path).sort(), q).toEqual(want);
      // Each word is marked on every page listed.
      for (const row of view.rows) {
        for (const w of [a, b]) expect(row.marks.some((m) => contains(m, w)), `${row.path}: ${w} marked (${row.marks.join(' | ')})`).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('en: another form of a word finds the pages with the word (incubation ~ incubators)', async () => {
    // Words of the English content ending in -ator(s) whose -ation form no page has.
    const words = [...new Set(content.filter((p) => p.lang === 'en').flatMap((p) => p.text.match(/\b[a-z]{3,}ators?\b/g) ?? []))];
    const cases = words.map((w) => ({ w, q: w.replace(/ators?$/, 'ation') })).filter(({ q }) => pagesContaining(content, 'en', q).length === 0);
    expect(cases.length, 'an English word ending in -ator with no -ation form in the content').toBeGreaterThan(0);
    const { w, q } = cases[0]!;
    const want = pagesContaining(content, 'en', w.replace(/s$/, ''));
    const { page, errors } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl}en/search/`);
    const r = await submitSearch(page, q);
    expect(r.rows).toEqual([]);
    const view = await fallbackView(page);
    expect(view.label).toBe(t('en', 'search.fallbackForms', { words: quoteList('en', [q]) }));
    expect(view.rows.map((x) => x.path).sort()).toEqual(want);
    for (const row of view.rows) expect(row.marks.length, row.path).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a query no page has any word of shows no fallback and no suggestion', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    for (const [lang, q] of [['zh', '量子纠缠'], ['en', 'quantum entanglement']] as const) {
      expect(pagesContaining(content, lang, q)).toEqual([]);
      await page.goto(`${baseUrl}${lang}/search/`);
      await submitSearch(page, q);
      const view = await fallbackView(page);
      expect(view.shown).toBe(false);
      expect(view.suggestions).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('nearest terms', () => {
  /** A Chinese term of five characters or more, used in the content, with one inner character left out (科创走廊 for 浙中科创大走廊-like names). */
  const partial = (() => {
    for (const g of terms) {
      const chars = [...g.zh];
      if (chars.length < 5 || !pagesOf('zh', g.zh).length) continue;
      for (let i = 1; i < chars.length - 1; i++) {
        const q = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
        if (!pagesContaining(content, 'zh', q).length && !wordings('zh').some((w) => contains(w, q) || contains(q, w))) return { term: g, q };
      }
    }
    throw new Error('no Chinese term of five characters or more that the content uses');
  })();

  test('part of a term’s name: the term is offered, and leads to its exact search', async () => {
    const { term, q } = partial;
    const { page, errors } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl}zh/search/`);
    const r = await submitSearch(page, q);
    expect(r.rows).toEqual([]);
    const view = await fallbackView(page);
    expect(view.suggestions.map((s) => s.q), q).toContain(term.zh);
    expect(await page.textContent('#search-suggest')).toContain(t('zh', 'search.suggest'));
    // Following it is the exact search for the term, in place, with the URL to share.
    await page.locator('#search-suggest a', { hasText: term.zh }).first().click();
    await page.waitForFunction((want) => document.getElementById('search')?.dataset['query'] === want && document.getElementById('search')?.dataset['state'] === 'done', term.zh);
    expect(new URL(page.url()).searchParams.get('q')).toBe(term.zh);
    const paths = await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
    expect(paths.sort()).toEqual(pagesContaining(content, 'zh', term.zh));
    expect((await fallbackView(page)).suggestions).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a related word is not searched as its term: it only offers the term, first', async () => {
    const cases = LANGS.flatMap((lang) =>
      terms.flatMap((g) => (g.related?.[lang] ?? []).filter((w) => !pagesContaining(content, lang, w).length && pagesOf(lang, g[lang]).length).map((w) => ({ lang, g, w }))),
    );
    expect(cases.length, 'a related word that no page has, of a term the content uses').toBeGreaterThan(0);
    const { page, errors } = await watchedPage(chromium.browser);
    for (const { lang, g, w } of cases) {
      await page.goto(`${baseUrl}${lang}/search/`);
      const r = await submitSearch(page, w);
      expect(r.rows, `${lang}: ${w}`).toEqual([]);
      expect(r.card, `${lang}: ${w}`).toBeNull();
      const view = await fallbackView(page);
      expect(view.suggestions[0]?.q, `${lang}: ${w}`).toBe(g[lang]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('an alias inside a longer query: beside its exact results, the term itself leads to its exact search', async () => {
  // From the content: a Chinese term followed by two characters on some page (term + X), but not
  // everywhere it occurs; the query is one of its searchable aliases + X, which no page has as typed.
  const cases = terms.flatMap((g) =>
    searchedAs(g, 'zh')
      .filter((a) => !contains(a, g.zh) && !pagesContaining(content, 'zh', a).length)
      .flatMap((a) =>
        content
          .filter((p) => p.lang === 'zh')
          .flatMap((p) => [...p.text.matchAll(new RegExp(`${g.zh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\p{Script=Han}{2})`, 'gu'))].map((m) => m[1]!))
          .filter((x) => !pagesContaining(content, 'zh', `${a}${x}`).length && pagesOf('zh', g.zh).some((p) => !pagesContaining(content, 'zh', `${g.zh}${x}`).includes(p)))
          .map((x) => ({ g, q: `${a}${x}` })),
      ),
  );
  expect(cases.length, 'a Chinese term with an alias, followed on some page by two characters').toBeGreaterThan(0);
  const { g, q } = cases[0]!;
  const { page, errors } = await watchedPage(chromium.browser);
  await page.goto(`${baseUrl}zh/search/`);
  const r = await submitSearch(page, q, 30_000, { firstView: false });
  expect(r.rows.length, q).toBeGreaterThan(0);
  const view = await fallbackView(page);
  expect(view.shown).toBe(false);
  expect(view.suggestions.map((s) => s.q), q).toEqual([g.zh]);
  expect(await page.textContent('#search-suggest')).toContain(t('zh', 'search.suggestTerm'));
  // A query that names a term as a whole has its card instead.
  await submitSearch(page, g.zh);
  expect((await fallbackView(page)).suggestions).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
