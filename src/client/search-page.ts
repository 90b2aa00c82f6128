/**
 * The search page's own result handling (no Pagefind UI bundle). Pagefind (pagefind.js + its index)
 * is loaded only here, on the search page (reading pages have a plain form that leads here), as soon
 * as the page opens, so it is ready by the time the reader has typed. Every candidate Pagefind returns is verified against the page's full indexed text
 * (src/lib/search/match.ts): only pages that really contain the query are listed, each with the
 * passage(s) where it occurs, marked, linking to the heading above it with ?hl= so the page marks it too.
 */
import { isCjkQuery, normalizeQuery, segmentsToHtml, verify, type FragmentLike, type VerifiedResult } from '../lib/search/match.ts';
import { escapeHtml } from '../lib/html.ts';
import { SEARCH_PARAMS } from '../lib/search/kinds.ts';
import { characterQuery } from '../lib/search/tokens.ts';
import { otherLanguageQuery, planQuery, type Lang, type QueryPlan } from '../lib/search/aliases.ts';
import type { TermCardData } from '../lib/search/terms.ts';
import { allWordsResult, nearestTerms, queryWords, looseStem, type QueryWord } from '../lib/search/fallback.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<FragmentLike>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}
interface SearchState {
  q: string;
  type: string;
  task: string;
}

const root = document.getElementById('search') as HTMLElement;
const base = root.dataset['base'] ?? '/';
// The page's strings and glossary terms (search.astro: one JSON data block).
const data = JSON.parse(document.getElementById('search-data')?.textContent ?? '{}') as { strings?: Record<string, string>; terms?: TermCardData[] };
const strings = data.strings ?? {};
const lang = (root.dataset['lang'] ?? 'zh') as Lang;
const terms = data.terms ?? [];
const card = document.getElementById('search-card') as HTMLElement;
const otherSearch = document.getElementById('search-other') as HTMLElement;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const typeSelect = document.getElementById('search-type') as HTMLSelectElement;
const taskSelect = document.getElementById('search-task') as HTMLSelectElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const suggest = document.getElementById('search-suggest') as HTMLElement;
const fallback = document.getElementById('search-fallback') as HTMLElement;
const fallbackLabel = document.getElementById('search-fallback-label') as HTMLElement;
const fallbackList = document.getElementById('search-fallback-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const fallbackMore = document.getElementById('search-fallback-more') as HTMLButtonElement;

const say = (key: string, vars: Record<string, string | number> = {}) =>
  (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

let pagefind: Promise<PagefindApi> | null = null;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    // A plain variable, not a template literal, so that Vite does not wrap the import in its
    // preloading helper (about 0.7 KB gzip that a file with no dependencies does not need).
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // No web worker: one file less to download for a first query (the index is small).
    await api.options({ baseUrl: base, noWorker: true });
    await api.init();
    return api;
  })();
  // A failed load (e.g. the connection dropped) is tried again on the next search.
  pagefind.catch(() => {
    pagefind = null;
  });
  return pagefind;
}

/** How many results the first view shows, and each "More" adds. */
const BATCH = 5;

/**
 * Pagefind's candidates, verified a few at a time (issue #23: a search downloads what it shows): the
 * fragment of a candidate is fetched only when a result is still needed. `stages` are asked in turn, a
 * later one only when the earlier candidates are used up: for the exact search, Pagefind's own matches
 * for every wording first, then the pages found only through the wordings' single characters
 * (tokens.ts), which are looked up only when the first stage leaves the view short. The total is
 * known (`done`) once every candidate of every stage has been checked.
 */
