/**
 * Scale benchmark: `npm run bench:scale` (SCALE_SIZES=50,100 for a quick run; SCALE_KEEP=1 keeps the
 * temporary projects). For each size N (synthetic entries per language, bench/scale/generate.ts):
 *  - `npm run check` time on the generated content;
 *  - `npm run build` time, split by phase (PLAN_TIMING, src/integrations/timing.ts), peak RSS (/usr/bin/time -v);
 *  - pages built, time per page, Pagefind index bytes per indexed page;
 *  - in Chromium, served by nginx with docs/nginx.conf: bytes as served that a first search downloads for a specific and a broad
 *    term, and the median latency of later queries, per language;
 *  - the plain baseline (bench/scale/baseline.ts: plain Astro 7 + Pagefind CLI) on the same Markdown.
 * Prints one table and the targets (reported, not asserted), writes bench/results/scale.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/support/chromium.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import { trackRequests } from '../../tests/support/network.ts';
import { servedSizes } from '../../tests/support/served.ts';
import { submitSearch } from '../../tests/support/search.ts';
import { BROAD_TERM, SPECIFIC_TERM, scaleProject } from './generate.ts';
import { baselineProject } from './baseline.ts';

const ROOT = resolve('.');
const SIZES = (process.env.SCALE_SIZES ?? '250,1000,2000').split(',').map(Number).filter((n) => n > 0);
const KEEP = process.env.SCALE_KEEP === '1';
const PHASES = ['check', 'sync', 'render', 'index', 'precompress', 'site-check', 'swap'] as const;
type Lang = 'zh' | 'en';

interface Run {
  seconds: number;
  /** CPU time (user + system) of the command and its children: less sensitive to a busy machine. */
  cpuSeconds: number;
  peakRssMB: number;
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a command under /usr/bin/time -v (when present) and returns wall time and peak RSS of the largest process. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const useTime = existsSync('/usr/bin/time');
  const [file, argv] = useTime ? ['/usr/bin/time', ['-v', cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  return new Promise((ok) => {
    const child = spawn(file, argv, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
      const cpu = ['User', 'System'].reduce((a, k) => a + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN), 0);
      ok({ seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, peakRssMB: kb / 1024, stdout, stderr, code: code ?? 1 });
    });
  });
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'PLAN_OUT_DIR', 'PLAN_BASE', 'PLAN_TIMING']) if (!(name in extra)) delete env[name];
  return env;
}

/** Wall-clock and CPU seconds of each timed phase (src/lib/timing.ts: `<phase> <start|end> <epoch ms> <CPU ms>`). */
function phasesFrom(file: string): { wall: Record<string, number>; cpu: Record<string, number> } {
  const at: Record<string, { start?: number[]; end?: number[] }> = {};
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []) {
    const [phase, edge, ms, cpu] = line.split(' ');
    if (!phase || !edge) continue;
    (at[phase] ??= {})[edge as 'start' | 'end'] = [Number(ms), Number(cpu)];
  }
  const done = Object.entries(at).filter(([, v]) => v.start && v.end) as [string, { start: number[]; end: number[] }][];
  return {
    wall: Object.fromEntries(done.map(([k, v]) => [k, (v.end[0]! - v.start[0]!) / 1000])),
    cpu: Object.fromEntries(done.filter(([, v]) => Number.isFinite(v.end[1]) && Number.isFinite(v.start[1])).map(([k, v]) => [k, (v.end[1]! - v.start[1]!) / 1000])),
  };
}

/** The machine's load while something runs: the 1-minute load average every 5 s (min / median / max). */
function loadDuring() {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 5000);
  return () => {
    clearInterval(timer);
    samples.push(loadavg()[0]!);
    const s = [...samples].sort((a, b) => a - b);
    return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
  };
}

function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** A failed measurement stops the benchmark: no figure is printed from a run that went wrong. */
function fail(what: string): never {
  console.error(`bench:scale: measurement failed: ${what}`);
  process.exit(1);
}

