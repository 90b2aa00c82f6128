/**
 * The frame every page shares, on the built site: the government <meta> tags (《政府网站发展指引》),
 * the 当前位置 breadcrumb, the source line, the not-found page's print header. The pages and their
 * titles come from the page model (src/model/pages.ts); what a tag must say is read back from what the
 * page itself shows (its header, menu, dates, source line, text), the settings from the environment
 * the site was built in, never typed here.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHTML } from 'entities';
import { parse } from 'yaml';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { DIST } from '../support/site.ts';
import { nonEmpty } from '../support/assert.ts';
import { loadProject } from '../../src/checker/node.ts';
import { sitePages, type Page } from '../../src/model/pages.ts';
import { t } from '../../src/i18n/index.ts';
import { GOV_META_LIST_SEP } from '../../src/lib/gov-meta.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const LANGS = ['zh', 'en'] as const;
const site = loadProject(resolve('.')).content;
const pages = LANGS.flatMap((lang) => sitePages(site, lang));
const html = (p: Page) => readFileSync(join(DIST, p.lang, p.path, 'index.html'), 'utf8');
const text = (fragment: string) => decodeHTML(fragment.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
const metas = (doc: string) => Object.fromEntries([...doc.matchAll(/<meta name="([A-Za-z]+)" content="([^"]*)"/g)].map((m) => [m[1]!, decodeHTML(m[2]!)]));
const manifest = parse(readFileSync('sources/manifest.yaml', 'utf8'), { schema: 'core' }) as { documents: { id: string; title: string; en: { title: string } }[] };
const glossary = parse(readFileSync('content/data/glossary.yaml', 'utf8'), { schema: 'core' }) as { terms: { zh: string; en: string }[] };
/** The reading pages: the article tags are required there. */
const READING = ['chapter', 'task', 'notes', 'targets'];
/** The home page, the lists of pages and the page histories: no article tags. */
const LISTS = ['home', 'plan', 'tasks', 'search', 'revisions', 'history'];

describe('government page metadata', () => {
  test('every page of the model carries the site’s tags; settings not set leave theirs out', () => {
    const code = process.env.PLAN_SITE_CODE?.trim();
    const host = process.env.PLAN_SITE?.trim() ? new URL(process.env.PLAN_SITE).host : undefined;
    for (const p of nonEmpty(pages, 'pages of the model')) {
      const doc = html(p);
      const m = metas(doc);
      const where = `${p.lang}/${p.path}`;
      expect(m.SiteName, where).toBe(text(/<a class="site-title"[^>]*>([\s\S]*?)<\/a>/.exec(doc)![1]!));
      expect(m.SiteIDCode, where).toBe(code || undefined);
      expect(m.SiteDomain, where).toBe(host);
      expect(m.Description, where).toBe(decodeHTML(/<meta name="description" content="([^"]*)"/.exec(doc)![1]!));
      // Every {placeholder} of the interface string filled (a page without its own description has the site's).
      expect(m.Description, where).not.toMatch(/\{\w+\}/);
      // The column is the section the menu marks as the one the page is in (none for the home page and pages outside the menu).
      const current = [.../<nav class="site-nav"[\s\S]*?<\/nav>/.exec(doc)![0].matchAll(/<a href="([^"]*)" aria-current="(?:page|true)">([\s\S]*?)<\/a>/g)].filter((a) => a[1] !== `/${p.lang}/`);
      expect(m.ColumnName, where).toBe(current[0] ? text(current[0][2]!) : undefined);
    }
  });

  test('article pages: title, date shown, every official text the source line cites, keywords the page uses', () => {
    let checked = 0;
    for (const p of pages) {
      const doc = html(p);
      const m = metas(doc);
      const where = `${p.lang}/${p.path}`;
      if (LISTS.includes(p.kind)) {
        expect([m.ArticleTitle, m.PubDate, m.ContentSource], where).toEqual([undefined, undefined, undefined]);
        continue;
      }
      if (!READING.includes(p.kind) && !m.ArticleTitle) continue;
      checked++;
      expect(m.ArticleTitle, where).toBe(p.title);
      const published = /<div class="page-dates">[\s\S]*?<time datetime="([^"]+)"/.exec(doc)?.[1];
      expect(m.PubDate, where).toBe(published);
      const note = /<p class="source-note"[\s\S]*?<\/p>/.exec(doc)?.[0] ?? '';
      for (const id of new Set([...note.matchAll(/\/sources\/([^/"#]+)\//g)].map((x) => x[1]!))) {
        const d = manifest.documents.find((x) => x.id === id)!;
        expect(m.ContentSource, where).toContain(p.lang === 'zh' ? d.title : d.en.title);
      }
      const main = text(/<main[\s\S]*<\/main>/.exec(doc)![0]).toLowerCase();
      const terms = new Set(glossary.terms.map((x) => x[p.lang]));
      for (const k of m.Keywords ? m.Keywords.split(GOV_META_LIST_SEP[p.lang]) : []) {
        expect(terms.has(k), `${where}: keyword ${k} is a glossary term`).toBe(true);
        expect(main, `${where}: keyword ${k} is in the page`).toContain(k.toLowerCase());
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('当前位置 / breadcrumb', () => {
  test('every page but the home page: home first, its menu section when it is below one, the page itself last', () => {
    for (const p of pages.filter((x) => x.kind !== 'home')) {
      const where = `${p.lang}/${p.path}`;
      const nav = /<nav class="breadcrumb" aria-label="([^"]*)"[\s\S]*?<\/nav>/.exec(html(p));
      expect(nav?.[1], where).toBe(t(p.lang, 'breadcrumb.label'));
      const items = [...nav![0].matchAll(/<li([^>]*)>([\s\S]*?)<\/li>/g)];
      const links = items.slice(0, -1).map((i) => /href="([^"]*)"/.exec(i[2]!)?.[1]);
      expect(links[0], where).toBe(`/${p.lang}/`);
      expect(text(items[0]![2]!), where).toBe(t(p.lang, 'nav.home'));
      expect(items.at(-1)![1], where).toContain('aria-current="page"');
      expect(items.at(-1)![2], where).not.toContain('<a ');
      // The menu section above the page, if any, is linked (its own page ends the trail with its name).
      const section = pages.find((s) => s.lang === p.lang && s.menuTitle && s.path !== p.path && p.path.startsWith(s.path));
      if (section) expect(links, where).toContain(`/${p.lang}/${section.path}`);
    }
  });
});

describe('the source line', () => {
  test('its links never run together: each cited section is set off from the document’s title', () => {
    let seen = 0;
    for (const p of pages) {
      const note = /<p class="source-note"[\s\S]*?<\/p>/.exec(html(p))?.[0];
      if (!note) continue;
      seen++;
      expect(note, `${p.lang}/${p.path}`).not.toMatch(/<\/a>\s*<a /);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the not-found page in print', () => {
  test('names the site and no address (it has none of its own)', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}zh/no-such-page/`);
    const meta = page.locator('.print-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.textContent()).toContain(t('zh', 'site.title'));
    expect(await meta.textContent()).not.toContain(t('zh', 'print.address'));
    expect(await meta.textContent()).not.toContain(new URL(baseUrl).host);
    await page.close();
  });
});
