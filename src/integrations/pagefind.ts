/**
 * Builds the Pagefind search index at the end of `astro build`, from the pages just written to the
 * build's output directory (whatever outDir is configured). Only the main content of each page is
 * indexed (`data-pagefind-body`, see Base.astro); `<html lang>` gives one index per language.
 *
 * Two passes: the first indexes the pages as they are and reads back the text Pagefind stored for
 * each; the second indexes them again with that text's characters added as one-character words
 * (see src/lib/search/tokens.ts), and writes the index. The published HTML is never changed.
 * Every Pagefind response is checked: any error fails the build with a plain message (zh + en).
 * The Pagefind service is always closed, even when indexing fails, and the build waits for it to end.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { minify } from 'vite';
import { hiddenCharacters, htmlForIndex, tokensBlock } from '../lib/search/tokens.ts';
import { mark } from './timing.ts';
import { precompress } from './precompress.ts';

/** The folder (inside the built site) that holds the index and pagefind.js. */
export const PAGEFIND_DIR = 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(
    `搜索索引生成失败（${step}）/ The search index could not be built (${step}):\n` + errors.map((e) => `  - ${e}`).join('\n'),
  );
}

interface Page {
  url: string;
  html: string;
}

/** Built pages that have content to index, with the URL Pagefind should give them. */
async function indexablePages(outDir: string): Promise<Page[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages: Page[] = [];
  for (const file of files.sort()) {
    const html = await readFile(join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const path = relative(outDir, join(outDir, file)).split(sep).join('/');
    pages.push({ url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, html });
  }
  return pages;
}

/**
 * Parts of the main content that are page furniture, not text to search: publication dates and
 * revision links, and the document details box repeated on every page of the plan.
 */
// Page dates, the document details box, the headings' "link to this section" labels and the read-aloud
// buttons (朗读本页, 暂停 … on every page: a search for 停止 would list every page) are not content.
const EXCLUDE = ['.page-dates', '.doc-meta', '.permalink', '[data-read-aloud]'];

/** Whether a page has any Han character from its data-pagefind-body element on (a superset of its indexed text). */
const mayHaveHan = (page: Page) => /\p{Script=Han}/u.test(page.html.slice(page.html.indexOf('data-pagefind-body')));

async function newIndex() {
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (created.errors.length || !created.index) fail('createIndex', created.errors.length ? created.errors : ['no index returned']);
  return created.index;
}

async function addPages(index: pagefind.PagefindIndex, pages: Page[], block: (url: string) => string) {
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: htmlForIndex(page.html, block(page.url)) });
    if (added.errors.length) fail(`addHTMLFile ${page.url}`, added.errors);
  }
}

/**
 * pagefind.js as Pagefind writes it keeps its long names and spacing (47 KB, 13 KB gzip); every first
 * search downloads it. It is minified here with the build's own minifier (Vite's, Oxc): 32 KB, 11 KB
 * gzip, the same module (same exports, same behaviour).
 */
async function minifyScript(file: string) {
  const code = await readFile(file, 'utf8');
  const out = await minify('pagefind.js', code, { module: true, compress: true, mangle: true });
  if (out.errors.length || !out.code) fail('minify pagefind.js', out.errors.length ? out.errors.map((e) => e.message) : ['no output']);
  await writeFile(file, out.code);
}

export async function buildSearchIndex(outDir: string): Promise<{ pages: number; outputPath: string }> {
  try {
    const pages = await indexablePages(outDir);
    if (!pages.length) fail('addHTMLFile', [`no pages with data-pagefind-body found in ${outDir}`]);

    // Pass 1: the text Pagefind keeps for each page. Only pages with Chinese characters in or after
    // their indexed part need it (the others get no character block): most English pages skip it.
    mark('index-pass1', 'start');
    const first = await newIndex();
    await addPages(first, pages.filter(mayHaveHan), () => '');
    const files = await first.getFiles();
    if (files.errors.length) fail('getFiles', files.errors);
    const textOf = new Map<string, string>();
    for (const file of files.files) {
      if (!file.path.endsWith('.pf_fragment')) continue;
      const raw = gunzipSync(file.content).toString('utf8');
      const record = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      textOf.set(record.url, record.content);
    }
    await first.deleteIndex();
    mark('index-pass1', 'end');

    // Pass 2: the same pages with the characters Pagefind could not find alone as extra one-character words.
    const index = await newIndex();
    await addPages(index, pages, (url) => tokensBlock(hiddenCharacters(textOf.get(url) ?? '')));
    const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
    if (written.errors.length) fail('writeFiles', written.errors);
    // The site has its own result interface (src/client/search-page.ts): do not publish Pagefind's UI bundles.
    for (const file of await readdir(written.outputPath)) {
      if (/^pagefind-(?:component-|modular-)?ui\.(?:js|css)$|^pagefind-highlight\.js$/.test(file)) await rm(join(written.outputPath, file));
    }
    await minifyScript(join(written.outputPath, 'pagefind.js'));
    return { pages: pages.length, outputPath: written.outputPath };
  } finally {
    const before = childPids();
    await pagefind.close();
    await exited(before);
  }
}

/** The Pagefind processes this process started and has not reaped (Linux: /proc; elsewhere none are known). */
export function childPids(): number[] {
  try {
    return readdirSync('/proc/self/task')
      .flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number))
      .filter((pid) => {
        try {
          // The name in /proc/<pid>/stat stays while the process has ended but is not yet reaped.
          return /^\d+ \(pagefind/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/**
 * Wait until these child processes have ended and been reaped (at most 30 s). Pagefind's close() kills
 * its indexing service without waiting for it; if the build ends first, the service's CPU time is
 * never counted among the build's (bench:scale measures the build's CPU with its children).
 */
async function exited(pids: number[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  let alive = pids;
  while (alive.length && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 20));
    alive = alive.filter((pid) => existsSync(`/proc/${pid}`));
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'plan:pagefind',
    hooks: {
      // The search highlighter's loader is tiny, and Astro would inline it into every page; the
      // Content-Security-Policy (docs/nginx.conf) allows no inline script, so scripts stay files.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        mark('render', 'end');
        mark('index', 'start');
        const { pages, outputPath } = await buildSearchIndex(outDir);
        mark('index', 'end');
        logger.info(`search index: ${pages} pages → ${outputPath}`);
        mark('precompress', 'start');
        const searchPages = readdirSync(outDir).map((d) => join(d, 'search', 'index.html')).filter((f) => existsSync(join(outDir, f)));
        const packed = await precompress(outDir, PAGEFIND_DIR, searchPages);
        mark('precompress', 'end');
        logger.info(`precompressed: ${packed.files} files (Pagefind's own ${packed.saved} B smaller)`);
      },
    },
  };
}
