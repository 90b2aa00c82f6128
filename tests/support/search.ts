/** The search page as the browser tests read it. */
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Shown {
  path: string;
  marks: string[];
}

/** Wait until the search page has finished a search for `q`; the results as shown. */
export async function results(page: Page, q: string): Promise<{ shown: Shown[]; status: string }> {
  await page.waitForFunction((query) => {
    const root = document.getElementById('search');
    return root?.dataset['state'] === 'done' && root.dataset['query'] === query;
  }, q);
  const shown = await page.$$eval('#search-results > li', (lis) =>
    lis.map((li) => ({
      path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      marks: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { shown, status: (await page.textContent('#search-status')) ?? '' };
}

/** The page texts the built index holds (its page records), without the search-only character block. */
export function readIndexedPages(dist: string): { lang: 'zh' | 'en'; url: string; text: string }[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      return { lang: f.startsWith('zh') ? 'zh' : 'en', url: json.url, text: json.content.split('〓')[0]!.replace(/[\u200b-\u200d\u2060\ufeff]/g, '') };
    });
}
