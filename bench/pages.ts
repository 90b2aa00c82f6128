/**
 * `npm run bench:pages`: page weight and Lighthouse scores of the built site (run `npm run build` first).
 *
 * For each page type (home, a chapter, targets, full text, and search when the site has one) it loads
 * the page in Debian Chromium and prints what was transferred: HTML, CSS and JS gzip-compressed
 * (as a static host would send them), JavaScript bytes, and web fonts downloaded. Then it runs
 * Lighthouse (mobile preset, simulated throttling) RUNS times per page and prints the median
 * Performance, Accessibility, Best Practices and SEO scores. The site is served as a production
 * static host would serve it (gzip, cache headers; bench/production-server.ts); it expects the
 * default base path (/). Budgets (printed, not asserted): chapter page ≤ 20 KB gzip in total,
 * ≤ 2 KB of JavaScript on reading pages, no web fonts. RUNS defaults to 3 (env BENCH_RUNS).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium, launch } from '../tests/support/chromium.ts';
import { serveProduction } from './production-server.ts';
import { DIST, assertBuilt } from '../tests/support/site.ts';

assertBuilt();
const server = await serveProduction(DIST);
const pages: [string, string][] = [
  ['home', 'zh/'],
  ['chapter', 'zh/plan/part-3/'],
  ['chapter (en)', 'en/plan/part-3/'],
  ['targets', 'zh/targets/'],
  ['full text', 'zh/full-text/'],
];
if (existsSync(join(DIST, 'zh', 'search', 'index.html'))) pages.push(['search', 'zh/search/']);

interface Weight {
  html: number;
  css: number;
  js: number;
  jsRaw: number;
  fonts: number;
  requests: number;
}

async function weigh(path: string): Promise<Weight> {
  const browser = await launch();
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; url: string; body: Buffer } | null>[] = [];
  page.on('response', (res) => {
    bodies.push(
      res
        .body()
        .then((body) => ({ type: res.request().resourceType(), url: res.url(), body }))
        .catch(() => null),
    );
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  const all = (await Promise.all(bodies)).filter((x) => x !== null);
  await browser.close();
  const gz = (b: Buffer) => gzipSync(b).length;
  const sum = (type: string, f: (b: Buffer) => number) => all.filter((r) => r.type === type).reduce((n, r) => n + f(r.body), 0);
  return {
    html: sum('document', gz),
    css: sum('stylesheet', gz),
    js: sum('script', gz),
    jsRaw: sum('script', (b) => b.length),
    fonts: all.filter((r) => r.type === 'font').length,
    requests: all.length,
  };
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function medianScores(path: string): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await scores(path));
  return Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));
}

async function scores(path: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const cats = result?.lhr.categories ?? {};
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id);
    if (failing.length && process.env.BENCH_VERBOSE) console.error(`  ${path}: audits below 1: ${failing.join(', ')}`);
    return Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
  } finally {
    chrome.kill();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Record<string, string | number>[] = [];
for (const [name, path] of pages) {
  const w = await weigh(path);
  const s = await medianScores(path);
  rows.push({
    page: name,
    path: `/${path}`,
    'total gzip (HTML+CSS+JS)': kb(w.html + w.css + w.js),
    'HTML gzip': kb(w.html),
    'CSS gzip': kb(w.css),
    'JS bytes (gzip)': `${w.jsRaw} B (${w.js} B)`,
    'web fonts': w.fonts,
    requests: w.requests,
    Performance: s.performance ?? '-',
    Accessibility: s.accessibility ?? '-',
    'Best Practices': s['best-practices'] ?? '-',
    SEO: s.seo ?? '-',
  });
}
await server.close();
console.table(rows);
console.log('Budgets: chapter page ≤ 20 KB gzip total; ≤ 2 KB JavaScript on reading pages; 0 web fonts; Lighthouse 100 in each category.');
