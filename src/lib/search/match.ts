/**
 * Precise matching for site search (pure; used by the search page, the highlight script on reading
 * pages, the benchmark's ground truth and unit tests).
 *
 * Pagefind finds candidate pages quickly but, for Chinese, it splits a query into words and returns
 * any page that has those words anywhere (高新技术企业 also finds pages with 高新技术 … 企业 apart).
 * Every candidate is therefore checked against the page's full indexed text that Pagefind returns:
 * - a query with Chinese characters must occur as a substring (whitespace ignored, Latin letters case-folded);
 * - any other query must occur as a run of whole words, each allowing plural/-ing/-ed forms
 *   (enterprise ~ enterprises, R&D ~ R&D).
 * The excerpt is then cut around the real occurrence and the occurrence is marked.
 */
import { pageText } from './tokens.ts';
import { escapeHtml } from '../html.ts';

export interface Match {
  /** Offset of the first character of the occurrence in the original text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

const HAN = /\p{Script=Han}/u;
/** A run of letters and digits other than Han characters (Chinese text around a Latin word is not part of it). */
const WORD = /(?:[^\P{L}\p{Script=Han}]|\p{N})+/gu;

/** Tidy what a reader typed: Unicode compatibility forms (full-width letters), trimmed, single spaces. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Whether a query is matched as Chinese text (substring) rather than as words. */
export const isCjkQuery = (query: string): boolean => HAN.test(query);

/** Light English stemmer: plural, -ing and -ed forms meet at the same stem. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && (!/(?:ss|us|is)$/.test(w) || w.endsWith('eaus'))) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Every non-overlapping occurrence of `query` in `text`, in order. */
export function findMatches(text: string, query: string): Match[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  return isCjkQuery(q) ? substringMatches(text, q) : wordMatches(text, q);
}

/**
 * What is computed once per text, not once per query: the same texts are searched for many queries
 * (every result of a search; each glossary term in every paragraph of the site when the term pages are
 * built; every glossary alias in every file in the content check). Keyed by the text itself; bounded,
 * so a long session does not keep every text it ever saw. The large caches hold one string per text
 * and serve as a quick first test (does the text hold the query at all?); the per-character positions
 * and the word lists, which cost more memory, are made only for texts that pass it.
 */
function memo<T>(make: (text: string) => T, max: number): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = make(text);
      cache.set(text, value);
    }
    return value;
  };
}

const IGNORED = /[\s\u200b-\u200d\u2060\ufeff]/;

/**
 * The text without whitespace, case-folded, and where each of its characters was in the text. One
 * character in, one out, so offsets map back to `text`; compared as the query is (normalizeQuery:
 * NFKC, so the text's full-width （） meet the query's, case-folded).
 */
function compactWithPositions(text: string): { compact: string; positions: number[] } {
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const folded = foldedChar(text, i);
    if (folded === null) continue;
    compact += folded;
    positions.push(i);
  }
  return { compact, positions };
}

/**
 * The character at `i` as the compact form has it (null: left out). Most characters of the site's
 * text are ASCII or common Chinese characters, which NFKC leaves as they are: they skip normalize().
 */
function foldedChar(text: string, i: number): string | null {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c === 32 || (c >= 9 && c <= 13)) return null;
    return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!;
  }
  if (c >= 0x4e00 && c <= 0x9fff) return text[i]!;
  const ch = text[i]!;
  if (IGNORED.test(ch)) return null;
  const folded = ch.normalize('NFKC').toLowerCase();
  return folded.length === 1 ? folded : ch;
}

/** compactWithPositions(text).compact, without the positions: runs of characters kept as they are are copied whole. */
function compactOnly(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = foldedChar(text, i);
    if (folded !== null && folded.length === 1 && folded.charCodeAt(0) === text.charCodeAt(i)) continue;
    out += text.slice(run, i) + (folded ?? '');
    run = i + 1;
  }
  return out + text.slice(run);
}
const compactText = memo(compactOnly, 50_000);

/**
 * The forms that many wordings are looked for in at once (wording-index.ts): a text or a wording as the
 * Chinese matching compares it (whitespace dropped, case-folded: a Chinese wording occurs in a text only
 * if its `compactForm` occurs in the text's), and as the word matching does (each word's stem, one space
 * before and after each: an English wording occurs only where its `stemForm` occurs in the text's).
 * Both are quick first tests only; findMatches decides.
 */
