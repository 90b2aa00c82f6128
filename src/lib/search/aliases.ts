/**
 * Glossary aliases and cross-language terms for site search (pure; used by the search page, the term
 * pages, the content check and the benchmark).
 *
 * Pagefind has no synonyms (Pagefind #777), so the search page plans each query here first:
 * - the query is a glossary term of the page's language → searched as typed, with the term's card;
 * - the query is an alias of a term (content/data/glossary.yaml `aliases`) → the term is searched
 *   too, and the results say so ("高企" → 高新技术企业); the term is marked in the excerpts;
 * - the query is a term or alias of the other language (high-tech enterprise on the Chinese search)
 *   → this language's term is searched too;
 * - the query contains an alias (高企数量) → also searched with the alias replaced by its term.
 * The query as typed is always searched too: matching stays exact (match.ts), an alias only ever
 * adds the pages that hold its canonical term. The content check (src/checker/rules/glossary-aliases.ts)
 * makes sure an alias does not itself occur in the text outside its term, so it cannot match unrelated text.
 */
import { findMatches, isCjkQuery, normalizeQuery, stem } from './match.ts';

export type Lang = 'zh' | 'en';

/** A glossary term as the search needs it. */
export interface AliasTerm {
  id: string;
  zh: string;
  en: string;
  aliases?: { zh?: string[] | undefined; en?: string[] | undefined } | undefined;
}

export const otherLanguage = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** Whether `a` and `b` are the same words (Chinese: same characters; other: same words, plural/-ing/-ed forms allowed). */
function sameWords(a: string, b: string): boolean {
  const x = normalizeQuery(a);
  const y = normalizeQuery(b);
  if (!x || !y || isCjkQuery(x) !== isCjkQuery(y)) return false;
  return findMatches(y, x).some((m) => m.start === 0 && m.end === y.length);
}

/**
 * A wording without its spacing (other than Chinese): its words run together, lower case, " & " read as
 * "and", the plural of the last word dropped. "makerspaces", "Maker-Space" and "maker spaces" are one
 * key; "hightech" and "high-tech" too; "hi-tech" is another wording (an alias).
 */
export const spacingKey = (s: string): string => stem(normalizeQuery(s).replace(/(^|\s)&(?=\s|$)/g, '$1and').replace(/[^\p{L}\p{N}]+/gu, ''));

/**
 * Whether `a` and `b` are the same wording: the same words (sameWords), or, for wordings without
 * Chinese characters, the same words spaced, hyphenated or written together differently (spacingKey).
 * Only whole wordings are compared: this never makes a search match other text (match.ts stays exact).
 */
export const samePhrase = (a: string, b: string): boolean =>
  sameWords(a, b) || (!isCjkQuery(a) && !isCjkQuery(b) && spacingKey(a) !== '' && spacingKey(a) === spacingKey(b));

export const aliasesOf = (term: AliasTerm, lang: Lang): string[] => term.aliases?.[lang] ?? [];

/** How a query was widened, for the message above the results. */
export interface Widening {
  kind: 'alias' | 'otherLanguage';
  /** What the reader typed that is an alias or other-language term. */
  typed: string;
  /** The term in the search's language that is searched too. */
  term: string;
  /** The wording searched besides the query: the term, or the query with the alias replaced by it. */
  searched: string;
}

export interface QueryPlan {
  /** What to search for, the query as typed first; a page is a result when it contains any of them. */
  searches: string[];
  /** The glossary term the query names (as a term, alias or other-language term): its card heads the results. */
  term?: AliasTerm;
  widening?: Widening;
}

/**
 * What to search for on the `lang` search page for `query`. `inner`: planning the rewritten query of
 * an alias inside a longer one (no second rewrite).
 */
export function planQuery(lang: Lang, query: string, terms: readonly AliasTerm[], inner = false): QueryPlan {
  const q = normalizeQuery(query);
  if (!q) return { searches: [] };
  const other = otherLanguage(lang);
  const widened = (kind: Widening['kind'], t: AliasTerm): QueryPlan => ({ searches: [q, t[lang]], term: t, widening: { kind, typed: q, term: t[lang], searched: t[lang] } });
  const own = terms.find((t) => samePhrase(q, t[lang]));
  // The term in its own words; written together or apart otherwise (hightech enterprises), its wording is searched too.
  if (own) return sameWords(q, own[lang]) ? { searches: [q], term: own } : widened('alias', own);
  const byAlias = terms.find((t) => aliasesOf(t, lang).some((a) => samePhrase(q, a)));
  if (byAlias) return widened('alias', byAlias);
  const byOther = terms.find((t) => samePhrase(q, t[other]) || aliasesOf(t, other).some((a) => samePhrase(q, a)));
  if (byOther) return widened('otherLanguage', byOther);
  // An alias inside a longer query: the longest alias found is replaced by its term.
  const inside = inner
    ? undefined
    : terms
        .flatMap((t) => aliasesOf(t, lang).map((alias) => ({ t, alias, at: findMatches(q, alias)[0] })))
        .filter((x) => x.at)
        .sort((a, b) => b.alias.length - a.alias.length)[0];
  if (inside?.at) {
    const rewritten = normalizeQuery(`${q.slice(0, inside.at.start)}${inside.t[lang]}${q.slice(inside.at.end)}`);
    // The rewritten query may name a term itself (research and development spending → R&D spending,
    // an alias of R&D expenditure): then that term is searched too, with its card.
    const named = planQuery(lang, rewritten, terms, true).term;
    if (named) return { searches: [...new Set([q, rewritten, named[lang]])], term: named, widening: { kind: 'alias', typed: q, term: named[lang], searched: named[lang] } };
    if (rewritten !== q) return { searches: [q, rewritten], widening: { kind: 'alias', typed: q.slice(inside.at.start, inside.at.end), term: inside.t[lang], searched: rewritten } };
  }
  return { searches: [q] };
}

/** The query to offer on the other language's search page: the term's rendering there when the query (planned as `plan`) names a term. */
export function otherLanguageQuery(lang: Lang, plan: QueryPlan, query: string): string {
  return plan.term ? plan.term[otherLanguage(lang)] : normalizeQuery(query);
}
