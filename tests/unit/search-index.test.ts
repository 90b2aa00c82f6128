/** The search index integration (src/integrations/pagefind.ts), run on small throw-away sites. */
import { afterEach, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex, childPids } from '../../src/integrations/pagefind.ts';
import { TOKENS_MARK } from '../../src/lib/search/tokens.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><body><header>站点 Site</header><main data-pagefind-body><div class="read-aloud" data-read-aloud><button>朗读本页</button><button hidden>停止</button></div><h1>T</h1><p id="x-p1">${body}</p></main></body></html>`;

test('one index per language, the characters block only for characters inside words, no Pagefind UI bundles', async () => {
  const dir = site({
    'zh/a/index.html': page('zh-CN', '各类人才集聚'),
    'en/a/index.html': page('en', 'High-tech enterprises'),
    '404.html': '<html lang="en"><body><main>Not found</main></body></html>',
  });
  const { pages } = await buildSearchIndex(dir);
  expect(pages).toBe(2);
  // The indexing service has ended (and its CPU time is counted as the build's) before the index is reported built.
  expect(childPids()).toEqual([]);
  const out = join(dir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  expect(readdirSync(out).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  const records = readdirSync(join(out, 'fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(out, 'fragment', f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; anchors: { id: string }[] };
  });
  const zh = records.find((r) => r.url === '/zh/a/')!;
  expect(zh.content).toContain('人才');
  expect(zh.content).not.toContain('站点');
  // The read-aloud buttons are not page text.
  expect(zh.content).not.toMatch(/朗读|停止/);
  const block = zh.content.slice(zh.content.indexOf(TOKENS_MARK));
  // Characters that never begin a word here are added as words of their own; others are not.
  expect(block).toMatch(/才/);
  expect(block).not.toMatch(/各/);
  // Paragraph ids are not copied into the record (headings keep theirs).
  expect(zh.anchors.map((a) => a.id)).not.toContain('x-p1');
  const en = records.find((r) => r.url === '/en/a/')!;
  expect(en.content).not.toContain(TOKENS_MARK);
  // pagefind.js is minified (Pagefind writes it with its long local names, e.g. pagefind_version)
  // and is still the same module: the API the search page and the benchmark use.
  const js = join(out, 'pagefind.js');
  expect(readFileSync(js, 'utf8')).not.toContain('pagefind_version');
  const api = (await import(/* @vite-ignore */ pathToFileURL(js).href)) as Record<string, unknown>;
  for (const name of ['options', 'init', 'preload', 'search']) expect(typeof api[name], name).toBe('function');
});

test('a site with nothing to index fails with a plain message in both languages', async () => {
  const dir = site({ 'index.html': '<html lang="en"><body><p>no main content marked</p></body></html>' });
  await expect(buildSearchIndex(dir)).rejects.toThrow(/搜索索引生成失败.*The search index could not be built/s);
  expect(existsSync(join(dir, 'pagefind'))).toBe(false);
});