class Verified {
  private queue: PagefindResult[] = [];
  private readonly seen = new Set<string>();
  private readonly stages: (() => Promise<PagefindResult[]>)[];
  private readonly check: (d: FragmentLike) => VerifiedResult | null;
  readonly results: VerifiedResult[] = [];
  done = false;
  constructor(stages: (() => Promise<PagefindResult[]>)[], check: (d: FragmentLike) => VerifiedResult | null) {
    this.stages = [...stages];
    this.check = check;
  }
  /**
   * Up to `n` more results (fewer when there are no more), checking at most `budget` candidates: what
   * one view may download is bounded even when most candidates are not results (the rest wait for "More").
   */
  async more(n: number, budget = 2 * n): Promise<VerifiedResult[]> {
    const start = this.results.length;
    let checked = 0;
    while (this.results.length - start < n && checked < budget) {
      if (!this.queue.length) {
        const stage = this.stages.shift();
        if (!stage) break;
        for (const r of await stage()) {
          if (this.seen.has(r.id)) continue;
          this.seen.add(r.id);
          this.queue.push(r);
        }
        continue;
      }
      const batch = this.queue.splice(0, Math.min(n - (this.results.length - start), budget - checked));
      checked += batch.length;
      for (const d of await Promise.all(batch.map((r) => r.data()))) {
        const v = this.check(d);
        if (v) this.results.push(v);
      }
    }
    this.done = !this.queue.length && !this.stages.length;
    return this.results.slice(start);
  }
}

/** Pagefind's results for each query, in Pagefind's order, the first query's first. */
async function pagefindResults(queries: readonly string[], filters: Record<string, string>): Promise<PagefindResult[]> {
  if (!queries.length) return [];
  const api = await loadPagefind();
  const found = await Promise.all(queries.map((q) => api.search(q, { filters })));
  return found.flatMap((f) => f?.results ?? []);
}

/**
 * The exact search for a plan (every wording of it: the query, and the glossary term it stands for:
 * aliases.ts): a page is a result when it holds one of them (match.ts verify).
 */
function exactSearch(plan: QueryPlan, filters: Record<string, string>): Verified {
  const chars = plan.searches.map(characterQuery).filter((c, i): c is string => c !== null && c !== plan.searches[i]);
  return new Verified(
    [() => pagefindResults(plan.searches, filters), () => pagefindResults(chars, filters)],
    (d) => verify(d, plan.searches),
  );
}

/**
 * The term card above the results: the term, on how many of the listed pages it appears, its term page,
 * and every 2025 target whose indicator names it, each with the indicator's full name and its target as
 * the targets page writes them (one per line: no separator to choose, no colon doubled).
 */
function renderCard(plan: QueryPlan, pages: number, known: boolean) {
  const data = plan.term && terms.find((x) => x.id === plan.term!.id);
  if (!data) {
    card.hidden = true;
    card.innerHTML = '';
    return;
  }
  const head = [
    `<span class="search-card-term">${escapeHtml(data[lang])}</span>`,
    escapeHtml(!known ? say('search.cardPagesAtLeast', { n: pages }) : pages === 1 ? say('search.cardPagesOne') : say('search.cardPages', { n: pages })),
    `<a href="${escapeHtml((root.dataset['termUrl'] ?? '').replace('{id}', data.id))}">${escapeHtml(say('search.cardLink'))}</a>`,
  ];
  const targets = data.targets ?? [];
  card.innerHTML =
    `<p>${head.join(' · ')}</p>` +
    (targets.length
      ? `<p class="search-card-label">${escapeHtml(say(targets.length === 1 ? 'search.cardTargetsOne' : 'search.cardTargets'))}</p>` +
        `<ul class="search-card-targets">${targets.map((x) => `<li>${escapeHtml(x.name)}${escapeHtml(say('label.sep'))}${escapeHtml(x.phrase)}</li>`).join('')}</ul>`
      : '');
  card.hidden = false;
}

/**
 * One link: the same search on the other language's search page, only where the other language can
 * have the words (otherLanguageQuery): the term's rendering there when the query names a term, else
 * the query itself when it is written in the other language's script.
 */
function renderOtherLanguage(plan: QueryPlan, q: string) {
  const link = otherSearch.querySelector('a')!;
  const other = otherLanguageQuery(lang, plan, q);
  otherSearch.hidden = other === null;
  if (other === null) return;
  link.href = `${root.dataset['other'] ?? ''}?${SEARCH_PARAMS.query}=${encodeURIComponent(other)}`;
  link.textContent = say('search.otherLanguage', { q: other });
}