function failWith(what: string, run: Run): never {
  console.error(`${what} failed (exit ${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  process.exit(1);
}

/** What a first search downloaded, by kind of file (bytes as nginx sends them). */
type Breakdown = Record<string, number>;
const kindOf = (path: string) =>
  path.startsWith('/_astro/') ? 'site script' : /\.pf_fragment$/.test(path) ? 'fragments' : /\.pf_index$/.test(path) ? 'index chunks' : /\.pf_filter$/.test(path) ? 'filters' : /\.pf_meta$/.test(path) ? 'meta' : /wasm/.test(path) ? 'wasm' : 'pagefind.js + entry';

interface Search {
  specificBreakdown: Breakdown;
  broadBreakdown: Breakdown;
  specificGzipBytes: number;
  broadGzipBytes: number;
  specificResults: number;
  broadResults: number;
  medianQueryMs: number;
}

/**
 * Bytes a first query downloads (search script, pagefind.js, wasm, index, fragments) as nginx sends
 * them with docs/nginx.conf (tests/support/served.ts), on a cold page (new browser context). Every
 * request is followed until none is in flight (no fixed wait); a failed request, a page error or a
 * non-200 answer stops the benchmark.
 */
async function measureSearch(browser: Browser, dist: string, lang: Lang): Promise<Search> {
  const server = await startNginx({ root: dist });
  const served = servedSizes(server.url);
  try {
    const cold = async (q: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const tracker = trackRequests(page);
      page.on('pageerror', (e) => fail(`${lang} "${q}": page error ${e.message}`));
      page.on('requestfailed', (r) => fail(`${lang} "${q}": request failed ${r.url()} (${r.failure()?.errorText})`));
      await page.goto(`${server.url}${lang}/search/`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.getElementById('search')?.dataset['state'] === 'idle');
      const result = await submit(page, q);
      await tracker.idle();
      const search = tracker.requests.filter((r) => {
        const path = new URL(r.url()).pathname;
        return path.startsWith('/pagefind/') || (path.startsWith('/_astro/') && path.endsWith('.js'));
      });
      if (!search.length) fail(`${lang} "${q}": no search file was downloaded`);
      const sizes = await Promise.all(
        search.map(async (r): Promise<[string, number]> => {
          const path = new URL(r.url()).pathname;
          const res = await r.response();
          if (!res || res.status() !== 200) fail(`${lang} "${q}": ${path} answered ${res?.status() ?? 'nothing'}`);
          const bytes = await served(path, (await res.body()).length).catch((e: unknown) => fail(`${lang} "${q}": ${path} could not be read as served (${String(e)})`));
          return [kindOf(path), bytes];
        }),
      );
      tracker.dispose();
      const breakdown: Breakdown = {};
      for (const [kind, n] of sizes) breakdown[kind] = (breakdown[kind] ?? 0) + n;
      const bytes = sizes.reduce((a, [, n]) => a + n, 0);
      return { bytes, breakdown, count: result.count, page, context };
    };
    const specific = await cold(SPECIFIC_TERM[lang]);
    await specific.context.close();
    const broad = await cold(BROAD_TERM[lang]);
    // Later queries on the warm page: a mix of narrow and broad terms.
    const later = lang === 'zh' ? ['孵化器', '新能源汽车', '生物医药', '研发投入', '众创空间', '人才', '金义新区', '专利'] : ['incubators', 'new energy vehicle', 'biomedicine', 'R&D investment', 'maker spaces', 'talent', 'Jinyi New Area', 'patents'];
    const ms: number[] = [];
    for (const q of later) ms.push((await submit(broad.page, q)).ms);
    await broad.context.close();
    const sorted = ms.sort((a, b) => a - b);
    return {
      specificBreakdown: specific.breakdown,
      broadBreakdown: broad.breakdown,
      specificGzipBytes: specific.bytes,
      broadGzipBytes: broad.bytes,
      specificResults: specific.count,
      broadResults: broad.count,
      medianQueryMs: sorted[Math.floor((sorted.length - 1) / 2)]!,
    };
  } finally {
    await server.close();
  }
}

/** One search through the interface (tests/support/search.ts: the same helper as bench:search). */
function submit(page: import('playwright-core').Page, q: string): Promise<{ ms: number; count: number }> {
  return submitSearch(page, q);
}

interface SizeResult {
  entriesPerLang: number;
  mix: Record<string, number>;
  pages: number;
  indexedPages: number;
  seconds: number;
  cpuSeconds: number;
  checkCpuSeconds: number;
  /** Wall-clock seconds of each timed build phase. */
  phases: Record<string, number>;
  /** CPU seconds of each timed build phase (the build process and its children, e.g. Pagefind's indexer). */
  cpuPhases: Record<string, number>;
  /** When this size was measured, and the machine's 1-minute load average meanwhile. */
  date: string;
  load: { min: number; median: number; max: number };
  secondsPerPage: number;
  peakRssMB: number;
  checkSeconds: number;
  pagefindBytes: number;
  pagefindBytesPerPage: number;
  largestPageKB: number;
  /** The largest HTML page of the glossary's term pages (…/glossary/<term>/…), KB. */
  largestTermPageKB: number;
  search: Record<Lang, Search>;
  baselinePages: number;
  baselineSeconds: number;
  baselineCpuSeconds: number;
  baselinePeakRssMB: number;
  baselineSecondsPerPage: number;
  overhead: number;
  overheadCpu: number;
  overheadPerPage: number;
  /** Build CPU ms per page built, this site and the baseline, and their ratio (the issue's measure). */
  cpuMsPerPage: number;
  baselineCpuMsPerPage: number;
  overheadCpuPerPage: number;
}

const results: SizeResult[] = [];
// --report: print the table and targets of bench/results/scale.json again, measuring nothing.
const REPORT_ONLY = process.argv.includes('--report');
const browser = REPORT_ONLY ? undefined : await launch({ full: true });
try {
  for (const n of REPORT_ONLY ? [] : SIZES) {
    console.error(`— ${n} entries per language: generating…`);
    const date = new Date().toISOString();
    const { dir, mix } = scaleProject(n, ROOT);
    const loadMeanwhile = loadDuring();
    const node = process.execPath;

    console.error('  npm run check…');
    const check = await timed(node, ['scripts/check.ts'], dir, cleanEnv());
    if (check.code !== 0) failWith('npm run check on the synthetic content', check);

    console.error('  npm run build…');
    const timing = join(dir, 'timing.log');
    const build = await timed(node, ['scripts/build.ts'], dir, cleanEnv({ PLAN_TIMING: timing }));
    if (build.code !== 0) failWith('npm run build on the synthetic content', build);
    const { wall: phases, cpu: cpuPhases } = phasesFrom(timing);
    const dist = join(dir, 'dist');
    const files = walk(dist);
    const html = files.filter((f) => f.endsWith('.html'));
    const pagefindFiles = files.filter((f) => f.startsWith(join(dist, 'pagefind') + '/'));
    const pagefindBytes = pagefindFiles.reduce((a, f) => a + statSync(f).size, 0);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexedPages = Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0);
    const largestPageKB = Math.max(...html.map((f) => statSync(f).size)) / 1024;
    const termPages = html.filter((f) => /^(zh|en)\/glossary\/[^/]+\//.test(f.slice(dist.length + 1)));
    const largestTermPageKB = Math.max(0, ...termPages.map((f) => statSync(f).size)) / 1024;

    console.error('  search in Chromium…');
    const search = { zh: await measureSearch(browser!, dist, 'zh'), en: await measureSearch(browser!, dist, 'en') };

    console.error('  plain baseline…');
    const base = baselineProject(join(dir, 'content'), join(ROOT, 'node_modules'));
    const baseline = await timed(
      '/bin/sh',
      ['-c', `"${node}" node_modules/astro/bin/astro.mjs build && "${node}" node_modules/pagefind/lib/runner/bin.cjs --site dist`],
      base,
      cleanEnv({ PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` }),
    );
    if (baseline.code !== 0) failWith('the plain baseline build', baseline);
    const baselinePages = walk(join(base, 'dist')).filter((f) => f.endsWith('.html')).length;
    const load = loadMeanwhile();
    const cpuMsPerPage = (build.cpuSeconds * 1000) / html.length;
    const baselineCpuMsPerPage = (baseline.cpuSeconds * 1000) / baselinePages;

    const r: SizeResult = {
      entriesPerLang: n,
      mix,
      pages: html.length,
      indexedPages,
      seconds: build.seconds,
      cpuSeconds: build.cpuSeconds,
      checkCpuSeconds: check.cpuSeconds,
      phases,
      cpuPhases,
      date,
      load,
      secondsPerPage: build.seconds / html.length,
      peakRssMB: build.peakRssMB,
      checkSeconds: check.seconds,
      pagefindBytes,
      pagefindBytesPerPage: pagefindBytes / indexedPages,
      largestPageKB,
      largestTermPageKB,
      search,
      baselinePages,
      baselineSeconds: baseline.seconds,
      baselineCpuSeconds: baseline.cpuSeconds,
      baselinePeakRssMB: baseline.peakRssMB,
      baselineSecondsPerPage: baseline.seconds / baselinePages,
      overhead: build.seconds / baseline.seconds,
      overheadCpu: build.cpuSeconds / baseline.cpuSeconds,
      overheadPerPage: build.seconds / html.length / (baseline.seconds / baselinePages),
      cpuMsPerPage,
      baselineCpuMsPerPage,
      overheadCpuPerPage: cpuMsPerPage / baselineCpuMsPerPage,
    };
    results.push(r);
    console.error(`  done: ${JSON.stringify({ pages: r.pages, cpuSeconds: r.cpuSeconds.toFixed(1), cpuPhases, baselineCpuSeconds: r.baselineCpuSeconds.toFixed(1), load })}`);
    if (KEEP) console.error(`  kept: ${dir} ${base}`);
    else for (const d of [dir, base]) rmSync(d, { recursive: true, force: true });
  }
} finally {
  await browser?.close();
}