export const compactForm = (text: string): string => compactText(text);
export const compactQuery = (query: string): string => normalizeQuery(query).replace(/\s+/g, '').toLowerCase();
function stemLine(text: string): string {
  const stems: string[] = [];
  for (const m of text.matchAll(WORD)) stems.push(stemOf(m[0]));
  return ` ${stems.join(' ')} `;
}
export const stemForm = (text: string): string => stemLine(text);
export const stemQuery = (query: string): string => stemLine(normalizeQuery(query));
const compacted = memo(compactWithPositions, 256);

function substringMatches(text: string, query: string): Match[] {
  // Compare without whitespace (Chinese text has none between words; line breaks in the HTML add some).
  const needle = compactQuery(query);
  if (!compactText(text).includes(needle)) return [];
  const { compact, positions } = compacted(text);
  const out: Match[] = [];
  let from = 0;
  for (;;) {
    const at = compact.indexOf(needle, from);
    if (at < 0) break;
    out.push({ start: positions[at]!, end: positions[at + needle.length - 1]! + 1 });
    from = at + needle.length;
  }
  return out;
}

interface Token {
  stem: string;
  start: number;
  end: number;
}

/** stem(), remembered per word: a text repeats few distinct words. */
const stemOf = memo(stem, 100_000);

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ stem: stemOf(m[0]), start: m.index, end: m.index + m[0].length }));
}
const tokens = memo(tokenize, 1024);
const lowerText = memo((text: string) => text.toLowerCase(), 50_000);

