/**
 * Search queries for the tests, chosen from the content as it stands (never typed into a test), so a
 * revision that drops a word changes which word is searched, not the verdict:
 * glossary terms the text uses, a word of the text that is no glossary term, a word no page has,
 * words that occur on pages of both languages. Expected pages come from the ground truth.
 */
import { contains, contentPages, glossaryTerms, pagesContaining, type ContentPage, type GlossaryTerm, type Lang } from './ground-truth.ts';

let cache: ContentPage[] | undefined;
const pagesNow = () => (cache ??= contentPages());

/** Glossary terms (in `lang`) that some page other than the glossary itself contains, in glossary order. */
export function usedTerms(lang: Lang, pages: readonly ContentPage[] = pagesNow(), terms: readonly GlossaryTerm[] = glossaryTerms()): string[] {
  return terms.map((g) => g[lang]).filter((w) => pagesContaining(pages, lang, w).some((p) => !p.endsWith('/glossary/')));
}

/** The `n`-th used glossary term of `lang` (throws, naming what is missing, when the content has too few). */
export function usedTerm(lang: Lang, n = 0, pages: readonly ContentPage[] = pagesNow()): string {
  const all = usedTerms(lang, pages);
  const w = all[n];
  if (!w) throw new Error(`the ${lang} content uses only ${all.length} glossary terms; this test needs ${n + 1}`);
  return w;
}

/** Every wording of the glossary in `lang` and the other language (terms and aliases). */
const glossaryWordings = (terms: readonly GlossaryTerm[]) =>
  terms.flatMap((g) => [g.zh, g.en, ...(['abbreviations', 'synonyms', 'related'] as const).flatMap((k) => [...(g[k]?.zh ?? []), ...(g[k]?.en ?? [])])]);

/**
 * A word of the `lang` text that names no glossary term and holds none (so a search for it is a plain
 * search: no card, no widening): Chinese two-character words, English words of five letters or more,
 * taken from the pages in order.
 */
export function plainWord(lang: Lang, pages: readonly ContentPage[] = pagesNow(), terms: readonly GlossaryTerm[] = glossaryTerms()): string {
  const wordings = glossaryWordings(terms);
  const candidates = pages
    .filter((p) => p.lang === lang)
    .flatMap((p) => (lang === 'zh' ? [...p.text.matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!) : [...p.text.matchAll(/\b[a-z]{5,}\b/g)].map((m) => m[0])));
  const word = candidates.find((w) => !wordings.some((x) => contains(x, w) || contains(w, x)));
  if (!word) throw new Error(`every ${lang} word is part of a glossary wording`);
  return word;
}

/**
 * A word no `lang` page contains: the first of `candidates` the content lacks, else two glossary terms
 * run together (which no text writes), so there is always one.
 */
export function absentWord(lang: Lang, candidates: readonly string[], pages: readonly ContentPage[] = pagesNow(), terms: readonly GlossaryTerm[] = glossaryTerms()): string {
  const absent = (q: string) => pagesContaining(pages, lang, q).length === 0;
  const found = candidates.find(absent);
  if (found) return found;
  for (const a of terms) for (const b of terms) if (a !== b && absent(`${a[lang]}${lang === 'zh' ? '' : ' '}${b[lang]}`)) return `${a[lang]}${lang === 'zh' ? '' : ' '}${b[lang]}`;
  throw new Error(`no absent ${lang} word could be made`);
}

/**
 * Words that pages of both languages contain, as [language of the search, query]: Latin-letter words of
 * the Chinese text (R&D, GDP …) searched in both languages, and Chinese glossary terms the English pages
 * show (the glossary) searched in English.
 */
export function crossLanguageQueries(pages: readonly ContentPage[] = pagesNow(), terms: readonly GlossaryTerm[] = glossaryTerms()): ['zh' | 'en', string][] {
  const latin = [...new Set(pages.filter((p) => p.lang === 'zh').flatMap((p) => [...p.text.matchAll(/[A-Za-z][A-Za-z&]+/g)].map((m) => m[0])))]
    .filter((w) => pagesContaining(pages, 'zh', w).length > 0 && pagesContaining(pages, 'en', w).length > 0)
    .slice(0, 2);
  const chinese = terms.map((g) => g.zh).filter((w) => pagesContaining(pages, 'en', w).length > 0 && pagesContaining(pages, 'zh', w).length > 0).slice(0, 1);
  return [...latin.flatMap((w): ['zh' | 'en', string][] => [['zh', w], ['en', w]]), ...chinese.map((w): ['zh' | 'en', string] => ['en', w])];
}
