/**
 * One crawl of every page (both languages, the root chooser and the 404 page), served by nginx with
 * docs/nginx.conf, in the default display mode. Each page is visited once; everything the checks
 * below need is read during that visit: the response, the Content-Security-Policy violations, what
 * the page contains, full axe-core (WCAG 2.0/2.1/2.2 A/AA + best practice) and the skip link.
 * (Other display modes: a11y.test.ts.)
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { allPages, axe, langPages, NOT_FOUND, open, readable, TAGS, type AxeViolation } from '../support/axe.ts';
import { nginxCsp } from '../support/csp.ts';
import { cspViolations, recordCspViolations, trackRequests } from '../support/network.ts';
import { nonEmpty } from '../support/assert.ts';
import { readFacts } from '../support/content-facts.ts';
import { t } from '../../src/i18n/index.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Front matter of a content file, read independently of the site code. */
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!, { schema: 'core' }) as Record<string, unknown>;

const baseUrl = inject('baseUrl');
const csp = nginxCsp();
const chromium = useBrowser();
const PAGES = allPages();
const LANG_PAGES = langPages();
/** A later page of a term's passages (src/model/pages.ts `term`). */
const LATER_TERM_PAGE = /^(zh|en)\/glossary\/[^/]+\/\d+\/$/;

/** What one visit of a page found. */
interface Visit {
  status: number | undefined;
  cspHeader: string | undefined;
  csp: string[];
  axe: AxeViolation[];
  dom: Awaited<ReturnType<typeof readDom>>;
  skipLinkFirst: boolean;
  skipLinkTarget: string | undefined;
}