/** Words of a phrase may be joined by spaces and light punctuation (R&D, high-tech), not by a sentence break. */
const JOINER = /^[\s\-‐–—&'’/·]*$/;

/** The punctuation between two words other than light joiners: "," in "micro, small", "(" in "China (Zhejiang)". */
const marks = (between: string): string => between.replace(/[\s\-‐–—&'’/·]+/g, '');

function wordMatches(text: string, query: string): Match[] {
  const q = tokens(query);
  const want = q.map((t) => t.stem);
  if (!want.length) return [];
  // A quick first test: stem() only removes endings (and turns -ies into -y), so a word with a query
  // word's stem starts with that stem less its last letter; the text must hold each of them.
  const lower = lowerText(text);
  if (!want.every((w) => lower.includes(w.slice(0, -1)))) return [];
  // Other punctuation joins two words only where the query has the same there too ("micro, small and
  // medium-sized", "the China (Zhejiang) Pilot Free Trade Zone").
  const punct = q.map((t, j) => (j > 0 ? marks(query.slice(q[j - 1]!.end, t.start)) : ''));
  const have = tokens(text);
  const out: Match[] = [];
  for (let i = 0; i + want.length <= have.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) {
      ok = have[i + j]!.stem === want[j];
      if (ok && j > 0) {
        const between = text.slice(have[i + j - 1]!.end, have[i + j]!.start);
        ok = JOINER.test(between) || (punct[j] !== '' && marks(between) === punct[j]);
      }
    }
    if (!ok) continue;
    out.push({ start: have[i]!.start, end: have[i + want.length - 1]!.end });
    i += want.length - 1;
  }
  return out;
}

/** A piece of an excerpt; `mark` pieces are the occurrences of the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A short passage of `text` around `matches[focus]`, with every occurrence inside it marked.
 * `radius` is in characters on each side (Chinese is dense: use fewer than for English).
 */
export function excerpt(text: string, matches: Match[], focus = 0, radius = 40): Segment[] {
  const m = matches[focus];
  if (!m) return [{ text: text.slice(0, radius * 2), mark: false }];
  let start = Math.max(0, m.start - radius);
  let end = Math.min(text.length, m.end + radius);
  // Do not cut English words in half.
  if (start > 0 && /[A-Za-z]/.test(text[start - 1] ?? '')) {
    const cut = text.indexOf(' ', start);
    if (cut >= 0 && cut < m.start) start = cut + 1;
  }
  if (end < text.length && /[A-Za-z]/.test(text[end - 1] ?? '') && /[A-Za-z]/.test(text[end] ?? '')) {
    const cut = text.lastIndexOf(' ', end);
    if (cut > m.end) end = cut;
  }
  // Never cut an occurrence in half: a mark always holds the whole of it.
  for (const x of matches) {
    if (x.start < start && x.end > start) start = x.start;
    if (x.start < end && x.end > end) end = x.end;
  }
  const out: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    // Pagefind joins block elements with ". "; after Chinese text that reads as a stray full stop.
    const shown = mark ? s : s.replace(/(?<=[\p{Script=Han}，。、；：！？”’）》])\. /gu, ' ');
    if (shown) out.push({ text: shown, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const x of matches) {
    if (x.end <= start || x.start >= end) continue;
    const s = Math.max(x.start, start);
    const e = Math.min(x.end, end);
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return out;
}


/** An excerpt as HTML, occurrences in <mark>. */
export const segmentsToHtml = (segments: Segment[]): string =>
  segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');

/** What the search page needs from a Pagefind result (`await result.data()`). */
export interface FragmentLike {
  url: string;
  content: string;
  meta: { title?: string };
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; anchor?: { id?: string; element?: string; location?: number } }[];
}

export interface Passage {
  /** Link to the heading the occurrence sits under (or the page), carrying the highlight parameter. */
  url: string;
  /** That heading's text (empty for text before the first heading). */
  heading: string;
  segments: Segment[];
}

export interface VerifiedResult {
  url: string;
  title: string;
  types: string[];
  /** How many times the query occurs on the page. */
  count: number;
  passages: Passage[];
  /** Which of the searched wordings the page holds. */
  matched: string[];
}

/** Add the highlight parameter to a result link (before any #fragment). */
export function withHighlight(url: string, query: string, param = 'hl'): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${param}=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/**
 * The sections of a page: where each heading (Pagefind sub-result) starts in the page text.
 * Headings are found in order in the text; text before the first heading belongs to the page itself.
 */
export function sections(data: FragmentLike, text = pageText(data.content)): { start: number; heading: string; url: string }[] {
  const out = [{ start: 0, heading: '', url: data.url }];
  let from = 0;
  for (const sub of data.sub_results ?? []) {
    if (!sub.anchor?.id || !sub.title) continue;
    const at = text.indexOf(sub.title, from);
    if (at < 0) continue;
    out.push({ start: at, heading: sub.title, url: sub.url });
    from = at + sub.title.length;
  }
  return out;
}

/** The index of the section (of `sections`) that the text position `at` lies in. */
export function sectionAt(secs: readonly { start: number }[], at: number): number {
  let s = 0;
  for (let k = 0; k < secs.length; k++) if (secs[k]!.start <= at) s = k;
  return s;
}

/**
 * Check a Pagefind candidate against the query. Returns null when the page does not really contain
 * the query; otherwise the page with up to `maxPassages` passages (one per section the query occurs in).
 */
export function verify(data: FragmentLike, query: string | readonly string[], options: { maxPassages?: number; radius?: number; param?: string } = {}): VerifiedResult | null {
  // Several wordings (the query and, e.g., the glossary term an alias stands for): a page that holds
  // any of them is a result, every occurrence of each is marked, and the page marks the first found.
  const queries = (typeof query === 'string' ? [query] : [...query]).map(normalizeQuery).filter(Boolean);
  const text = pageText(data.content);
  const found = queries.map((x) => findMatches(text, x));
  const hit = found.findIndex((m) => m.length > 0);
  if (hit < 0) return null;
  const q = queries[hit]!;
  const matches = mergeMatches(found.flat());
  const radius = options.radius ?? (isCjkQuery(q) ? 36 : 80);
  const secs = sections(data, text);
  const passages: Passage[] = [];
  const seen = new Set<number>();
  matches.forEach((m, i) => {
    const s = sectionAt(secs, m.start);
    if (seen.has(s) || passages.length >= (options.maxPassages ?? 3)) return;
    seen.add(s);
    const sec = secs[s]!;
    passages.push(passageOf(sec, q, excerpt(text, matches, i, radius), options.param));
  });
  return resultOf(data, q, matches.length, passages, queries.filter((_, i) => found[i]!.length > 0), options.param);
}

/** One passage of a result: its section's heading, linked with the highlight word `hl`. */
export const passageOf = (sec: { heading: string; url: string }, hl: string, segments: Segment[], param?: string): Passage => ({
  url: withHighlight(sec.url, hl, param),
  heading: sec.heading,
  segments,
});

/** The record of a page that holds the query (exact and loose search alike): its link carries the highlight word `hl`. */
export function resultOf(data: FragmentLike, hl: string, count: number, passages: Passage[], matched: string[], param?: string): VerifiedResult {
  return { url: withHighlight(data.url, hl, param), title: data.meta.title ?? data.url, types: data.filters?.['type'] ?? [], count, passages, matched };
}

/** Occurrences in text order, overlapping ones joined. */
export function mergeMatches(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}
