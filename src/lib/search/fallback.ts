/**
 * When the exact search finds nothing (pure; used by the search page, the benchmark and unit tests).
 *
 * The exact results never change: what is computed here is shown below them, labelled, and never
 * counted as an exact match.
 * - **All words** (`queryWords`, `allWordsResult`): the query split into words — glossary terms,
 *   abbreviations, synonyms and related words recognised inside it first (孵化器数量 → 孵化器 · 数量),
 *   the rest of a Chinese query split with `Intl.Segmenter`, English words without the little words
 *   (of, the, and …) — and the pages that hold every one of them. A word that is a searchable alias
 *   counts where the page has its term (孵化器 → 科技孵化器); an English word counts in any form with
 *   the same stem (`looseStem`: incubation ~ incubators).
 * - **Nearest terms** (`nearestTerms`): the glossary terms nearest the query — the query is part of a
 *   term's name (科创走廊 → 浙中科创大走廊), another form of its words (incubation → science and technology
 *   incubator), or one of its related words (营业收入 → 主营业务收入) — each offered as its exact search.
 */
import { excerpt, findMatches, isCjkQuery, mergeMatches, normalizeQuery, sections, passageOf, resultOf, sectionAt, stem, type FragmentLike, type Match, type Passage, type VerifiedResult } from './match.ts';
import { pageText } from './tokens.ts';
import { relatedWords, samePhrase, searchableAliases, type AliasTerm, type Lang } from './aliases.ts';

/** One word of the query, and the wordings that count as it on a page. */
export interface QueryWord {
  /** As the reader typed it (marked in the label). */
  text: string;
  /** The word itself, and the glossary term it is a searchable alias of. */
  wordings: string[];
  /** The glossary term the word names (as the term, a searchable alias or a related word), if any. */
  term?: AliasTerm;
}

/** Little words that carry no meaning of their own in a search. */
const EN_STOP = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were will with within'.split(' '),
);
/** Chinese characters that, standing alone between words, only join them (的, 和, 与 …). */
const ZH_STOP = new Set([...'的和与及或等之在对了是并以其把被']);
/**
 * The words that make a query a question (规划分几部分, 有哪些政策): they are not in the pages' text.
 * A question character drops the characters standing alone with it too (分几: "divided into how many").
 */
const ZH_QUESTION_WORDS = new Set(['什么', '哪些', '哪个', '哪里', '多少', '怎么', '怎样', '如何', '是否', '为什么', '有没有']);
const ZH_QUESTION_CHARS = new Set([...'几吗呢哪么']);
const isQuestionRun = (run: string) => [...run].some((c) => ZH_QUESTION_CHARS.has(c)) || [...ZH_QUESTION_WORDS].some((w) => run.includes(w));

/** The wordings a glossary term has in `lang`, each with what it counts as on a page. */
function glossaryWordings(lang: Lang, terms: readonly AliasTerm[]): { wording: string; term: AliasTerm; searchable: boolean }[] {
  return terms.flatMap((term) => [
    { wording: term[lang], term, searchable: true },
    ...searchableAliases(term, lang).map((wording) => ({ wording, term, searchable: true })),
    ...relatedWords(term, lang).map((wording) => ({ wording, term, searchable: false })),
  ]);
}

let segmenter: Intl.Segmenter | undefined;
/** Chinese words by Intl.Segmenter, question words left out; runs of single characters kept together (科|创 → 科创), a lone one joined to the word before it. */
function segmentChinese(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segs = [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .filter((s) => !(s.length === 1 && ZH_STOP.has(s)));
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    if (isQuestionRun(run)) run = '';
    else if ([...run].length === 1 && out.length) out[out.length - 1] += run;
    else out.push(run);
    run = '';
  };
  for (const s of segs) {
    // A question word stands with the lone characters beside it (有|哪些), all left out together.
    if ([...s].length === 1 || ZH_QUESTION_WORDS.has(s)) run += s;
    else {
      if (run && [...run].length === 1 && !out.length && !isQuestionRun(run)) {
        // A lone character at the start joins the word after it.
        out.push(run + s);
        run = '';
        continue;
      }
      flush();
      out.push(s);
    }
  }
  flush();
  return out;
}

