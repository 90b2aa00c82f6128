/**
 * Ground truth for the search benchmark: for each query, the pages whose indexed text contains it.
 * "Indexed text" is the page text Pagefind stored at build time (dist/pagefind/fragment/*.pf_fragment,
 * read directly from disk: no search, no index lookup), without the search-only character block that
 * src/search/tokens.ts appends after its mark (〓). Independent of the site's search code:
 * - a query with Chinese characters: a substring of the text (whitespace and zero-width spaces ignored,
 *   Latin letters case-folded);
 * - otherwise: the words in order, each as a whole word in its own or a plural/-ing/-ed form.
 * Run directly to print the truth as JSON: `node bench/search/ground-truth.ts [dist]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type Lang = 'zh' | 'en';
export interface IndexedPage {
  lang: Lang;
  url: string;
  text: string;
}
export interface Queries {
  zh: Record<string, string[]>;
  en: Record<string, string[]>;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function readIndexedPages(dist: string): IndexedPage[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      return { lang: f.startsWith('zh') ? 'zh' : 'en', url: json.url, text: json.content.split('〓')[0]!.replace(INVISIBLE, '') } as IndexedPage;
    });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a query word may take in the text (plural, -ing, -ed), as a regex alternation. */
function forms(word: string): string {
  const w = word.toLowerCase();
  const out = new Set([w, `${w}s`, `${w}es`]);
  if (w.endsWith('y')) out.add(`${w.slice(0, -1)}ies`);
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  const stemE = w.endsWith('e') ? w.slice(0, -1) : w;
  for (const suffix of ['ing', 'ed']) out.add(stemE + suffix);
  if (w.endsWith('ing')) out.add(w.slice(0, -3)).add(`${w.slice(0, -3)}e`);
  if (w.endsWith('ed')) out.add(w.slice(0, -2)).add(`${w.slice(0, -1)}`);
  return [...out].sort((a, b) => b.length - a.length).map(escape).join('|');
}

export function contains(text: string, query: string): boolean {
  const q = query.normalize('NFKC').trim();
  if (/\p{Script=Han}/u.test(q)) {
    const squash = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, '').toLowerCase();
    return squash(text).includes(squash(q));
  }
  // A word character: a letter or digit, but not a Han character (占GDP比重 contains the word GDP).
  const w = '(?:[^\\P{L}\\p{Script=Han}]|\\p{N})';
  const words = q.match(new RegExp(`${w}+`, 'gu')) ?? [];
  if (!words.length) return false;
  const pattern = words.map((x) => `(?:${forms(x)})`).join(`[\\s\\-‐–—&'’/·]*`);
  return new RegExp(`(?<!${w})${pattern}(?!${w})`, 'iu').test(text);
}

export function groundTruth(pages: IndexedPage[], queries: Queries): Record<Lang, Record<string, string[]>> {
  const out: Record<Lang, Record<string, string[]>> = { zh: {}, en: {} };
  for (const lang of ['zh', 'en'] as const) {
    for (const q of Object.values(queries[lang]).flat()) {
      out[lang][q] = pages.filter((p) => p.lang === lang && contains(p.text, q)).map((p) => p.url).sort();
    }
  }
  return out;
}

export const loadQueries = (file = resolve('bench/search/queries.json')): Queries => JSON.parse(readFileSync(file, 'utf8')) as Queries;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? process.env.PLAN_OUT_DIR ?? 'dist');
  console.log(JSON.stringify(groundTruth(readIndexedPages(dist), loadQueries()), null, 2));
}