// ——— Report ———
// SCALE_MERGE=1: report these sizes together with the others already in bench/results/scale.json
// (e.g. the largest size measured by a second run started in parallel on a busy machine).
const OUT = join(ROOT, 'bench', 'results', 'scale.json');
if ((REPORT_ONLY || process.env.SCALE_MERGE === '1') && existsSync(OUT)) {
  const before = JSON.parse(readFileSync(OUT, 'utf8')) as { sizes?: Record<string, SizeResult> };
  for (const r of Object.values(before.sizes ?? {})) if (!results.some((x) => x.entriesPerLang === r.entriesPerLang)) results.push(r);
  results.sort((a, b) => a.entriesPerLang - b.entriesPerLang);
}

const f1 = (x: number) => x.toFixed(1);
const kb = (x: number) => (x / 1024).toFixed(1);
const table = (rows: string[][], align: (i: number) => 'left' | 'right' = () => 'right') => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (align(i) === 'left' ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
};
// Results written before these fields existed (an older bench/results/scale.json) show "–".
const or = (x: number | undefined, show: (x: number) => string) => (x === undefined || !Number.isFinite(x) ? '–' : show(x));
const GIB = 1024;

// 1. The issue's table (#23): one row per measure, one column per size, then the target.
const measures: { name: string; value: (r: SizeResult) => string; target: string }[] = [
  { name: '`npm run check`, CPU s', value: (r) => f1(r.checkCpuSeconds), target: '≤ 10 (at 2,000)' },
  {
    name: 'build CPU against plain Astro + Pagefind, per page built (CPU ms per page: site / baseline; pages)',
    value: (r) => {
      const site = (r.cpuSeconds * 1000) / r.pages;
      const plain = (r.baselineCpuSeconds * 1000) / r.baselinePages;
      return `${(site / plain).toFixed(2)}× (${site.toFixed(1)} / ${plain.toFixed(1)} ms; ${r.pages} / ${r.baselinePages} pages; ${f1(r.cpuSeconds)} / ${f1(r.baselineCpuSeconds)} s)`;
    },
    target: '≤ 1.5×',
  },
  { name: 'first search for a broad term (科技创新 / innovation), KB as served, zh / en', value: (r) => `${kb(r.search.zh.broadGzipBytes)} / ${kb(r.search.en.broadGzipBytes)}`, target: '≤ 300' },
  { name: 'first search for a specific term, KB as served, zh / en', value: (r) => `${kb(r.search.zh.specificGzipBytes)} / ${kb(r.search.en.specificGzipBytes)}`, target: '≤ 150' },
  { name: 'median query time in the browser, ms, zh / en', value: (r) => `${r.search.zh.medianQueryMs} / ${r.search.en.medianQueryMs}`, target: '≤ 150' },
  { name: 'largest glossary term page, KB', value: (r) => or(r.largestTermPageKB, (x) => x.toFixed(0)), target: '≤ 200' },
  { name: 'peak build memory, MB (largest process)', value: (r) => r.peakRssMB.toFixed(0), target: `≤ 1.5 GB (${1.5 * GIB} MB)` },
  { name: 'measured (UTC), machine load (1-min average: min / median / max)', value: (r) => (r.date ? `${r.date.slice(0, 16).replace('T', ' ')}, load ${r.load.min.toFixed(1)} / ${r.load.median.toFixed(1)} / ${r.load.max.toFixed(1)}` : '–'), target: '' },
];
console.log(`At N entries per language (bench/scale/generate.ts), ${cpus().length} CPUs:\n`);
console.log(table([['', ...results.map((r) => `${r.entriesPerLang}`), 'target'], ...measures.map((m) => [m.name, ...results.map(m.value), m.target])], (i) => (i === 0 ? 'left' : 'right')));