const swapCache = new WeakMap<readonly AliasTerm[], Map<string, string[]>>();
/**
 * One English word for another, as the glossary itself pairs them: a term's wording and one of its
 * searchable aliases that differ in one word only (main targets / main goals → goals ~ targets; R&D
 * personnel / R&D staff → staff ~ personnel). Keyed by the loose stem of either word. For the
 * fallback's words only: the exact search never uses them.
 */
function wordSwaps(lang: Lang, terms: readonly AliasTerm[]): Map<string, string[]> {
  const cached = swapCache.get(terms);
  if (cached && lang === 'en') return cached;
  const out = new Map<string, string[]>();
  if (lang !== 'en') return out;
  const add = (from: string, to: string) => {
    const key = looseStem(from);
    if (key === looseStem(to)) return;
    const list = out.get(key) ?? out.set(key, []).get(key)!;
    if (!list.includes(to)) list.push(to);
  };
  for (const term of terms) {
    const wordings = [term.en, ...searchableAliases(term, 'en')].filter((w) => !isCjkQuery(w)).map(contentWords);
    for (let a = 0; a < wordings.length; a++) {
      for (let b = a + 1; b < wordings.length; b++) {
        const x = wordings[a]!;
        const y = wordings[b]!;
        if (x.length !== y.length || x.length < 2) continue;
        const differ = x.map((_, k) => k).filter((k) => looseStem(x[k]!) !== looseStem(y[k]!));
        if (differ.length !== 1) continue;
        add(x[differ[0]!]!, y[differ[0]!]!);
        add(y[differ[0]!]!, x[differ[0]!]!);
      }
    }
  }
  swapCache.set(terms, out);
  return out;
}

/**
 * The words of a query on the `lang` search: glossary wordings recognised first (the longest at each
 * place), then the rest split into words (Chinese: Intl.Segmenter; other text: words without the little
 * ones). Each word counts on a page as itself or, for a searchable alias, as its term; another English
 * word also as the word the glossary pairs it with (wordSwaps).
 */
