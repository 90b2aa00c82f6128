/** src/integrations/precompress.ts: smaller gzip files with the same content, and .gz copies nginx can send. */
import { afterAll, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { INDEX_BUDGET, precompress } from '../../src/integrations/precompress.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Text that compresses, different in each file.
const text = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed} 科技创新 ${i % 37} ${(i * 7919) % 101}`).join('\n');

function site(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

test('Pagefind files keep their content, none grows; text files get a .gz of the same bytes; other pages do not', async () => {
  const wasm = text('wasm', 300);
  const chunk = text('chunk', 200);
  const js = text('js', 100);
  const dir = site({
    'pagefind/wasm.unknown.pagefind': gzipSync(wasm, { level: 9 }),
    'pagefind/index/zh_1.pf_index': gzipSync(chunk, { level: 9 }),
    'pagefind/pagefind.js': js,
    '_astro/a.js': js + 'a',
    'zh/search/index.html': js + 'html',
    'zh/index.html': js + 'home',
  });
  const before = readFileSync(join(dir, 'pagefind/wasm.unknown.pagefind')).length;
  await precompress(dir, 'pagefind', ['zh/search/index.html']);
  expect(gunzipSync(readFileSync(join(dir, 'pagefind/wasm.unknown.pagefind'))).toString()).toBe(wasm);
  expect(readFileSync(join(dir, 'pagefind/wasm.unknown.pagefind')).length).toBeLessThanOrEqual(before);
  expect(gunzipSync(readFileSync(join(dir, 'pagefind/index/zh_1.pf_index'))).toString()).toBe(chunk);
  for (const f of ['pagefind/pagefind.js', '_astro/a.js', 'zh/search/index.html']) {
    expect(gunzipSync(readFileSync(join(dir, `${f}.gz`)))).toEqual(readFileSync(join(dir, f)));
  }
  expect(existsSync(join(dir, 'zh/index.html.gz'))).toBe(false);
});

test('index chunks are left as Pagefind wrote them when the index is larger than the budget', async () => {
  const big = Buffer.alloc(INDEX_BUDGET + 1, 'a');
  const written = gzipSync(big, { level: 1 });
  const dir = site({ 'pagefind/pagefind.js': 'x', 'pagefind/index/zh_1.pf_index': written });
  await precompress(dir, 'pagefind', []);
  expect(readFileSync(join(dir, 'pagefind/index/zh_1.pf_index'))).toEqual(written);
});