const readDom = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const attr = (sel: string, name: string) => document.querySelector(sel)?.getAttribute(name) ?? null;
    const count = (sel: string) => document.querySelectorAll(sel).length;
    return {
      lang: document.documentElement.getAttribute('lang'),
      h1: count('h1'),
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      scripts: {
        external: [...document.querySelectorAll('script[src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname),
        inline: [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      },
      canonical: attr('link[rel="canonical"]', 'href'),
      description: attr('meta[name="description"]', 'content'),
      og: {
        url: attr('meta[property="og:url"]', 'content'),
        title: attr('meta[property="og:title"]', 'content'),
        description: attr('meta[property="og:description"]', 'content'),
        locale: attr('meta[property="og:locale"]', 'content'),
      },
      feed: attr('head link[rel="alternate"][type="application/rss+xml"]', 'href'),
      landmarks: { header: count('header.site-header'), main: count('main#main'), footer: count('footer'), nav: count('nav.site-nav') },
      tables: [...document.querySelectorAll('table')].map((t) => ({ caption: !!t.querySelector('caption')?.textContent?.trim(), unscoped: t.querySelectorAll('th:not([scope])').length })),
      langLinks: [...document.querySelectorAll('a[hreflang]')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang')]),
      accessibilityLinks: ['zh', 'en'].map((l) => count(`footer a[href="/${l}/accessibility/"]`)),
      lastUpdated: {
        datetime: attr('[data-last-updated] time[datetime]', 'datetime'),
        label: document.querySelector('[data-last-updated]')?.textContent ?? null,
        published: attr('.page-dates time', 'datetime'),
      },
      langSwitch: [...document.querySelectorAll('a[data-lang-switch]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      searchForms: [...document.querySelectorAll('header form[role="search"]')].map((f) => ({
        action: new URL((f as HTMLFormElement).action).pathname,
        method: (f as HTMLFormElement).method,
        input: f.querySelector('input[name="q"]') !== null,
        label: f.querySelector('label')?.textContent,
      })),
    };
  });

const visits = new Map<string, Visit>();
let consoleErrors: string[] = [];
let offSite: string[] = [];

beforeAll(async () => {
  const { page, errors, external } = await watchedPage(chromium.browser);
  await recordCspViolations(page);
  const tracker = trackRequests(page);
  for (const path of PAGES) {
    const response = await open(page, baseUrl, path);
    const violations = await cspViolations(page, tracker);
    const dom = await readDom(page);
    const axeViolations = await axe(page, { tags: TAGS });
    // The skip link: the first Tab stop, and Enter moves focus to <main>.
    await page.keyboard.press('Tab');
    const skipLinkFirst = await page.evaluate(() => !!document.activeElement?.classList.contains('skip-link'));
    if (skipLinkFirst) await page.keyboard.press('Enter');
    const skipLinkTarget = await page.evaluate(() => document.activeElement?.id);
    visits.set(path, { status: response?.status(), cspHeader: response?.headers()['content-security-policy'], csp: violations, axe: axeViolations, dom, skipLinkFirst, skipLinkTarget });
  }
  tracker.dispose();
  consoleErrors = errors;
  offSite = external;
  await page.close();
}, 600_000);

const visit = (path: string) => {
  const v = visits.get(path);
  if (!v) throw new Error(`${path} was not visited`);
  return v;
};

test('the crawl visited every built page of both languages, the root and the 404 page; every Part, main task and source of the content has its page', () => {
  // The same pages in both languages, but a term's later pages of passages (glossary/<id>/<n>/): each language's text fills its own number.
  const same = (l: string) => LANG_PAGES.filter((p) => p.startsWith(`${l}/`) && !LATER_TERM_PAGE.test(p)).map((p) => p.slice(3));
  const zh = same('zh');
  expect(same('en')).toEqual(zh);
  const facts = readFacts();
  const sources = (parse(readFileSync('sources/manifest.yaml', 'utf8'), { schema: 'core' }) as { documents: { id: string }[] }).documents;
  const own = [...facts.chapters.map((c) => `plan/part-${c.number}/`), ...facts.tasks.map((x) => `tasks/${x.number}/`), ...sources.map((d) => `sources/${d.id}/`)];
  expect(zh).toEqual(expect.arrayContaining([...nonEmpty(own, 'content files')]));
  expect([...visits.keys()]).toEqual(PAGES);
  expect(PAGES).toContain('');
  expect(PAGES).toContain(NOT_FOUND);
});

describe('every page', () => {
  test('returns 200 (the 404 page 404), has the right <html lang>, hreflang alternates and one h1', () => {
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const { status, dom } = visit(path);
      expect(status, path).toBe(200);
      expect(dom.lang, path).toBe(path.startsWith('zh/') ? 'zh-CN' : 'en');
      const rest = path.slice(3);
      // Alternates name the same page in each language, where the other language has it (a term's later pages may not).
      const counterpart = LANG_PAGES.includes(`${path.startsWith('zh/') ? 'en' : 'zh'}/${rest}`);
      expect(dom.alternates, path).toEqual(
        expect.arrayContaining(
          counterpart
            ? [
                ['zh-CN', `/zh/${rest}`],
                ['en', `/en/${rest}`],
                ['x-default', `/zh/${rest}`],
              ]
            : [[path.startsWith('zh/') ? 'zh-CN' : 'en', `/${path}`]],
        ),
      );
      if (!counterpart) expect(LATER_TERM_PAGE.test(path), path).toBe(true);
      expect(dom.h1, path).toBe(1);
    }
    expect(visit(NOT_FOUND).status).toBe(404);
    expect(visit(NOT_FOUND).dom.h1).toBe(1);
  });

  test('no console errors but the one 404 visited on purpose, no request off 127.0.0.1', () => {
    expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    expect(consoleErrors.filter((e) => e.includes('status of 404'))).toHaveLength(1);
    expect(offSite).toEqual([]);
  });

  test('is sent with the Content-Security-Policy of docs/nginx.conf and loads under it without a violation', () => {
    const found: string[] = [];
    for (const path of nonEmpty(PAGES, 'pages')) {
      expect(visit(path).cspHeader, path).toBe(csp);
      found.push(...visit(path).csp.map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  test(`axe-core finds no violations (${TAGS.join(', ')})`, () => {
    const problems = nonEmpty(PAGES, 'pages')
      .filter((path) => visit(path).axe.length)
      .map((path) => readable(path, visit(path).axe));
    expect(problems.join('\n\n')).toBe('');
  });

  test('skip link first, landmarks, one h1, captions and header scopes, language links carry lang, statement linked from the footer', () => {
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const { dom, skipLinkFirst, skipLinkTarget } = visit(path);
      expect(skipLinkFirst, `${path}: skip link is the first stop`).toBe(true);
      expect(skipLinkTarget, `${path}: skip link moves focus to main`).toBe('main');
      expect(dom.landmarks, path).toEqual({ header: 1, main: 1, footer: 1, nav: 1 });
      expect(dom.h1, path).toBe(1);
      for (const table of dom.tables) expect(table, path).toEqual({ caption: true, unscoped: 0 });
      expect(dom.langLinks.length, path).toBeGreaterThan(0);
      for (const [hreflang, lang] of dom.langLinks) expect(lang, path).toBe(hreflang);
      expect(dom.accessibilityLinks[path.startsWith('zh/') ? 0 : 1], `${path}: footer links to the accessibility statement`).toBe(1);
    }
  });

  /** The display settings script (src/client/display.js), served under its hashed name. */
  const isDisplayScript = (src: string) => /^\/_astro\/display\.[\w-]+\.js$/.test(src);
  test('reading pages ship no JavaScript but the small display script (and the search highlighter loader): no inline scripts or handlers', () => {
    const seen = new Set<string>();
    // Reading pages: every page but search (which may load its own script where search is open).
    for (const path of nonEmpty(LANG_PAGES.filter((p) => !/\/search\/$/.test(p)), 'reading pages')) {
      const { scripts } = visit(path).dom;
      expect(scripts.inline, path).toBe(0);
      expect(scripts.handlers, path).toBe(0);
      for (const s of scripts.external) seen.add(s);
      expect(scripts.external.filter(isDisplayScript), path).toHaveLength(1);
    }
    // display.js, the search highlighter's tiny loader (it fetches more only for ?hl= visits from search results)
    // and read aloud's (it fetches the reader only when 朗读本页 / Read aloud is pressed).
    expect([...seen].filter((src) => !isDisplayScript(src) && !/^\/_astro\/(SearchHighlight|ReadAloud)[\w.-]*\.js$/.test(src))).toEqual([]);
    expect([...seen].some(isDisplayScript)).toBe(true);
  });

  test('has a description (a Part’s or main task’s own, from its content file), a canonical address and Open Graph tags that match it', () => {
    let own = 0;
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const { canonical, description, og } = visit(path).dom;
      expect(new URL(canonical!).pathname, path).toBe(`/${path}`);
      expect(description?.trim(), path).toBeTruthy();
      // A Part or a main task describes itself with words of its own file (any length staff give them), not the site's.
      const m = /^(zh|en)\/(?:plan\/part-(\d+)|tasks\/(\d+))\/$/.exec(path);
      if (m) {
        const fm = frontMatter(`content/${m[1]}/${m[2] ? 'chapters' : 'tasks'}/${m[2] ?? m[3]}.md`);
        expect(Object.values(fm).filter((v) => typeof v === 'string'), path).toContain(description);
        own += 1;
      }
      expect(og.url, path).toBe(canonical);
      expect(og.title, path).toBeTruthy();
      expect(og.description, path).toBe(description);
      expect(og.locale, path).toBe(path.startsWith('zh/') ? 'zh_CN' : 'en_US');
    }
    expect(own, 'Part and main-task pages were among them').toBeGreaterThan(0);
  });

  test('has one language switch, to the same page in the other language (following it: site.test.ts)', () => {
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const other = path.startsWith('zh/') ? 'en' : 'zh';
      expect(visit(path).dom.langSwitch, path).toEqual([`/${other}/${path.slice(3)}`]);
    }
  });

  test('has a search form in its header that leads to its own language’s search page', () => {
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const lang = path.slice(0, 2) as 'zh' | 'en';
      expect(visit(path).dom.searchForms, path).toEqual([{ action: `/${lang}/search/`, method: 'get', input: true, label: t(lang, 'search.label') }]);
    }
  });

  test('shows its date in a <time datetime>, the updated date only when later; chapter and task pages show their own front-matter dates', () => {
    const ISO = /^\d{4}-\d{2}-\d{2}$/;
    let own = 0;
    for (const path of nonEmpty(LANG_PAGES, 'pages')) {
      const lang = path.slice(0, 2) as 'zh' | 'en';
      const { datetime, label, published } = visit(path).dom.lastUpdated;
      expect(datetime, path).toMatch(ISO);
      // One date when the page never changed; the updated date, labelled, only when it is later.
      expect(label, path).toContain(t(lang, datetime === published ? 'revision.published' : 'revision.updated'));
      if (datetime === published) expect(label, path).not.toContain(t(lang, 'revision.updated'));
      const m = /^(zh|en)\/(?:plan\/part-(\d+)|tasks\/(\d+))\/$/.exec(path);
      if (m) {
        const fm = frontMatter(`content/${m[1]}/${m[2] ? 'chapters' : 'tasks'}/${m[2] ?? m[3]}.md`);
        const changes = (fm.changes as { date: string; minor?: boolean }[] | undefined) ?? [];
        // A date whose only change notes are minor is not shown as an update (GOV.UK's minor changes).
        const minorOnly = (d: string) => changes.some((c) => c.date === d) && changes.every((c) => c.date !== d || c.minor === true);
        const expected = [fm.published as string, ...(fm.updated ? [fm.updated as string] : []), ...changes.map((c) => c.date)]
          .filter((d) => d === fm.published || !minorOnly(d))
          .sort()
          .at(-1);
        expect(datetime, path).toBe(expected);
        expect(published, path).toBe(fm.published);
        own += 1;
      }
    }
    expect(own, 'chapter and task pages were among them').toBeGreaterThan(0);
  });

  test('links the Revisions feed of its language', () => {
    for (const path of nonEmpty(LANG_PAGES, 'pages')) expect(visit(path).dom.feed, path).toBe(`/${path.slice(0, 2)}/rss.xml`);
  });
});
