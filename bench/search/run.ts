/**
 * Search benchmark: `npm run bench:search` (builds the site first; pass --no-build to reuse dist/).
 * Serves the built site with a real nginx and the project's docs/nginx.conf (tests/support/nginx.ts,
 * as bench:pages does), so bytes are counted as nginx sends them, and runs every query of
 * bench/search/queries.json in Chromium:
 * - "site search": through the real interface (type into the field, submit, read the rendered results),
 *   i.e. pagefind.js + src/client/search-page.ts with Chromium's Intl.Segmenter;
 * - "Pagefind default": pagefind.search() and each result's data(), using Pagefind's own excerpt, in its
 *   own browser context (its own Pagefind instance, index and cache, on a page without the site's search).
 * Compares both with the ground truth (tests/support/ground-truth.ts: computed from the content text,
 * not from the index) and prints, side by side: recall, precision (Chinese 2+ characters and all),
 * absent-term hits, highlight rate, index bytes, bytes downloaded by a first query as served (the
 * reference query, and every query of the set as a first query), first-result time on a cold page
 * (median of 5; both from the start of navigation), later queries. Then recall and precision of the
 * site search on the alias / other-language set (bench/search/term-queries.json), which Pagefind alone
 * cannot answer, and on the held-out set (bench/search/holdout-queries.json: abbreviations, other
 * wordings and other-language terms written without looking at the glossary's aliases; each group is
 * the canonical wording the queries stand for, so its expected pages do not depend on the glossary).
 * Requests are tracked until none is in flight (no fixed waits); any failed measurement (a search error,
 * a request that fails, a body that cannot be read, a timeout) stops the benchmark with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../tests/support/chromium.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import { servedSizes } from '../../tests/support/served.ts';
import { submitSearch, type ResultRow } from '../../tests/support/search.ts';
import { contains, contentPages, expectedForTerm, expectedPages, glossaryTerms, groundTruth, loadQueries, pagesContaining, type Lang } from '../../tests/support/ground-truth.ts';

const DIST = resolve(process.env.PLAN_OUT_DIR ?? 'dist');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

type Row = Pick<ResultRow, 'url' | 'excerpt'>;

const queries = loadQueries();
const content = contentPages();
const truth = groundTruth(content, queries);
const termQueries = loadQueries(resolve('bench/search/term-queries.json'));
const holdout = loadQueries(resolve('bench/search/holdout-queries.json'));
/** Written by someone who never saw the glossary's aliases (only the site's text and its terms): see README. */
const independent = loadQueries(resolve('bench/search/independent-queries.json'));
/** A second such set (glossary terms only), written after the aliases were last changed: never tune the glossary against it. */
const independent2 = loadQueries(resolve('bench/search/independent-queries-2.json'));
const terms = glossaryTerms();

/** What a held-out query should find: the pages holding the wording it stands for, or the query as typed. */
function heldOutExpected(lang: Lang, canonical: string, q: string): string[] {
  const want = [...new Set([...pagesContaining(content, lang, canonical), ...pagesContaining(content, lang, q)])].sort();
  if (!want.length) fail(`held-out query "${q}" (${lang}): no page contains "${canonical}"; every group must be a wording the content uses`);
  return want;
}

/** A failed measurement stops the benchmark: no figure is printed from a run that went wrong. */
function fail(what: string): never {
  throw new Error(`bench:search: measurement failed: ${what}`);
}
process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
const server = await startNginx({ root: DIST });
const browser: Browser = await launch({ full: true });

const pathOf = (u: string) => new URL(u, server.url).pathname;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

/** Whether an excerpt shows the query inside highlighted text (adjacent <mark>s count as one run). */
async function highlighted(page: Page, html: string, q: string): Promise<string[]> {
  return page.evaluate((h) => {
    const box = document.createElement('div');
    box.innerHTML = h;
    const runs: string[] = [];
    let run = '';
    const walk = (node: Node, marked: boolean) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const text = child.textContent ?? '';
          if (marked) run += text;
          else if (/^[\s\u200b\-&'/]*$/.test(text)) run += text;
          else {
            if (run.trim()) runs.push(run);
            run = '';
          }
        } else walk(child, marked || (child as Element).tagName === 'MARK');
      }
    };
    walk(box, false);
    if (run.trim()) runs.push(run);
    return runs;
  }, html).then((runs) => runs.filter((r) => contains(r, q)));
}