export function queryWords(lang: Lang, query: string, terms: readonly AliasTerm[]): QueryWord[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const known = glossaryWordings(lang, terms).filter((k) => isCjkQuery(k.wording) === isCjkQuery(q) || isCjkQuery(q));
  const words: QueryWord[] = [];
  const add = (w: QueryWord) => {
    if (!words.some((x) => x.text.toLowerCase() === w.text.toLowerCase())) words.push(w);
  };
  const asTerm = (text: string, found: { wording: string; term: AliasTerm; searchable: boolean } | undefined): QueryWord =>
    found ? { text, wordings: found.searchable ? [...new Set([text, found.term[lang]])] : [text], term: found.term } : { text, wordings: [text] };
  if (isCjkQuery(q)) for (const chunk of q.split(' ')) {
    if (isCjkQuery(chunk)) {
      // Longest glossary wording at each place; what lies between them is segmented.
      let rest = '';
      const flushRest = () => {
        for (const w of segmentChinese(rest)) add(asTerm(w, undefined));
        rest = '';
      };
      for (let i = 0; i < chunk.length; ) {
        const lower = chunk.slice(i).toLowerCase();
        const found = known
          .filter((k) => k.wording.length >= 2 && lower.startsWith(k.wording.toLowerCase()))
          .sort((a, b) => b.wording.length - a.wording.length)[0];
        if (found) {
          flushRest();
          add(asTerm(chunk.slice(i, i + found.wording.length), found));
          i += found.wording.length;
        } else rest += chunk[i++];
      }
      flushRest();
    } else {
      // Latin words in a Chinese query (R&D, GDP) stay as typed.
      add({ text: chunk, wordings: [chunk] });
    }
  }
  if (isCjkQuery(q)) return words;
  // Other text: glossary wordings of several words recognised first (longest first), then single words.
  const tokens = q.split(' ');
  const out: QueryWord[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken = 0;
    for (let n = tokens.length - i; n >= 1 && !taken; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const found = known.find((k) => !isCjkQuery(k.wording) && samePhrase(phrase, k.wording));
      if (found && (n > 1 || !EN_STOP.has(phrase.toLowerCase()))) {
        out.push(asTerm(phrase, found));
        taken = n;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const w = tokens[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w && !EN_STOP.has(w.toLowerCase())) out.push({ text: w, wordings: [w, ...(wordSwaps(lang, terms).get(looseStem(w)) ?? [])] });
    i++;
  }
  return out.filter((w, k) => out.findIndex((x) => x.text.toLowerCase() === w.text.toLowerCase()) === k);
}

/**
 * A looser stem than match.ts's `stem`, for the fallback only: derived forms of a word meet
 * (incubation, incubator, incubators → incub; innovation, innovative → innov).
 */
export function looseStem(word: string): string {
  let w = stem(word);
  if (w.length <= 4) return w;
  for (const suffix of ['isation', 'ization', 'ation', 'ition', 'ativ', 'ator', 'ion', 'ity', 'iv', 'ment', 'ness', 'al', 'or', 'er', 'ic', 'y']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

const LATIN_WORD = /(?:[^\P{L}\p{Script=Han}]|\p{N})+/gu;

/**
 * Where a wording occurs in `text`, for the fallback: exactly as the search matches it (match.ts), or,
 * for one English word, any word of the text with the same loose stem.
 */
export function looseMatches(text: string, wording: string): Match[] {
  const exact = findMatches(text, wording);
  const w = normalizeQuery(wording);
  if (isCjkQuery(w) || /\s/.test(w) || w.length < 4) return exact;
  const want = looseStem(w);
  const loose: Match[] = [];
  for (const m of text.matchAll(LATIN_WORD)) if (looseStem(m[0]) === want) loose.push({ start: m.index, end: m.index + m[0].length });
  return mergeMatches([...exact, ...loose]);
}

/**
 * A Pagefind candidate checked for every word of the query: null unless the page holds each of them
 * (a wording of each); otherwise the page with every word marked and up to `maxPassages` passages,
 * those where the most words meet first.
 */
export function allWordsResult(data: FragmentLike, words: readonly QueryWord[], options: { maxPassages?: number; radius?: number; param?: string } = {}): VerifiedResult | null {
  if (!words.length) return null;
  const text = pageText(data.content);
  const perWord = words.map((w) => mergeMatches(w.wordings.flatMap((x) => looseMatches(text, x))));
  if (perWord.some((m) => m.length === 0)) return null;
  const matches = mergeMatches(perWord.flat());
  const first = words[0]!;
  const hl = text.slice(perWord[0]![0]!.start, perWord[0]![0]!.end) || first.text;
  const radius = options.radius ?? (isCjkQuery(first.text) ? 36 : 80);
  const secs = sections(data, text);
  const sectionOf = (m: Match) => sectionAt(secs, m.start);
  // Sections by how many of the words they hold (then in page order).
  const held = new Map<number, Set<number>>();
  perWord.forEach((ms, wi) => ms.forEach((m) => (held.get(sectionOf(m)) ?? held.set(sectionOf(m), new Set()).get(sectionOf(m))!).add(wi)));
  const order = [...held.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]).map(([s]) => s);
  const passages: Passage[] = [];
  // In each section, the excerpt is centred where different words come closest together.
  const tagged = perWord.flatMap((ms, wi) => ms.map((m) => ({ m, wi }))).sort((a, b) => a.m.start - b.m.start);
  const focus = (s: number): number => {
    const here = tagged.filter((x) => sectionOf(x.m) === s);
    let best = here[0]!;
    let span = Infinity;
    for (let a = 0; a < here.length; a++) {
      for (let b = a + 1; b < here.length; b++) {
        if (here[b]!.wi === here[a]!.wi) continue;
        const d = here[b]!.m.start - here[a]!.m.end;
        if (d < span) [span, best] = [d, here[a]!];
        break;
      }
    }
    return Math.max(0, matches.findIndex((m) => m.start <= best.m.start && best.m.start < m.end));
  };
  for (const s of order.slice(0, options.maxPassages ?? 3)) {
    const i = focus(s);
    passages.push(passageOf(secs[s]!, hl, excerpt(text, matches, i, radius), options.param));
  }
  return resultOf(data, hl, matches.length, passages, words.map((w) => w.text), options.param);
}

/** Why a term is offered. */
export type SuggestionKind = 'related' | 'part' | 'form';
export interface Suggestion {
  term: AliasTerm;
  kind: SuggestionKind;
}

/** Whether the characters of `q` appear in `w` in order (科创走廊 in 浙中科创大走廊). */
function inOrder(q: string, w: string): boolean {
  let at = 0;
  for (const c of q) {
    at = w.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/** Whether `q` and `w` have two characters in a row in common. */
function sharesPair(q: string, w: string): boolean {
  const chars = [...q];
  for (let i = 0; i + 1 < chars.length; i++) if (w.includes(chars[i]! + chars[i + 1]!)) return true;
  return false;
}

/** How many characters `q` and `w` have in common (each counted as often as both have it). */
function sharedChars(q: string, w: string): number {
  const left = [...w];
  let n = 0;
  for (const c of q) {
    const at = left.indexOf(c);
    if (at >= 0) {
      n++;
      left.splice(at, 1);
    }
  }
  return n;
}

const contentWords = (s: string): string[] =>
  normalizeQuery(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && !EN_STOP.has(w));

/**
 * The glossary terms nearest a query that found nothing, best first (at most `max`): a related word
 * of the term in the query; the query (or one of its words) part of a term's name or of one of its
 * searchable aliases; Chinese: the most characters in common with a wording (at least two in a row);
 * the same words in another form (English, by loose stem), or spread over the term's wordings. `usable(term)` leaves out
 * terms whose own exact search would find nothing either.
 */
export function nearestTerms(lang: Lang, query: string, terms: readonly AliasTerm[], options: { max?: number; usable?: (t: AliasTerm) => boolean } = {}): Suggestion[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const scored: { term: AliasTerm; kind: SuggestionKind; score: number }[] = [];
  const cjk = isCjkQuery(q);
  const compact = q.replace(/\s+/g, '').toLowerCase();
  const qWords = contentWords(q).map(looseStem);
  for (const term of terms) {
    if (options.usable && !options.usable(term)) continue;
    const name = term[lang];
    let best: { kind: SuggestionKind; score: number } | undefined;
    const covered = new Set<string>();
    let mostShared = 0;
    const take = (kind: SuggestionKind, score: number) => {
      if (!best || score > best.score) best = { kind, score };
    };
    for (const r of relatedWords(term, lang)) {
      if (samePhrase(q, r)) take('related', 300);
      else if (findMatches(q, r).length) take('related', 250);
    }
    for (const w of [name, ...searchableAliases(term, lang)]) {
      const wl = w.replace(/\s+/g, '').toLowerCase();
      if (cjk && isCjkQuery(w)) {
        const n = [...compact].length;
        if (n < 2) continue;
        const ratio = n / [...wl].length;
        // The query inside a wording, or its characters in order (科创走廊 ↔ 浙中科创大走廊), or a wording inside the query.
        if (wl.includes(compact)) take('part', 200 + ratio * 50);
        else if (n >= 3 && inOrder(compact, wl)) take('part', 150 + ratio * 50);
        else if ([...wl].length >= 2 && compact.includes(wl)) take('part', 100 + ([...wl].length / n) * 50);
        else if (sharesPair(compact, wl)) {
          // Words in another order or one word replaced (金义自贸区 ↔ 自贸区金义片区, 保障举措 ↔ 保障措施): the
          // characters they share (Dice), when they share at least two in a row; always below the rules above.
          const shared = sharedChars(compact, wl);
          if (shared >= 2) take('part', 50 + (100 * 2 * shared) / (n + [...wl].length));
        }
      } else if (!cjk && !isCjkQuery(w) && qWords.length) {
        const tWords = contentWords(w).map(looseStem);
        for (const x of qWords) if (tWords.includes(x)) covered.add(x);
        const shared = qWords.filter((x) => tWords.includes(x)).length;
        mostShared = Math.max(mostShared, shared);
        if (!shared) continue;
        // Every query word in the wording (another form, or part of the name), else some of them.
        const cover = shared / qWords.length;
        const fit = shared / tWords.length;
        take(cover === 1 ? 'form' : 'part', (cover === 1 ? 150 : 50) + cover * 50 + fit * 50);
      }
    }
    // English: the query's words spread over the term's wordings (safeguard measures: "safeguards" in
    // implementation safeguards, "measures" in guarantee measures) count above one word in one wording.
    if (covered.size > 1 && covered.size > mostShared) take('part', 100 + (covered.size / qWords.length) * 50);
    if (best) scored.push({ term, ...(best as { kind: SuggestionKind; score: number }) });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.term[lang].length - b.term[lang].length)
    .slice(0, options.max ?? 3)
    .map(({ term, kind }) => ({ term, kind }));
}
