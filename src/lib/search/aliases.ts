/**
 * Glossary aliases and cross-language terms for site search (pure; used by the search page, the term
 * pages, the content check and the benchmark).
 *
 * Pagefind has no synonyms (Pagefind #777), so the search page plans each query here first:
 * - the query is a glossary term of the page's language → searched as typed, with the term's card;
 * - the query is an alias of a term (content/data/glossary.yaml `abbreviations`, `synonyms`) → the term is searched
 *   too, and the results say so ("高企" → 高新技术企业); the term is marked in the excerpts;
 * - the query is a term or alias of the other language (high-tech enterprise on the Chinese search)
 *   → this language's term is searched too;
 * - the query contains an alias (高企数量) → also searched with the alias replaced by its term.
 * The query as typed is always searched too: matching stays exact (match.ts), an alias only ever
 * adds the pages that hold its canonical term. The content check (src/checker/rules/glossary-aliases.ts)
 * makes sure an alias does not itself occur in the text outside its term, so it cannot match unrelated text.
 */
import { findMatches, isCjkQuery, normalizeQuery, stem } from './match.ts';
import { otherLang } from '../../i18n/lang.ts';

export type Lang = 'zh' | 'en';

/** Words per language (a glossary term's abbreviations, synonyms or related words). */
export type WordsPerLanguage = { zh?: string[] | undefined; en?: string[] | undefined } | undefined;

/** A glossary term as the search needs it (content/data/glossary.yaml). */
export interface AliasTerm {
  id: string;
  zh: string;
  en: string;
  /** Standard short forms: searched as the term. */
  abbreviations?: WordsPerLanguage;
  /** Wordings that mean exactly the term: searched as the term. */
  synonyms?: WordsPerLanguage;
  /** Words near the term that do not mean the same: suggestions only, never searched as the term. */
  related?: WordsPerLanguage;
}

/** The kinds of alias the exact search finds as the term itself, in the order the glossary lists them. */
export const SEARCHABLE_KINDS = ['abbreviations', 'synonyms'] as const;
export type SearchableKind = (typeof SEARCHABLE_KINDS)[number];

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
export const spacingKey = (s: string): string =>
  stem(
    normalizeQuery(s)
      // Two letters joined by "and" or "&" are one abbreviation however written: R and D, R & D, R&D; S and T.
      .replace(/(?<![\p{L}\p{N}])(\p{L})\s*(?:&|and)\s*(\p{L})(?![\p{L}\p{N}])/giu, '$1$2')
      .replace(/(^|\s)&(?=\s|$)/g, '$1and')
      .replace(/[^\p{L}\p{N}]+/gu, ''),
  );

/**
 * Whether `a` and `b` are the same wording: the same words (sameWords), or, for wordings without
 * Chinese characters, the same words spaced, hyphenated or written together differently (spacingKey).
 * Only whole wordings are compared: this never makes a search match other text (match.ts stays exact).
 */
export const samePhrase = (a: string, b: string): boolean =>
  sameWords(a, b) || (!isCjkQuery(a) && !isCjkQuery(b) && spacingKey(a) !== '' && spacingKey(a) === spacingKey(b));

/**
 * A term's searchable aliases in `lang`: its abbreviations and synonyms, the wordings the exact search
 * finds as the term (and the content check keeps out of the site's other text). Related words are not among them.
 */
export const searchableAliases = (term: AliasTerm, lang: Lang): string[] => SEARCHABLE_KINDS.flatMap((kind) => term[kind]?.[lang] ?? []);

/** The same aliases with where each is listed (kind and position), for messages that name the field. */
export const searchableAliasEntries = (term: AliasTerm, lang: Lang): { kind: SearchableKind; index: number; alias: string }[] =>
  SEARCHABLE_KINDS.flatMap((kind) => (term[kind]?.[lang] ?? []).map((alias, index) => ({ kind, index, alias })));

/** A term's related words in `lang`: offered as suggestions only (the search page's nearest terms). */
export const relatedWords = (term: AliasTerm, lang: Lang): string[] => term.related?.[lang] ?? [];

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
  const other = otherLang(lang);
  const widened = (kind: Widening['kind'], t: AliasTerm): QueryPlan => ({ searches: [q, t[lang]], term: t, widening: { kind, typed: q, term: t[lang], searched: t[lang] } });
  const own = terms.find((t) => samePhrase(q, t[lang]));
  // The term in its own words; written together or apart otherwise (hightech enterprises), its wording is searched too.
  if (own) return sameWords(q, own[lang]) ? { searches: [q], term: own } : widened('alias', own);
  const byAlias = terms.find((t) => searchableAliases(t, lang).some((a) => samePhrase(q, a)));
  if (byAlias) return widened('alias', byAlias);
  const byOther = terms.find((t) => samePhrase(q, t[other]) || searchableAliases(t, other).some((a) => samePhrase(q, a)));
  if (byOther) return widened('otherLanguage', byOther);
  // An alias inside a longer query: the longest alias found is replaced by its term.
  const inside = inner
    ? undefined
    : terms
        .flatMap((t) => searchableAliases(t, lang).map((alias) => ({ t, alias, at: findMatches(q, alias)[0] })))
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

/**
 * The query to offer on the other language's search page, or null when the other language cannot have
 * the words: the term's rendering there when the query (planned as `plan`) names a term; otherwise the
 * query itself only when it is written in the other language's script (English words on the Chinese
 * search, Chinese on the English one). A Chinese wording that names no term is not on the English pages.
 */
export function otherLanguageQuery(lang: Lang, plan: QueryPlan, query: string): string | null {
  if (plan.term) return plan.term[otherLang(lang)];
  const q = normalizeQuery(query);
  if (!q) return null;
  return isCjkQuery(q) === (otherLang(lang) === 'zh') ? q : null;
}
