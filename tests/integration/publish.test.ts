/**
 * Publishing: the site works under a base path — its links, feeds and sitemap, and in Chromium its
 * search, read aloud and the ?hl= links from search results —, and `npm run build` only replaces dist/
 * after a successful build and check. One throw-away copy of the project is built three times.
 * Unsafe HTML with the content check bypassed: tests/integration/unusual-builds.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { badInput } from '../support/bad-input.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { serve } from '../support/server.ts';
import { builtPages } from '../support/site.ts';
import { readMarkdown } from '../support/content-edit.ts';
import { parse as parseYaml } from 'yaml';
import { listFiles } from '../../src/checker/node.ts';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { nginxCsp } from '../support/csp.ts';
import { cspViolations, recordCspViolations, trackRequests } from '../support/network.ts';
import { results } from '../support/search.ts';
import { contains, contentPages, pagesContaining } from '../support/ground-truth.ts';
import { spoken, stubSpeech } from '../support/speech.ts';
import { t } from '../../src/i18n/index.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
const newCopy = () => {
  const dir = copyProject();
  copies.push(dir);
  return dir;
};
const npmBuild = (dir: string, env: Record<string, string | undefined> = {}) => {
  const e: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env: e as NodeJS.ProcessEnv, timeout: 540_000 });
};
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.build-'));

// One copy, published as staff publish: first two builds that fail (a page that throws half-way
// through rendering, then content the check refuses), each of which must leave the last good site in
// dist/ untouched, then the good build under /kjcx/, which replaces dist/ as a whole (beforeAll, in
// that order). The /kjcx/ checks read that good build; the safe-publishing test reads what each step left.
const KJCX = { PLAN_BASE: '/kjcx/', PLAN_SITE: 'https://www.example.gov.cn', PLAN_OUT_DIR: undefined };
const published = newCopy();
const LAST_GOOD = 'the last good site';
interface Step {
  status: number | null;
  log: string;
  /** dist/last-good.txt after the step (undefined: gone). */
  marker: string | undefined;
  /** dist/zh/index.html after the step. */
  home: string | undefined;
  leftovers: string[];
}
const steps: { brokenRender?: Step; brokenCheck?: Step; good?: Step } = {};
let expectedBrokenLink = 0;
let firstBuild: { status: number | null; log: string; leftovers: string[] } | undefined;
beforeAll(() => {
  const dist = join(published, 'dist');
  const marker = join(dist, 'last-good.txt');
  const home = join(dist, 'zh', 'index.html');
  const step = (r: ReturnType<typeof npmBuild>): Step => ({
    status: r.status,
    log: r.stdout + r.stderr,
    marker: existsSync(marker) ? readFileSync(marker, 'utf8') : undefined,
    home: existsSync(home) ? readFileSync(home, 'utf8') : undefined,
    leftovers: leftovers(published),
  });
  // The last good site, as a previous publication left it.
  mkdirSync(join(dist, 'zh'), { recursive: true });
  writeFileSync(marker, LAST_GOOD);
  writeFileSync(home, LAST_GOOD);

  // A build that fails half-way through writing pages (a page throws while Astro is already writing others).
  const broken = join(published, 'src/pages/zz-broken.astro');
  writeFileSync(broken, '---\nthrow new Error("rendering failed on purpose");\n---\n<p>never</p>\n');
  steps.brokenRender = step(npmBuild(published, KJCX));
  rmSync(broken);

  // A build stopped by the content check.
  const brokenLink = badInput('broken-link').plan(published);
  const fixed = new Map(brokenLink.files.map((f) => [join(published, f), readFileSync(join(published, f), 'utf8')] as const));
  expectedBrokenLink = fixed.size;
  brokenLink.apply();
  steps.brokenCheck = step(npmBuild(published, KJCX));
  for (const [file, text] of fixed) writeFileSync(file, text);

  // Fixed: the good build under /kjcx/.
  steps.good = step(npmBuild(published, KJCX));
  firstBuild = steps.good;
}, 900_000);