function readUrl(): SearchState {
  const p = new URLSearchParams(location.search);
  return { q: normalizeQuery(p.get(SEARCH_PARAMS.query) ?? ''), type: p.get(SEARCH_PARAMS.type) ?? '', task: p.get(SEARCH_PARAMS.task) ?? '' };
}

function urlFor(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set(SEARCH_PARAMS.query, s.q);
  if (s.type) p.set(SEARCH_PARAMS.type, s.type);
  if (s.task) p.set(SEARCH_PARAMS.task, s.task);
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function setSelect(select: HTMLSelectElement, value: string) {
  select.value = [...select.options].some((o) => o.value === value) ? value : '';
}

function render(results: VerifiedResult[], into: HTMLOListElement = list, append = false) {
  const html = results
    .map(
      (r) =>
        `<li class="search-result"><h2><a href="${escapeHtml(r.passages[0]?.url ?? r.url)}">${escapeHtml(r.title)}</a></h2>` +
        (r.types.length ? `<p class="search-type">${r.types.map(escapeHtml).join(' · ')}</p>` : '') +
        `<ul class="search-passages" aria-label="${escapeHtml(say('search.inSection'))}">${r.passages
          .map((p) => `<li>${p.heading ? `<a href="${escapeHtml(p.url)}">${escapeHtml(p.heading)}</a>` : ''}<p class="search-excerpt">${segmentsToHtml(p.segments)}</p></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  if (append) into.insertAdjacentHTML('beforeend', html);
  else into.innerHTML = html;
}

/** Words for a label: “A”和“B”, “A”、“B”和“C” / “A” and “B”, “A”, “B” and “C”. */
function wordList(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  if (quoted.length < 2) return quoted.join('');
  return `${quoted.slice(0, -1).join(say('search.wordsSep'))}${say('search.wordsAnd')}${quoted.at(-1)}`;
}

/**
 * Pagefind's candidates for each word of the query (any of its wordings; an English word also by its
 * loose stem), kept only where every word has the page among its candidates.
 */
async function allWordsCandidates(words: readonly QueryWord[], filters: Record<string, string>): Promise<PagefindResult[]> {
  const perWord = await Promise.all(
    words.map((w) =>
      pagefindResults(
        w.wordings.flatMap((x) => {
          const chars = characterQuery(x);
          const loose = !chars && !/\s/.test(x) && x.length >= 4 ? looseStem(x) : null;
          return [x, ...(chars && chars !== x ? [chars] : []), ...(loose && loose !== x.toLowerCase() ? [loose] : [])];
        }),
        filters,
      ),
    ),
  );
  const ids = perWord.map((rs) => new Set(rs.map((r) => r.id)));
  const out = new Map<string, PagefindResult>();
  // In the order Pagefind ranks the first word's pages.
  for (const r of perWord[0] ?? []) if (!out.has(r.id) && ids.every((set) => set.has(r.id))) out.set(r.id, r);
  return [...out.values()];
}

/**
 * What the page offers when the exact search found nothing: the pages holding every word of the query
 * (labelled as such, every word marked, never counted as exact results), and the nearest glossary
 * terms, each linking to its exact search.
 */
async function renderFallback(state: SearchState, filters: Record<string, string>, token: number): Promise<number> {
  const near = nearestTerms(lang, state.q, terms, { usable: (x) => ((x as TermCardData).pages ?? 1) > 0 });
  suggest.hidden = near.length === 0;
  suggest.innerHTML = near.length
    ? `${escapeHtml(say('search.suggest'))}${near
        .map((n) => `<a href="${escapeHtml(urlFor({ q: n.term[lang], type: '', task: '' }))}" data-q="${escapeHtml(n.term[lang])}">${escapeHtml(n.term[lang])}</a>`)
        .join(escapeHtml(say('search.wordsSep')))}`
    : '';
  const words = queryWords(lang, state.q, terms);
  // One Chinese word is what the exact search already looked for; one English word may have other forms.
  const worth = words.length > 1 || (words.length === 1 && !isCjkQuery(words[0]!.text));
  fallbackSearch = worth ? new Verified([() => allWordsCandidates(words, filters)], (d) => allWordsResult(d, words)) : null;
  const found = fallbackSearch ? await fallbackSearch.more(BATCH) : [];
  if (token !== sequence) return 0;
  fallbackMore.hidden = !fallbackSearch || fallbackSearch.done;
  fallback.hidden = found.length === 0;
  fallbackLabel.textContent = found.length ? say(words.length > 1 ? 'search.fallbackAll' : 'search.fallbackForms', { words: wordList(words.map((w) => w.text)) }) : '';
  render(found, fallbackList);
  return fallbackSearch?.results.length ?? 0;
}

/**
 * Beside exact results for a query that holds a glossary alias in a longer wording (高企数量, searched as
 * 高新技术企业数量 too), the term itself, linking to its exact search: the pages on the term that do
 * not hold the other words. Nothing when the query names a term as a whole (its card says it).
 */
function renderInnerTerm(plan: QueryPlan) {
  const w = plan.widening;
  if (plan.term || w?.kind !== 'alias' || normalizeQuery(w.searched) === normalizeQuery(w.term)) return;
  suggest.innerHTML = `${escapeHtml(say('search.suggestTerm'))}<a href="${escapeHtml(urlFor({ q: w.term, type: '', task: '' }))}" data-q="${escapeHtml(w.term)}">${escapeHtml(w.term)}</a>`;
  suggest.hidden = false;
}

function hideFallback() {
  fallbackSearch = null;
  fallbackMore.hidden = true;
  suggest.hidden = true;
  suggest.innerHTML = '';
  fallback.hidden = true;
  fallbackList.innerHTML = '';
}

/** The searches on show, for "More". */
let exact: Verified | null = null;
let fallbackSearch: Verified | null = null;
/** What the status line and the card say about the exact results on show. */
let shownState: { state: SearchState; plan: QueryPlan } | null = null;

/** The status line, the card and the figures the tests and benchmarks read, for the exact results so far. */
function renderExactStatus(state: SearchState, plan: QueryPlan, search: Verified) {
  const results = search.results;
  const n = results.length;
  renderCard(plan, n, search.done);
  more.hidden = search.done;
  // When a glossary alias or other-language term widened the search, say so (only if it found something).
  const w = plan.widening;
  const widened = w && results.some((r) => r.matched.includes(normalizeQuery(w.searched))) ? w : undefined;
  const q = widened && !results.some((r) => r.matched.includes(state.q)) ? widened.searched : state.q;
  const count =
    n === 0
      ? say(state.type || state.task ? 'search.noneFiltered' : 'search.none', { q })
      : !search.done
        ? say('search.countAtLeast', { n, q })
        : say(n === 1 ? 'search.countOne' : 'search.count', { n, q });
  status.textContent = widened ? `${say(widened.kind === 'alias' ? 'search.widenedAlias' : 'search.widenedOther', { term: widened.term, typed: widened.typed })}${lang === 'zh' ? '' : ' '}${count}` : count;
  root.dataset['count'] = String(n);
  root.dataset['total'] = search.done ? String(n) : '';
}

let sequence = 0;
async function run(state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
  const token = ++sequence;
  const started = performance.now();
  input.value = state.q;
  setSelect(typeSelect, state.type);
  setSelect(taskSelect, state.task);
  const url = urlFor(state);
  if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
  else if (history !== 'none') window.history.replaceState(null, '', url);
  root.dataset['state'] = 'busy';
  exact = null;
  shownState = null;
  more.hidden = true;
  if (!state.q) {
    list.innerHTML = '';
    hideFallback();
    card.hidden = true;
    otherSearch.hidden = true;
    status.textContent = say('search.empty');
    root.dataset['state'] = 'idle';
    return;
  }
  status.textContent = say('search.loading', { q: state.q });
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = state.type;
  if (state.task) filters['task'] = state.task;
  const plan = planQuery(lang, state.q, terms);
  const search = exactSearch(plan, filters);
  let results: VerifiedResult[];
  try {
    results = await search.more(BATCH);
  } catch (error) {
    if (token !== sequence) return;
    list.innerHTML = '';
    hideFallback();
    status.textContent = say('search.error');
    root.dataset['state'] = 'error';
    console.warn(error);
    return;
  }
  if (token !== sequence) return;
  exact = search;
  shownState = { state, plan };
  render(results);
  renderOtherLanguage(plan, state.q);
  const n = results.length;
  let near = 0;
  if (n === 0) {
    try {
      near = await renderFallback(state, filters, token);
    } catch (error) {
      // The exact answer stands; the fallback is only help.
      console.warn(error);
    }
    if (token !== sequence) return;
  } else {
    hideFallback();
    renderInnerTerm(plan);
  }
  root.dataset['fallback'] = String(near);
  renderExactStatus(state, plan, search);
  root.dataset['state'] = 'done';
  root.dataset['query'] = state.q;
  root.dataset['ms'] = String(Math.round(performance.now() - started));
  // Since the page began loading (for the benchmark's cold first query).
  root.dataset['at'] = String(Math.round(performance.now()));
}

const current = (): SearchState => ({ q: normalizeQuery(input.value), type: typeSelect.value, task: taskSelect.value });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(current(), 'push');
});
for (const select of [typeSelect, taskSelect]) select.addEventListener('change', () => void run(current(), 'push'));
// The header's search box on this page searches in place.
for (const other of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
  if (other === form) continue;
  other.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new FormData(other).get(SEARCH_PARAMS.query);
    void run({ ...current(), q: normalizeQuery(typeof q === 'string' ? q : '') }, 'push');
    input.focus();
  });
}
// The reader has come to search: start loading Pagefind now, while they type (errors show on search).
void loadPagefind().catch(() => {});
// While the reader types, let Pagefind fetch the index parts the query will need.
input.addEventListener('input', () => {
  const q = normalizeQuery(input.value);
  if (q) void loadPagefind().then((api) => api.preload(q), () => {});
});
/**
 * "More": the next results of the search on show, appended; the status and the card updated (the total
 * becomes exact once every candidate has been checked). Focus moves to the first new result.
 */