// 2. Where the build's time goes: CPU and wall-clock seconds of each phase.
const rows: string[][] = [
  ['entries/lang', 'pages', 'check s (CPU)', 'build s', 'build CPU s', ...PHASES.map((p) => `${p === 'check' ? 'build-check' : p} CPU (wall) s`), 'index pass 1 CPU (wall) s', 'peak MB', 'index B/page', 'largest page KB', 'baseline pages', 'baseline CPU s', 'baseline peak MB'],
  ...results.map((r) => [
    String(r.entriesPerLang),
    String(r.pages),
    `${f1(r.checkSeconds)} (${f1(r.checkCpuSeconds)})`,
    f1(r.seconds),
    f1(r.cpuSeconds),
    ...PHASES.map((p) => (r.phases[p] === undefined ? '–' : `${or(r.cpuPhases?.[p], f1)} (${f1(r.phases[p]!)})`)),
    r.phases['index-pass1'] === undefined ? '–' : `${or(r.cpuPhases?.['index-pass1'], f1)} (${f1(r.phases['index-pass1']!)})`,
    r.peakRssMB.toFixed(0),
    r.pagefindBytesPerPage.toFixed(0),
    r.largestPageKB.toFixed(0),
    String(r.baselinePages),
    f1(r.baselineCpuSeconds),
    r.baselinePeakRssMB.toFixed(0),
  ]),
];
console.log('\nBuild phases (src/lib/timing.ts), CPU seconds of the build process and its children (Pagefind), wall-clock in brackets:\n');
console.log(table(rows));
console.log('"sync" = Astro\'s content sync (Markdown rendered); "render" = the pages; "index" = both Pagefind passes and writing the index; "site-check" = links and assets of the built site.');
console.log('On a shared machine wall-clock time includes waiting for a CPU: the CPU columns (user + system) compare fairly.');