async function searchPage(lang: Lang): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => fail(`page error on the search page: ${e.message}`));
  await page.goto(`${server.url}${lang}/search/`);
  await page.waitForFunction(() => document.getElementById('search')?.dataset['state'] === 'idle', undefined, { timeout: 30_000 });
  return page;
}

/** Pagefind's default, in a browser context of its own: its own pagefind.js instance, index chunks and cache. */
async function defaultPage(lang: Lang): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`page error on the default's page: ${e.message}`));
  // A page of the same language without the site's search script (the home page).
  await page.goto(`${server.url}${lang}/`);
  return { context, page };
}

/** Site search through the interface (tests/support/search.ts). */
const viaInterface = (page: Page, q: string, firstView = false): Promise<{ rows: Row[]; ms: number; at: number }> =>
  submitSearch(page, q, 30_000, { firstView }).catch((e: unknown) => fail(`site search: ${e instanceof Error ? e.message : String(e)}`));

/** Pagefind's defaults: its own search and excerpts (the first `limit` results' data, as its UI loads 5 at a time). */
async function viaDefault(page: Page, q: string, limit = Infinity): Promise<{ rows: Row[]; ms: number; at: number }> {
  return page.evaluate(
    async ({ query, limit }) => {
      const t0 = performance.now();
      const pf = await import('/pagefind/pagefind.js' as string);
      await pf.options({ baseUrl: '/' });
      const found = await pf.search(query);
      if (!found) throw new Error(`Pagefind returned no search for "${query}"`);
      const data = await Promise.all(found.results.slice(0, limit).map((r: { data: () => Promise<unknown> }) => r.data()));
      const end = performance.now();
      return { rows: (data as { url: string; excerpt: string }[]).map((d) => ({ url: d.url, excerpt: d.excerpt })), ms: end - t0, at: end };
    },
    { query: q, limit: Number.isFinite(limit) ? limit : 1e9 },
  );
}

interface Tally {
  returned: number;
  correct: number;
  expected: number;
  absentHits: number;
  highlighted: number;
  returned2: number;
  correct2: number;
  misses: string[];
  wrong: string[];
  unhighlighted: string[];
}
const tally = (): Tally => ({ returned: 0, correct: 0, expected: 0, absentHits: 0, highlighted: 0, returned2: 0, correct2: 0, misses: [], wrong: [], unhighlighted: [] });

async function score(page: Page, t: Tally, lang: Lang, q: string, rows: Row[], expected = truth[lang][q]!, marked = [q]) {
  const want = new Set(expected);
  const got = rows.map((r) => ({ ...r, path: pathOf(r.url) }));
  const twoPlus = lang === 'zh' && [...q].length >= 2;
  t.expected += want.size;
  t.returned += got.length;
  if (twoPlus) t.returned2 += got.length;
  if (want.size === 0) t.absentHits += got.length;
  for (const r of got) {
    if (!want.has(r.path)) {
      t.wrong.push(`${q} → ${r.path}`);
      continue;
    }
    t.correct++;
    if (twoPlus) t.correct2++;
    if ((await Promise.all(marked.map((m) => highlighted(page, r.excerpt, m)))).some((x) => x.length)) t.highlighted++;
    else t.unhighlighted.push(`${q} @ ${r.path}`);
  }
  for (const p of want) if (!got.some((r) => r.path === p)) t.misses.push(`${q} ✗ ${p}`);
}

function bytesOf(dir: string, filter: (f: string) => boolean): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const full = join(dir, f);
    if (statSync(full).isFile() && filter(f)) n += statSync(full).size;
  }
  return n;
}

/** The body of a path as nginx sends it (tests/support/served.ts). */
const servedBytes = servedSizes(server.url);

/**
 * A first query on a cold page (new browser context, empty cache): the query is submitted as soon as
 * the search page is interactive. Bytes are everything the search needs from the start of the page
 * load (search script, pagefind.js, wasm, index, fragments; not the page's HTML, CSS and favicon):
 * `served` is the response bodies as nginx sends them (servedBytes: gzip where docs/nginx.conf compresses; Pagefind’s
 * binary files are already gzip-compressed and sent as they are), `raw` the bodies uncompressed. The
 * time is from the start of navigation to the results (both modes). Every request is followed until it
 * has finished: the measurement ends when none is in flight.
 */
