/** The search page as the browser tests read it. */
import type { Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizeQuery } from '../../src/lib/search/match.ts';

export interface Shown {
  path: string;
  marks: string[];
}

/**
 * Press "More" until the search on show has every result (the first view holds a few; each press
 * fetches the next batch). For tests that check the whole answer.
 */
export async function showAll(page: Page): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const more = page.locator('#search-more');
    if (await more.isHidden()) return;
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction(
      (n) => {
        const root = document.getElementById('search');
        return root?.dataset['state'] === 'error' || (root?.dataset['state'] === 'done' && (document.querySelectorAll('#search-results > li').length > n || (document.getElementById('search-more') as HTMLElement).hidden));
      },
      before,
    );
  }
  throw new Error('"More" never ran out');
}

/**
 * Wait until the search page has finished a search for `q` (as the page tidies it: normalizeQuery);
 * the results as shown, every one of them ("More" pressed until there are no more; `firstView` keeps
 * to what the page shows first).
 */
export async function results(page: Page, q: string, options: { firstView?: boolean } = {}): Promise<{ shown: Shown[]; status: string }> {
  await page.waitForFunction((query) => {
    const root = document.getElementById('search');
    return root?.dataset['state'] === 'done' && root.dataset['query'] === query;
  }, normalizeQuery(q));
  if (!options.firstView) await showAll(page);
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

/** A result as the search page lists it: its link, its first excerpt (HTML), the marked text of all its excerpts. */
export interface ResultRow {
  url: string;
  excerpt: string;
  marks: string[];
}

export interface Submitted {
  rows: ResultRow[];
  /** The status line above the results. */
  status: string;
  /** The term card's text and link, null when it is hidden. */
  card: string | null;
  cardHref: string | null;
  /** Results the page reports (data-count). */
  count: number;
  /** The total, once the page knows it (data-total; null while it says "at least"). */
  total: number | null;
  /** The search's own time, from submit to results (data-ms). */
  ms: number;
  /** When the results were shown, in ms since the page began loading (data-at). */
  at: number;
}

/**
 * Submit `q` through the search page's interface, as a reader does: type it (the last input event, so
 * Pagefind may preload), press Enter, then wait for the page to report the results of this query.
 * Throws when the page reports an error or gives no results within `timeoutMs`. Used by the search
 * and scale benchmarks (one page, many queries, no reload). By default the rows are the first view (what
 * the page shows and downloads before "More"); `firstView: false` presses "More" until every result is shown.
 */
export async function submitSearch(page: Page, q: string, timeoutMs = 30_000, options: { firstView?: boolean } = {}): Promise<Submitted> {
  const r = await page.evaluate(
    async ({ query, tidied, timeoutMs, firstView }) => {
      const root = document.getElementById('search')!;
      const input = document.getElementById('search-q') as HTMLInputElement;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      root.dataset['state'] = 'submitted';
      (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
      const deadline = performance.now() + timeoutMs;
      const settled = async () => {
        while (!(root.dataset['state'] === 'done' && root.dataset['query'] === tidied)) {
          if (root.dataset['state'] === 'error') return 'the search page reported an error';
          if (performance.now() > deadline) return `no results within ${Math.round(timeoutMs / 1000)} s`;
          await new Promise((ok) => setTimeout(ok, 2));
        }
        return null;
      };
      const failed = await settled();
      if (failed) return { error: failed };
      // Every result: "More" until there are no more (unless only the first view is wanted).
      const more = document.getElementById('search-more') as HTMLButtonElement | null;
      while (!firstView && more && !more.hidden) {
        root.dataset['state'] = 'more';
        more.click();
        const again = await settled();
        if (again) return { error: again };
      }
      const rows = [...document.querySelectorAll('#search-results > li')].map((li) => ({
        url: li.querySelector('h2 a')!.getAttribute('href')!,
        excerpt: li.querySelector('.search-excerpt')?.innerHTML ?? '',
        marks: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
      }));
      const card = document.getElementById('search-card')!;
      return {
        rows,
        status: document.getElementById('search-status')?.textContent ?? '',
        card: card.hidden ? null : card.textContent,
        cardHref: card.hidden ? null : (card.querySelector('a')?.getAttribute('href') ?? null),
        count: Number(root.dataset['count'] ?? 0),
        total: root.dataset['total'] ? Number(root.dataset['total']) : null,
        ms: Number(root.dataset['ms']),
        at: Number(root.dataset['at']),
      };
    },
    { query: q, tidied: normalizeQuery(q), timeoutMs, firstView: options.firstView ?? true },
  );
  if ('error' in r) throw new Error(`search "${q}": ${r.error}`);
  return r;
}

/**
 * Search for `q` on the search page already open, through its form (no reload: Pagefind and its index
 * stay loaded): the results as shown, the status line, the term card's text and link (null when hidden).
 */
export async function searchHere(page: Page, q: string): Promise<{ shown: Shown[]; status: string; card: string | null; cardHref: string | null }> {
  const r = await submitSearch(page, q, 30_000, { firstView: false });
  const shown = r.rows.map((row) => ({ path: new URL(row.url, page.url()).pathname, marks: row.marks }));
  return { shown, status: r.status, card: r.card, cardHref: r.cardHref };
}