async function showMore(which: 'exact' | 'fallback') {
  const search = which === 'exact' ? exact : fallbackSearch;
  const into = which === 'exact' ? list : fallbackList;
  const button = which === 'exact' ? more : fallbackMore;
  if (!search) return;
  const token = sequence;
  root.dataset['state'] = 'busy';
  button.disabled = true;
  try {
    const added = await search.more(BATCH);
    if (token !== sequence) return;
    const before = into.children.length;
    render(added, into, true);
    if (which === 'exact' && shownState) renderExactStatus(shownState.state, shownState.plan, search);
    button.hidden = search.done;
    into.children[before]?.querySelector('a')?.focus();
    root.dataset['state'] = 'done';
  } catch (error) {
    if (token !== sequence) return;
    status.textContent = say('search.error');
    root.dataset['state'] = 'error';
    console.warn(error);
  } finally {
    button.disabled = false;
  }
}
more.addEventListener('click', () => void showMore('exact'));
fallbackMore.addEventListener('click', () => void showMore('fallback'));

// A suggested term searches in place (its link works without this too).
suggest.addEventListener('click', (event) => {
  const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-q]');
  if (!a) return;
  event.preventDefault();
  void run({ q: a.dataset['q'] ?? '', type: '', task: '' }, 'push');
  input.focus();
});
window.addEventListener('popstate', () => void run(readUrl(), 'none'));

const initial = readUrl();
if (initial.q) void run(initial, 'replace');
else root.dataset['state'] = 'idle';