for (const r of results) {
  for (const lang of ['zh', 'en'] as const) {
    const b = r.search[lang].specificBreakdown;
    if (!b) continue;
    console.log(`first specific search, ${lang}, ${r.entriesPerLang} entries: ${Object.entries(b).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}`);
  }
}

// 3. The targets of #23 (reported, never asserted), at each size and at the largest.
const small = results[0];
const big = results.at(-1);
const targets: { name: string; value: string; met: boolean }[] = [];
if (small && big && big !== small) {
  const growth = big.cpuSeconds / big.pages / (small.cpuSeconds / small.pages);
  targets.push({ name: `build CPU per page at ${big.entriesPerLang} ≤ 1.3 × at ${small.entriesPerLang} (grows linearly)`, value: `${growth.toFixed(2)} ×`, met: growth <= 1.3 });
}
for (const r of results) {
  const perPage = r.cpuSeconds / r.pages / (r.baselineCpuSeconds / r.baselinePages);
  targets.push({ name: `build CPU per page ≤ 1.5 × plain Astro + Pagefind at ${r.entriesPerLang}`, value: `${perPage.toFixed(2)} ×`, met: perPage <= 1.5 });
}
if (big) {
  const n = big.entriesPerLang;
  const most = (f: (s: Search) => number) => Math.max(f(big.search.zh), f(big.search.en));
  targets.push({ name: `npm run check ≤ 10 CPU s at ${n}`, value: `${f1(big.checkCpuSeconds)} s`, met: big.checkCpuSeconds <= 10 });
  targets.push({ name: `first broad search ≤ 300 KB at ${n}`, value: `${kb(most((s) => s.broadGzipBytes))} KB`, met: most((s) => s.broadGzipBytes) <= 300 * 1024 });
  targets.push({ name: `first specific search ≤ 150 KB at ${n}`, value: `${kb(most((s) => s.specificGzipBytes))} KB`, met: most((s) => s.specificGzipBytes) <= 150 * 1024 });
  targets.push({ name: `median query ≤ 150 ms at ${n}`, value: `${most((s) => s.medianQueryMs)} ms`, met: most((s) => s.medianQueryMs) <= 150 });
  if (big.largestTermPageKB !== undefined) targets.push({ name: `largest term page ≤ 200 KB at ${n}`, value: `${big.largestTermPageKB.toFixed(0)} KB`, met: big.largestTermPageKB <= 200 });
  targets.push({ name: `peak build memory ≤ 1.5 GB at ${n}`, value: `${big.peakRssMB.toFixed(0)} MB`, met: big.peakRssMB <= 1.5 * GIB });
}
console.log('\nTargets (reported, not asserted):');
for (const t of targets) console.log(`  ${t.met ? '✓' : '✗'} ${t.name}: ${t.value}`);

if (REPORT_ONLY) process.exit(0);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const out = OUT;
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, sizes: Object.fromEntries(results.map((r) => [String(r.entriesPerLang), r])), targets }, null, 2) + '\n',
);
writeFileSync(join(ROOT, 'bench', 'results', `scale-${SIZES.join('-')}.json`), JSON.stringify(results.filter((r) => SIZES.includes(r.entriesPerLang)), null, 2) + '\n');
console.log(`\nWrote ${out}`);