describe('deployed under /kjcx/', () => {
  const dir = published;
  const out = join(dir, 'dist');
  // A Markdown link written site-relative, as the editing guide says, must get the base path too:
  // from the first chapter to the targets of the chapter that has them.
  const chapterFiles = listFiles(join(dir, 'content/zh/chapters'), ['.md']);
  const targetsPart = chapterFiles.map((f) => readMarkdown(f).data).find((d) => d.targets)?.number as number;
  const first = chapterFiles[0]!.slice(dir.length + 1);
  appendFileSync(join(dir, first), `\n参见[目标](/zh/plan/part-${targetsPart}/#chapter-targets)。\n`);
  appendFileSync(join(dir, first.replace('/zh/', '/en/')), `\nSee [the targets](/en/plan/part-${targetsPart}/#chapter-targets).\n`);
  const firstPage = (lang: string) => join(out, lang, `plan/part-${readMarkdown(join(dir, first)).data.number}`, 'index.html');
  test('npm run build with PLAN_BASE=/kjcx/ succeeds and publishes the site in dist/', () => {
    expect(firstBuild?.status, firstBuild?.log).toBe(0);
    expect(existsSync(join(out, 'zh/index.html')) && existsSync(join(out, 'en/index.html'))).toBe(true);
    expect(firstBuild?.leftovers).toEqual([]);
  });

  test('every internal link and asset on every page resolves under /kjcx/, anchors included', async () => {
    const server = await serve({ root: out, base: '/kjcx/' });
    const origin = new URL(server.url).origin;
    const fetched = new Map<string, { status: number; text: string }>();
    const get = async (url: string) => {
      if (!fetched.has(url)) {
        const res = await fetch(url, { redirect: 'manual' });
        fetched.set(url, { status: res.status, text: await res.text() });
      }
      return fetched.get(url)!;
    };
    const broken: string[] = [];
    let checked = 0;
    try {
      for (const page of builtPages(out)) {
        const pageUrl = new URL(page, server.url).href;
        const { status, text } = await get(pageUrl);
        expect(status, pageUrl).toBe(200);
        const refs = [...text.matchAll(/\s(?:href|src)="([^"]+)"/g), ...text.matchAll(/content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1]!);
        for (const ref of refs) {
          const url = new URL(ref.replace(/&amp;/g, '&'), pageUrl);
          if (url.origin !== origin) continue;
          checked++;
          if (!url.pathname.startsWith('/kjcx/')) {
            broken.push(`${page}: ${ref} is outside /kjcx/`);
            continue;
          }
          const target = await get(url.origin + url.pathname);
          if (target.status !== 200) broken.push(`${page}: ${ref} → ${target.status}`);
          else if (url.hash && !target.text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${page}: ${ref} → no such anchor`);
        }
      }
    } finally {
      await server.close();
    }
    expect(broken).toEqual([]);
    // Every page links to others (navigation at least): the crawl really followed links.
    expect(checked).toBeGreaterThan(builtPages(out).length);
    // The Markdown link above really was rewritten.
    expect(readFileSync(firstPage('zh'), 'utf8')).toContain(`href="/kjcx/zh/plan/part-${targetsPart}/#chapter-targets"`);
  });

  test('feeds, sitemap, robots.txt and canonical addresses carry the site address and base path', () => {
    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://www.example.gov.cn/kjcx/sitemap-index.xml');
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain('https://www.example.gov.cn/kjcx/sitemap-0.xml');
    const locs = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(0);
    // Every language page built is in the sitemap (the root chooser and 404 pages are not pages to index).
    const pages = builtPages(out).filter((p) => /^(zh|en)\//.test(p) && !p.includes('404'));
    expect(locs.sort()).toEqual(pages.map((p) => `https://www.example.gov.cn/kjcx/${p}`).sort());
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/www\.example\.gov\.cn\/kjcx\/(zh|en)\//);
    for (const lang of ['zh', 'en']) {
      const rss = readFileSync(join(out, lang, 'rss.xml'), 'utf8');
      for (const m of rss.matchAll(/<link>([^<]+)<\/link>/g)) expect(m[1]).toMatch(/^https:\/\/www\.example\.gov\.cn\/kjcx\//);
      const html = readFileSync(join(out, lang, 'plan/index.html'), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="https://www.example.gov.cn/kjcx/${lang}/plan/">`);
      expect(html).toContain(`href="/kjcx/${lang}/rss.xml"`);
    }
  });
});

describe('under /kjcx/ in Chromium, served by nginx with docs/nginx.conf: search, ?hl= links, read aloud', () => {
  const chromium = useBrowser();
  const out = join(published, 'dist');
  let nginx: Nginx | undefined;
  let origin = '';
  // nginx serves a folder whose kjcx/ is the site: /kjcx/… are the built files, with the real config's headers.
  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'plan-kjcx-root-'));
    copies.push(parent);
    symlinkSync(out, join(parent, 'kjcx'), 'dir');
    nginx = await startNginx({ root: parent });
    origin = nginx.url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await nginx?.close();
  });

  /** A query with results in each language: the first indicator's name (zh, whole) / the last word of it (en), as the copy's content says. */
  const queryFor = (lang: 'zh' | 'en') => {
    const names = Object.values((readMarkdownYaml(join(published, `content/${lang}/targets.yaml`)) as { indicators: Record<string, string> }).indicators);
    return lang === 'zh' ? names[0]! : names[0]!.split(' ').at(-1)!;
  };
  const readMarkdownYaml = (file: string) => parseYaml(readFileSync(file, 'utf8'));

  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the header search box leads to /kjcx/${lang}/search/; the results are the pages holding the query, all under /kjcx/; a result opens with the term marked`, async () => {
      const { page, errors, external } = await watchedPage(chromium.browser);
      await recordCspViolations(page);
      const tracker = trackRequests(page);
      const q = queryFor(lang);
      const want = pagesContaining(contentPages(published), lang, q).map((p) => `/kjcx${p}`);
      expect(want.length, `pages of the copy holding ${q}`).toBeGreaterThan(0);
      await page.goto(`${origin}/kjcx/${lang}/`);
      await page.fill('#site-search-q', q);
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-q', 'Enter')]);
      expect(new URL(page.url()).pathname).toBe(`/kjcx/${lang}/search/`);
      const { shown, status } = await results(page, q);
      expect(shown.map((r) => r.path).sort()).toEqual(want.sort());
      expect(status).toBe(t(lang, want.length === 1 ? 'search.countOne' : 'search.count', { n: want.length, q }));
      // Every link of the results page stays under /kjcx/ (results, passages, the other-language search).
      const hrefs = await page.$$eval('#search-results a, #search-other a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h, h).toMatch(/^\/kjcx\//);
      // Pagefind and its index were fetched from /kjcx/pagefind/.
      const pagefind = tracker.requests.map((r) => new URL(r.url()).pathname).filter((p) => p.includes('/pagefind/'));
      expect(pagefind.length).toBeGreaterThan(0);
      for (const p of pagefind) expect(p).toMatch(/^\/kjcx\/pagefind\//);
      expect(await cspViolations(page, tracker)).toEqual([]);
      // A result, then a passage link (to the heading above the term): the page opens with ?hl= and marks the term.
      const first = await page.$eval('#search-results > li:first-child h2 a', (a) => (a as HTMLAnchorElement).href);
      const passage = await page.$$eval('#search-results .search-passages a[href*="#"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of [first, ...passage.slice(0, 1)]) {
        await page.goto(href);
        expect(new URL(page.url()).pathname, href).toMatch(/^\/kjcx\//);
        expect(new URL(page.url()).searchParams.get('hl')).toBe(q);
        await page.waitForFunction(() => document.documentElement.dataset['highlighted']);
        const marks = await page.$$eval('main mark.search-hit', (ms) => ms.map((m) => m.textContent ?? ''));
        expect(marks.length, href).toBeGreaterThan(0);
        for (const m of marks) expect(contains(m, q), `${href}: ${m}`).toBe(true);
        expect(await cspViolations(page, tracker)).toEqual([]);
      }
      tracker.dispose();
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    });
  }

  test('read aloud: the reader is fetched from /kjcx/_astro/ on the first press and reads the page to its end', async () => {
    const { page, errors, external } = await watchedPage(chromium.browser);
    await recordCspViolations(page);
    await stubSpeech(page, { auto: 2 });
    const tracker = trackRequests(page);
    const part = readMarkdown(listFiles(join(published, 'content/zh/chapters'), ['.md'])[0]!).data.number;
    await page.goto(`${origin}/kjcx/zh/plan/part-${part}/`);
    const before = tracker.requests.length;
    await page.click('[data-ra="start"]');
    await page.waitForFunction((done) => document.querySelector('[data-ra-status]')?.textContent === done, t('zh', 'readAloud.done'));
    expect((await spoken(page)).length).toBeGreaterThan(1);
    const fetched = tracker.requests.slice(before).map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith('.js'));
    expect(fetched.length).toBe(1);
    expect(fetched[0]).toMatch(/^\/kjcx\/_astro\//);
    expect(await cspViolations(page, tracker)).toEqual([]);
    tracker.dispose();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  test('the pages are sent with the Content-Security-Policy of docs/nginx.conf', async () => {
    const res = await fetch(`${origin}/kjcx/zh/search/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(nginxCsp());
  });
});

test('safe publishing: dist/ is replaced only by a good build (a failed render, then a failed check, leave the last good site; the fixed build replaces it as a whole)', () => {
  const { brokenRender, brokenCheck, good } = steps;
  // A build that fails half-way through writing pages leaves dist/ untouched, and nothing beside it.
  expect(brokenRender?.status).not.toBe(0);
  expect(brokenRender?.log).toContain('rendering failed on purpose');
  expect(brokenRender?.log).toContain('dist/ 保持不变');
  expect(brokenRender?.marker).toBe(LAST_GOOD);
  expect(brokenRender?.home).toBe(LAST_GOOD);
  expect(brokenRender?.leftovers).toEqual([]);

  // A build stopped by the content check leaves dist/ untouched.
  expect(expectedBrokenLink).toBeGreaterThan(0);
  expect(brokenCheck?.status).not.toBe(0);
  expect(brokenCheck?.log).toContain('broken link');
  expect(brokenCheck?.marker).toBe(LAST_GOOD);
  expect(brokenCheck?.home).toBe(LAST_GOOD);
  expect(brokenCheck?.leftovers).toEqual([]);

  // Once fixed, the next build replaces dist/ as a whole: the old site's files are gone.
  expect(good?.status, good?.log).toBe(0);
  expect(good?.marker).toBeUndefined();
  expect(good?.home).toMatch(/^<!DOCTYPE html>/i);
  expect(good?.leftovers).toEqual([]);
});