async function coldQuery(lang: Lang, q: string, mode: 'site' | 'default'): Promise<{ ms: number; raw: number; served: number; files: number; script: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const inFlight = new Set<unknown>();
  const bodies: Promise<{ raw: number; served: number; site: boolean }>[] = [];
  page.on('pageerror', (e) => fail(`${mode} "${q}": page error ${e.message}`));
  page.on('request', (req) => inFlight.add(req));
  page.on('requestfailed', (req) => fail(`${mode} "${q}": request failed ${req.url()} (${req.failure()?.errorText})`));
  page.on('requestfinished', (req) => {
    const path = new URL(req.url()).pathname;
    const site = path.startsWith('/_astro/') && path.endsWith('.js');
    if (!path.startsWith('/pagefind/') && !site) {
      inFlight.delete(req);
      return;
    }
    bodies.push(
      req
        .response()
        .then(async (res) => {
          if (!res) fail(`${mode} "${q}": no response for ${path}`);
          if (res.status() !== 200) fail(`${mode} "${q}": ${path} answered ${res.status()}`);
          const body = await res.body();
          return { raw: body.length, served: await servedBytes(path, body.length), site };
        })
        .catch((e: unknown) => fail(`${mode} "${q}": body of ${path} could not be read (${String(e)})`))
        .finally(() => inFlight.delete(req)),
    );
  });
  // Pagefind's default runs on a page without the site's search script (the home page, same language).
  await page.goto(`${server.url}${lang}/${mode === 'site' ? 'search/' : ''}`, { waitUntil: 'domcontentloaded' });
  if (mode === 'site') await page.waitForFunction(() => document.getElementById('search')?.dataset['state'] === 'idle', undefined, { timeout: 30_000 });
  // The first view: what the search page shows (and downloads) before "More".
  const { at } = mode === 'site' ? await viaInterface(page, q, true) : await viaDefault(page, q, 5);
  // Wait for every request still in flight (late index chunks, fragments), not for a fixed time.
  const deadline = Date.now() + 30_000;
  while (inFlight.size) {
    if (Date.now() > deadline) fail(`${mode} "${q}": ${inFlight.size} request(s) still in flight after 30 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const sizes = await Promise.all(bodies);
  await context.close();
  if (!sizes.length) fail(`${mode} "${q}": no search file was downloaded`);
  return {
    ms: at,
    raw: sizes.reduce((a, b) => a + b.raw, 0),
    served: sizes.reduce((a, b) => a + b.served, 0),
    files: sizes.length,
    script: sizes.filter((x) => x.site).reduce((a, b) => a + b.served, 0),
  };
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines: string[][] = [];
/** `--dead-ends`: only the dead-end sets (their share and first-query download), for a quick run. */
const deadEndsOnly = process.argv.includes('--dead-ends');

for (const lang of deadEndsOnly ? [] : (['zh', 'en'] as const)) {
  const all = Object.values(queries[lang]).flat();
  const site = tally();
  const def = tally();
  const page = await searchPage(lang);
  const baseline = await defaultPage(lang);
  const laterSite: number[] = [];
  const laterDef: number[] = [];
  for (const q of all) {
    const s = await viaInterface(page, q);
    laterSite.push(s.ms);
    await score(page, site, lang, q, s.rows);
    const d = await viaDefault(baseline.page, q);
    laterDef.push(d.ms);
    await score(page, def, lang, q, d.rows);
  }
  // The alias / other-language set: what each query should find (the canonical term's pages), site search only.
  const termSet = Object.values(termQueries[lang]).flat();
  const bySite = tally();
  const byDef = tally();
  for (const q of termSet) {
    const want = expectedPages(content, terms, lang, q);
    if (!want.length) fail(`term query "${q}" (${lang}) has no expected page: the content has neither it nor its term`);
    const named = expectedForTerm(content, terms, lang, q)?.term;
    const marked = [q, ...(named ? [named[lang]] : [])];
    await score(page, bySite, lang, q, (await viaInterface(page, q)).rows, want, marked);
    await score(page, byDef, lang, q, (await viaDefault(baseline.page, q)).rows, want, marked);
  }
  // The held-out set: each group is the canonical wording (in this language) its queries stand for; a
  // query should find the pages that contain that wording, and may find pages that contain it as typed.
  const held = Object.entries(holdout[lang]).flatMap(([canonical, qs]) => qs.map((q) => ({ canonical, q })));
  const byHoldout = tally();
  for (const { canonical, q } of held) {
    const want = heldOutExpected(lang, canonical, q);
    await score(page, byHoldout, lang, q, (await viaInterface(page, q)).rows, want, [q, canonical]);
  }
  const indep = Object.entries(independent[lang]).flatMap(([canonical, qs]) => qs.map((q) => ({ canonical, q })));
  const byIndependent = tally();
  for (const { canonical, q } of indep) {
    const want = heldOutExpected(lang, canonical, q);
    await score(page, byIndependent, lang, q, (await viaInterface(page, q)).rows, want, [q, canonical]);
  }
  const indep2 = Object.entries(independent2[lang]).flatMap(([canonical, qs]) => qs.map((q) => ({ canonical, q })));
  const byIndependent2 = tally();
  for (const { canonical, q } of indep2) {
    const want = heldOutExpected(lang, canonical, q);
    await score(page, byIndependent2, lang, q, (await viaInterface(page, q)).rows, want, [q, canonical]);
  }
  await baseline.context.close();
  await page.close();
  const first = lang === 'zh' ? '高新技术企业' : 'high-tech enterprises';
  const coldSite: Awaited<ReturnType<typeof coldQuery>>[] = [];
  const coldDef: Awaited<ReturnType<typeof coldQuery>>[] = [];
  for (let i = 0; i < 5; i++) {
    coldSite.push(await coldQuery(lang, first, 'site'));
    coldDef.push(await coldQuery(lang, first, 'default'));
  }
  // Every query of the set as a first query (one cold run each): how the bytes vary with the query.
  const spread: { q: string; served: number }[] = [];
  for (const q of all) spread.push({ q, served: (await coldQuery(lang, q, 'site')).served });
  spread.sort((a, b) => a.served - b.served);
  const heaviest = spread.at(-1)!;
  const over = spread.filter((x) => x.served > 100 * 1024).length;
  const pfLang = lang === 'zh' ? 'zh-cn' : 'en';
  const indexBytes = bytesOf(join(DIST, 'pagefind'), (f) => f.includes(`${pfLang}_`) && /\.pf_(?:meta|index|fragment|filter)$/.test(f));
  const wasm = bytesOf(join(DIST, 'pagefind'), (f) => f === `wasm.${lang === 'zh' ? 'unknown' : 'en'}.pagefind`);
  const zhNote = lang === 'zh' ? ' (2+ chars)' : '';
  const rows: [string, string, string][] = [
    ['queries', `${all.length} (${all.filter((q) => truth[lang][q]!.length === 0).length} absent)`, ''],
    ['recall', pct(site.correct, site.expected), pct(def.correct, def.expected)],
    [`precision${zhNote}`, pct(lang === 'zh' ? site.correct2 : site.correct, lang === 'zh' ? site.returned2 : site.returned), pct(lang === 'zh' ? def.correct2 : def.correct, lang === 'zh' ? def.returned2 : def.returned)],
    ['precision (all queries)', pct(site.correct, site.returned), pct(def.correct, def.returned)],
    ['absent-term hits (results)', String(site.absentHits), String(def.absentHits)],
    ['highlight rate (correct results)', pct(site.highlighted, site.correct), pct(def.highlighted, def.correct)],
    ['index bytes (meta+index+filter+fragments)', kb(indexBytes), kb(indexBytes)],
    ['  + wasm (gzip, once)', kb(wasm), kb(wasm)],
    [
      `first query "${first}": bytes as served (raw)`,
      `${kb(median(coldSite.map((c) => c.served)))} (${kb(median(coldSite.map((c) => c.raw)))}), ${coldSite[0]!.files} files`,
      `${kb(median(coldDef.map((c) => c.served)))} (${kb(median(coldDef.map((c) => c.raw)))}), ${coldDef[0]!.files} files`,
    ],
    ['  of which the site’s search script', kb(median(coldSite.map((c) => c.script))), '–'],
    [
      `  any query of the set as first query (${spread.length}): median, max`,
      `${kb(median(spread.map((x) => x.served)))}, ${kb(heaviest.served)} ("${heaviest.q}"); ${over} over 100 KB`,
      '',
    ],
    ['first results, cold page (median of 5)', `${median(coldSite.map((c) => c.ms)).toFixed(0)} ms`, `${median(coldDef.map((c) => c.ms)).toFixed(0)} ms`],
    ['later queries (median)', `${median(laterSite).toFixed(1)} ms`, `${median(laterDef).toFixed(1)} ms`],
    [`alias / other-language set (${termSet.length}): recall`, pct(bySite.correct, bySite.expected), pct(byDef.correct, byDef.expected)],
    ['  precision', pct(bySite.correct, bySite.returned), pct(byDef.correct, byDef.returned)],
    [`held-out set (${held.length}): recall, precision`, `${pct(byHoldout.correct, byHoldout.expected)}, ${pct(byHoldout.correct, byHoldout.returned)}`, ''],
    [`independent set 1 (${indep.length}): recall, precision`, `${pct(byIndependent.correct, byIndependent.expected)}, ${pct(byIndependent.correct, byIndependent.returned)}`, ''],
    [`independent set 2 (${indep2.length}): recall, precision`, `${pct(byIndependent2.correct, byIndependent2.expected)}, ${pct(byIndependent2.correct, byIndependent2.returned)}`, ''],
  ];
  lines.push([`— ${lang} —`, 'site search', 'Pagefind default'], ...rows);
  for (const [name, t] of [['site search', site], ['Pagefind default', def], ['site search, term set', bySite], ['site search, held-out set', byHoldout], ['site search, independent set 1', byIndependent], ['site search, independent set 2', byIndependent2]] as const) {
    const show = (label: string, xs: string[]) => xs.length && console.log(`${lang} ${name} ${label} (${xs.length}): ${xs.slice(0, 60).join('; ')}${xs.length > 60 ? ' …' : ''}`);
    show('missed', t.misses);
    show('wrong', t.wrong);
    show('not highlighted', t.unhighlighted);
  }
}
// Dead ends (issue #21; board contract 6): queries in other wordings, each group keyed by the wording the
// pages use (words separated by a space: pages holding every one of them). A query succeeds when every
// expected page is among the exact results ("More" pressed until all are shown: a group of more pages
// than one view holds could otherwise never succeed) or the labelled fallback's first view, or the
// first suggested term's exact search (all its results) shows them; no wrong page may be among the exact results
// (a page is wrong when it holds neither the group's wording nor the query as typed).
interface DeadEndSet {
  zh: Record<string, string[]>;
  en: Record<string, string[]>;
}
const expectedAll = (lang: Lang, canonical: string): string[] => {
  const words = canonical.split(' ').filter(Boolean);
  const sets = words.map((w) => new Set(pagesContaining(content, lang, w)));
  const want = [...sets[0]!].filter((p) => sets.every((s) => s.has(p))).sort();
  if (!want.length) fail(`dead-end group "${canonical}" (${lang}): no page holds every word; each group must be wording the content uses`);
  return want;
};
async function deadEnds(name: string, file: string): Promise<void> {
  let set: DeadEndSet;
  try {
    set = JSON.parse(readFileSync(file, 'utf8')) as DeadEndSet;
  } catch {
    lines.push([`dead ends, ${name}`, `skipped: ${file} is absent`, '']);
    return;
  }
  const failures: string[] = [];
  let n = 0;
  let ok = 0;
  let wrong = 0;
  const bytes: number[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const page = await searchPage(lang);
    for (const [canonical, qs] of Object.entries(set[lang] ?? {})) {
      const want = expectedAll(lang, canonical);
      for (const q of qs) {
        n++;
        // The fallback's first view, then every exact result (the fallback is only shown when there is none).
        await viaInterface(page, q, true);
        const view = await page.evaluate(() => ({
          fallback: [...document.querySelectorAll('#search-fallback-results > li h2 a')].map((a) => a.getAttribute('href')!),
          first: document.getElementById('search-suggest')?.hidden ? null : (document.querySelector('#search-suggest a') as HTMLAnchorElement | null)?.dataset['q'] ?? null,
        }));
        const exact = (await viaInterface(page, q, false)).rows.map((r) => pathOf(r.url));
        // A page holding the query as typed is a right exact result too (as in the held-out alias set):
        // the writer checked the page texts, not the built pages with their interface words.
        const typed = new Set(pagesContaining(content, lang, q));
        const bad = exact.filter((p) => !want.includes(p) && !typed.has(p));
        wrong += bad.length;
        const shown = new Set([...exact, ...view.fallback.map(pathOf)]);
        let good = bad.length === 0 && want.every((p) => shown.has(p));
        if (!good && bad.length === 0 && view.first) {
          const via = (await viaInterface(page, view.first, false)).rows.map((r) => pathOf(r.url));
          good = want.every((p) => via.includes(p));
        }
        if (good) ok++;
        else failures.push(`${lang} "${q}" (→ ${canonical}): exact ${exact.join(' ') || '–'}; fallback ${view.fallback.map(pathOf).join(' ') || '–'}; first suggestion ${view.first ?? '–'}`);
        bytes.push((await coldQuery(lang, q, 'site')).served);
      }
    }
    await page.close();
  }
  for (const f of failures) console.log(`dead ends, ${name}: failed ${f}`);
  lines.push(
    [`dead ends, ${name} (${n}): share that show the right pages`, `${pct(ok, n)} (${ok} of ${n}); wrong exact results: ${wrong}`, ''],
    ['  first-query download, as served: median, max', `${kb(median(bytes))}, ${kb(Math.max(...bytes))}`, ''],
  );
}
await deadEnds('own examples (bench/search/deadend-own.json)', resolve('bench/search/deadend-own.json'));
await deadEnds('held-out set (bench/search/deadend-queries.json)', resolve('bench/search/deadend-queries.json'));

// Issue #23 pt 3: the first search for 科技 from a chapter page (the reader types it into the header's
// search box there): everything the search downloads after the submit, as served (the search page's HTML
// included), in a cold browser context that has loaded the chapter page first (until its network is idle,
// so none of its own requests is counted). A response the browser takes from its cache (the chapter page's
// styles and scripts, immutable under /_astro/; the favicon) downloads no body: it is counted as a request
// served from the cache, with 0 bytes (Chromium reports no body size for it).
async function fromChapter(q: string): Promise<{ served: number; files: number; cached: number; fragments: number; html: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}zh/plan/part-1/`, { waitUntil: 'networkidle' });
  const inFlight = new Set<unknown>();
  const bodies: Promise<{ served: number; path: string; cached: boolean }>[] = [];
  page.on('request', (req) => inFlight.add(req));
  page.on('requestfailed', (req) => fail(`from a chapter "${q}": request failed ${req.url()}`));
  page.on('requestfinished', (req) => {
    const path = new URL(req.url()).pathname;
    bodies.push(
      req
        .response()
        .then(async (res) => {
          if (!res) fail(`from a chapter "${q}": no response for ${path}`);
          const body = await res.body();
          const cached = (await req.sizes()).responseBodySize <= 0 && body.length > 0;
          return { served: cached ? 0 : await servedBytes(path, body.length), path, cached };
        })
        .finally(() => inFlight.delete(req)),
    );
  });
  await page.fill('#site-search-q', q);
  await page.press('#site-search-q', 'Enter');
  await page.waitForFunction((want) => document.getElementById('search')?.dataset['state'] === 'done' && document.getElementById('search')?.dataset['query'] === want, q, { timeout: 60_000 });
  const deadline = Date.now() + 30_000;
  while (inFlight.size) {
    if (Date.now() > deadline) fail(`from a chapter "${q}": requests still in flight after 30 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const sizes = await Promise.all(bodies);
  await context.close();
  return {
    served: sizes.reduce((a, b) => a + b.served, 0),
    files: sizes.filter((x) => !x.cached).length,
    cached: sizes.filter((x) => x.cached).length,
    fragments: sizes.filter((x) => x.path.includes('/fragment/')).length,
    html: sizes.filter((x) => x.path.endsWith('/search/')).reduce((a, b) => a + b.served, 0),
  };
}
if (!deadEndsOnly) {
  const chapterRuns: Awaited<ReturnType<typeof fromChapter>>[] = [];
  for (let i = 0; i < 3; i++) chapterRuns.push(await fromChapter('科技'));
  const c0 = chapterRuns[0]!;
  lines.push([
    'first search for 科技 from a chapter page, as served (median of 3)',
    `${kb(median(chapterRuns.map((c) => c.served)))}: ${c0.files} requests (${c0.cached} more from the browser's cache), ${c0.fragments} fragments, search page ${kb(c0.html)}`,
    '',
  ]);
}

await browser.close();
await server.close();

// What a reading page carries for search: the loader of the highlighter (it loads nothing more unless ?hl=).
const reading = readFileSync(join(DIST, 'zh', 'plan', 'part-3', 'index.html'), 'utf8');
const scripts = [...reading.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!.replace(/^\//, ''))));
lines.push([
  'reading page (zh/plan/part-3/): all JS',
  `${scripts.reduce((a, b) => a + gzipSync(b).length, 0)} B gzip (${scripts.reduce((a, b) => a + b.length, 0)} B raw), ${scripts.length} file(s)`,
  '',
]);

const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => [...(l[i] ?? '')].length)));
console.log('');
for (const l of lines) console.log(l.map((c, i) => c.padEnd(widths[i]! + 2)).join(''));
