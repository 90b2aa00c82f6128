/**
 * `npm run bench:pages`: page weight and Lighthouse scores of the built site (run `npm run build` first).
 *
 * The site is served by a real nginx with the project's docs/nginx.conf (tests/support/nginx.ts; only
 * listen and root rewritten), so the bytes are what nginx sends readers: its gzip level, its
 * headers. For each page type (home, a chapter, targets, full text, and search when the site has
 * one) a fresh Chromium loads the page and every request is counted until the page is quiet
 * (request tracking, no fixed waits): bytes on the wire per resource type (the encoded body, as
 * Chromium received it, plus response headers in the total), JavaScript bytes uncompressed, web
 * fonts, requests. Then Lighthouse (mobile preset, simulated throttling) runs RUNS times per page
 * against the same nginx and prints the median Performance, Accessibility, Best Practices and SEO.
 * Budgets (printed, not asserted): chapter page ≤ 20 KB compressed in total, ≤ 2 KB of JavaScript
 * on reading pages, no web fonts. RUNS defaults to 3 (env BENCH_RUNS).
 *
 * Any failed measurement (a request that fails or returns an error status, a Lighthouse run that
 * errors or leaves a category without a score) stops the benchmark with a non-zero exit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BROWSER_CANDIDATES, CHROMIUM_ARGS, findChromium, launch } from '../tests/support/chromium.ts';
import { startNginx } from '../tests/support/nginx.ts';
import { trackRequests } from '../tests/support/network.ts';
import { DIST, assertBuilt } from '../tests/support/site.ts';

assertBuilt();
const server = await startNginx({ root: DIST });
const pages: [string, string][] = [
  ['home', 'zh/'],
  ['chapter', 'zh/plan/part-3/'],
  ['chapter (en)', 'en/plan/part-3/'],
  ['targets', 'zh/targets/'],
  ['full text', 'zh/full-text/'],
];
if (existsSync(join(DIST, 'zh', 'search', 'index.html'))) pages.push(['search', 'zh/search/']);

interface Weight {
  /** Encoded (as sent) body bytes per Chromium resource type. */
  byType: Record<string, number>;
  /** Response header bytes of all requests. */
  headers: number;
  jsRaw: number;
  fonts: number;
  requests: number;
}

async function weigh(path: string): Promise<Weight> {
  const browser = await launch({ full: true });
  try {
    const page = await browser.newPage();
    const tracker = trackRequests(page);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: the page answered ${response?.status()}`);
    // Every request the page makes, also late ones (scripts that load more after the load event).
    await tracker.idle({ quietMs: 1000 });
    if (failed.length) throw new Error(`${path}: requests failed:\n  ${failed.join('\n  ')}`);
    const w: Weight = { byType: {}, headers: 0, jsRaw: 0, fonts: 0, requests: 0 };
    for (const req of tracker.requests) {
      const res = await req.response();
      if (!res) throw new Error(`${path}: no response for ${req.url()}`);
      if (res.status() >= 400) throw new Error(`${path}: ${req.url()} answered ${res.status()}`);
      const sizes = await req.sizes();
      const type = req.resourceType();
      w.byType[type] = (w.byType[type] ?? 0) + sizes.responseBodySize;
      w.headers += sizes.responseHeadersSize;
      if (type === 'script') w.jsRaw += (await res.body()).length;
      if (type === 'font') w.fonts += 1;
      w.requests += 1;
    }
    tracker.dispose();
    if (!w.requests || !w.byType.document) throw new Error(`${path}: no document request was counted`);
    return w;
  } finally {
    await browser.close();
  }
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function medianScores(path: string): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await scores(path));
  return Object.fromEntries(CATEGORIES.map((k) => [k, median(runs.map((r) => r[k]!))]));
}

async function scores(path: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(BROWSER_CANDIDATES), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(server.url + path, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on /${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    if (failing.length && process.env.BENCH_VERBOSE) console.error(`  ${path}: audits below 1: ${failing.join(', ')}`);
    const errored = Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => `${a.id}: ${a.errorMessage}`);
    const out: Record<string, number> = {};
    for (const k of CATEGORIES) {
      const score = lhr.categories[k]?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse gave /${path} no ${k} score${errored.length ? ` (audits in error: ${errored.join('; ')})` : ''}`);
      out[k] = Math.round(score * 100);
    }
    return out;
  } finally {
    chrome.kill();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Record<string, string | number>[] = [];
try {
  for (const [name, path] of pages) {
    const w = await weigh(path);
    const s = await medianScores(path);
    const body = Object.values(w.byType).reduce((a, b) => a + b, 0);
    const other = body - (w.byType.document ?? 0) - (w.byType.stylesheet ?? 0) - (w.byType.script ?? 0);
    rows.push({
      page: name,
      path: `/${path}`,
      'total as sent (bodies + headers)': kb(body + w.headers),
      'bodies as sent': kb(body),
      HTML: kb(w.byType.document ?? 0),
      CSS: kb(w.byType.stylesheet ?? 0),
      'JS as sent (uncompressed)': `${w.byType.script ?? 0} B (${w.jsRaw} B)`,
      'other (search index, images…)': kb(other),
      'web fonts': w.fonts,
      requests: w.requests,
      Performance: s.performance!,
      Accessibility: s.accessibility!,
      'Best Practices': s['best-practices']!,
      SEO: s.seo!,
    });
  }
} catch (e) {
  console.error(`\nbench:pages FAILED: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
if (!process.exitCode) {
  console.table(rows);
  console.log('Served by nginx with docs/nginx.conf (gzip as configured there). Budgets: chapter page ≤ 20 KB in total as sent; ≤ 2 KB JavaScript on reading pages; 0 web fonts; Lighthouse 100 in each category.');
}
