/**
 * Publishing features of the built site: page dates, the Revisions page and feeds, the plan's
 * metadata block, Open Graph tags, the sitemap with hreflang alternates and robots.txt.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { builtPages, DIST, pagesIn } from '../support/site.ts';
import { join } from 'node:path';
import { nonEmpty } from '../support/assert.ts';
import { t, UI } from '../../src/i18n/index.ts';
import { readFacts } from '../support/content-facts.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

/** Front matter of a content file, read independently of the site code. */
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!, { schema: 'core' }) as Record<string, unknown>;

// Every page's "Last updated" line and a chapter's or task's own dates: every-page.test.ts (the one crawl).

describe('Revisions page and feeds', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the Revisions page lists changes newest first, and the feed linked from every page carries the same entries`, async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/revisions/`);
      expect(await page.textContent('h1')).toBe(t(lang, 'revisions.title'));
      const dates = await page.$$eval('.revision-list > li > h2 time', (ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      const items = await page.$$eval('.revision-list li[data-kind]', (lis) => lis.map((li) => li.id));
      expect(await page.locator('.revision-list li[data-kind="site"]').count()).toBe(1);

      // Every page links this feed: tests/browser/every-page.test.ts.
      const response = await page.request.get(`${baseUrl}${lang}/rss.xml`);
      expect(response.status()).toBe(200);
      const xml = await response.text();
      expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2.0">/);
      const guids = [...xml.matchAll(/<guid[^>]*>[^<#]*#([^<]+)<\/guid>/g)].map((m) => m[1]);
      expect(nonEmpty(items, 'revision entries')).toEqual(guids);
      await page.close();
    });
  }
});

describe('document metadata block', () => {
  // The labels are the UI strings doc.<field> of each language (src/i18n/).
  const DOC_FIELDS = ['commissionedBy', 'draftedBy', 'stage', 'written', 'publisher'] as const;
  /** The short title of the document the Chinese plan page cites, in `lang` (sources/manifest.yaml). */
  const stageSource = (lang: 'zh' | 'en') => {
    const ref = frontMatter('content/zh/plan/index.md').source as { document: string };
    const docs = (parse(readFileSync('sources/manifest.yaml', 'utf8')) as { documents: { id: string; shortTitle: string; en: { shortTitle: string } }[] }).documents;
    const d = docs.find((x) => x.id === ref.document)!;
    return lang === 'zh' ? d.shortTitle : d.en.shortTitle;
  };
  const labels = (lang: 'zh' | 'en') => Object.fromEntries(DOC_FIELDS.map((f) => [f, UI[lang][`doc.${f}` as const]]));
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: plan pages show exactly the fields the front matter states, with its values`, async () => {
      const fm = frontMatter(`content/${lang}/plan/index.md`);
      const doc = fm.document as Record<string, string>;
      const { page } = await watchedPage(chromium.browser);
      // Every page of the plan: its overview, each Part and each main task of the content.
      const planPages = pagesIn(lang).filter((p) => /\/(plan|tasks)\//.test(p) && p !== `${lang}/tasks/`);
      const facts = readFacts();
      expect(planPages.sort()).toEqual([`${lang}/plan/`, ...facts.chapters.map((c) => `${lang}/plan/part-${c.number}/`), ...facts.tasks.map((x) => `${lang}/tasks/${x.number}/`)].sort());
      for (const path of planPages) {
        await page.goto(baseUrl + path);
        const rows = await page.$$eval('.doc-meta dl > div', (ds) =>
          ds.map((d) => [d.getAttribute('data-field'), d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]),
        );
        for (const [key, label] of Object.entries(labels(lang))) {
          const row = rows.find((r) => r[0] === key);
          if (doc[key] === undefined) expect(row, `${path} ${key}`).toBeUndefined();
          // The status is the one the plan's source reported (送审稿（据《起草说明》）), named by its short title in sources/manifest.yaml.
          else expect(row, `${path} ${key}`).toEqual([key, label, key === 'stage' ? t(lang, 'doc.stageAsStated', { stage: doc[key]!, source: stageSource(lang) }) : doc[key]]);
        }
        // The page's dates are shown once, at its foot, not again in the metadata block.
        expect(await page.locator('.doc-meta time').count(), path).toBe(0);
        expect(await page.locator('.page-dates [data-published] time').count(), path).toBe(1);
      }
      await page.close();
    });
  }
  test('what the front matter does not state is not shown, not even as an empty label; what it states is', () => {
    for (const lang of ['zh', 'en'] as const) {
      const doc = frontMatter(`content/${lang}/plan/index.md`).document as Record<string, string>;
      const meta = /<[^>]+class="doc-meta"[\s\S]*?<\/dl>/.exec(readFileSync(join(DIST, `${lang}/plan/index.html`), 'utf8'))?.[0] ?? '';
      expect(meta, `${lang}: the metadata block`).not.toBe('');
      for (const f of DOC_FIELDS) {
        if (doc[f] === undefined) expect(meta, `${lang} ${f}`).not.toContain(`>${UI[lang][`doc.${f}`]}<`);
        else expect(meta, `${lang} ${f}`).toContain(doc[f]);
      }
    }
  });
});

describe('findable', () => {
  test('sitemap lists every page once with zh-CN and en alternates; robots.txt points at it', async () => {
    const { page } = await watchedPage(chromium.browser);
    const index = await (await page.request.get(`${baseUrl}sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: { loc: string; alternates: string[]; lastmod?: string }[] = [];
    for (const s of sitemaps) {
      const xml = await (await page.request.get(baseUrl + s.slice(1))).text();
      for (const m of xml.matchAll(/<url>(.*?)<\/url>/g)) {
        urls.push({
          loc: new URL(/<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!).pathname,
          lastmod: /<lastmod>(\d{4}-\d{2}-\d{2})/.exec(m[1]!)?.[1],
          alternates: [...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => `${a[1]} ${new URL(a[2]!).pathname}`).sort(),
        });
      }
    }
    const pages = builtPages().filter((p) => p.startsWith('zh/') || p.startsWith('en/'));
    expect(urls.map((u) => u.loc).sort()).toEqual(pages.map((p) => `/${p}`).sort());
    for (const u of nonEmpty(urls, 'sitemap entries')) {
      const rest = u.loc.slice(4);
      // Both languages, where the other language has the page (a term's later pages of passages may be in one only).
      const both = pages.includes(`zh/${rest}`) && pages.includes(`en/${rest}`);
      expect(u.alternates, u.loc).toEqual(both ? [`en /en/${rest}`, `zh-CN /zh/${rest}`] : []);
      const html = readFileSync(join(DIST, u.loc, 'index.html'), 'utf8');
      expect(u.lastmod, u.loc).toBe(/data-last-updated>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1]);
    }
    const robots = await (await page.request.get(`${baseUrl}robots.txt`)).text();
    const sitemapLine = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(new URL(sitemapLine!).pathname).toBe('/sitemap-index.xml');
    await page.close();
  });
});
