/**
 * Smaller files for a first search (issue #23: the first search for 科技 from a chapter page), after the
 * search index is written. Zopfli writes gzip streams about 4–6 % smaller than zlib's best level, readable
 * by every gzip decoder:
 * - Pagefind's own gzip files, rewritten in place (the WebAssembly, the language metadata and, while the
 *   whole index is small, its chunks): Pagefind decompresses them as before, nginx sends them as they are.
 * - `<file>.gz` next to the text files a first search downloads (pagefind.js, the site's scripts and
 *   styles, the search pages' HTML): nginx sends them instead of compressing on the fly (`gzip_static on`
 *   in docs/nginx.conf); a server without it sends the files themselves, as before.
 * Zopfli is slow (tens of ms per KB), so each result is kept in node_modules/.cache/plan-precompress,
 * keyed by the file's content: the WebAssembly, pagefind.js and hashed /_astro/ files are the same from
 * one build to the next. The index chunks are rewritten only while the index is at most INDEX_BUDGET raw
 * bytes in all: beyond that their first compression would cost the build more than it saves a search.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

const CACHE = resolve('node_modules/.cache/plan-precompress');
/** Raw (uncompressed) bytes of all index chunks up to which they are rewritten. */
export const INDEX_BUDGET = 1024 * 1024;

async function zopfli(raw: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(raw).digest('hex');
  const cached = join(CACHE, `${key}.gz`);
  if (existsSync(cached)) return readFile(cached);
  const out = Buffer.from(await gzipAsync(raw, { numiterations: 5 }));
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, out);
  return out;
}

/** Rewrites a Pagefind gzip file with Zopfli when that is smaller; returns the bytes saved. */
async function recompress(file: string): Promise<number> {
  const before = await readFile(file);
  const after = await zopfli(gunzipSync(before));
  if (after.length >= before.length) return 0;
  await writeFile(file, after);
  return before.length - after.length;
}

/** Writes `<file>.gz` for a text file; returns its size. */
async function precompressText(file: string): Promise<number> {
  const out = await zopfli(await readFile(file));
  await writeFile(`${file}.gz`, out);
  return out.length;
}

export async function precompress(outDir: string, pagefindDir: string, searchPages: readonly string[]): Promise<{ files: number; saved: number }> {
  let files = 0;
  let saved = 0;
  const pf = join(outDir, pagefindDir);
  const top = await readdir(pf);
  for (const f of top.filter((f) => f.endsWith('.pagefind') || f.endsWith('.pf_meta'))) {
    saved += await recompress(join(pf, f));
    files++;
  }
  const indexDir = join(pf, 'index');
  const chunks = existsSync(indexDir) ? (await readdir(indexDir)).map((f) => join(indexDir, f)) : [];
  const raw = await Promise.all(chunks.map(async (f) => gunzipSync(await readFile(f)).length));
  if (raw.reduce((a, b) => a + b, 0) <= INDEX_BUDGET) {
    for (const f of chunks) {
      saved += await recompress(f);
      files++;
    }
  }
  const text = [join(pf, 'pagefind.js'), ...searchPages.map((p) => join(outDir, p))];
  const astro = join(outDir, '_astro');
  if (existsSync(astro)) for (const f of await readdir(astro)) if (/\.(?:js|css)$/.test(f)) text.push(join(astro, f));
  for (const f of text) {
    if (!existsSync(f) || (await stat(f)).size < 256) continue;
    await precompressText(f);
    files++;
  }
  return { files, saved };
}
