/**
 * Ground truth for the search benchmark and the search tests: for each query, the pages whose text
 * contains it. The text of each page is read from the content (the Markdown and YAML files, read
 * here with the tests' own reader, and the interface strings the page template shows; targets and
 * dates written as tests/support/expected.ts says, not by the site's formatting code), never from the
 * built site or its search index, so whatever the indexer drops still counts as expected.
 * Independent of the site's search code:
 * - a query with Chinese characters: a substring of the text (whitespace ignored, Latin letters case-folded);
 * - otherwise: the words in order, each as a whole word in its own or a plural/-ing/-ed form.
 * Aliases (bench/search/aliases.json and the glossary): a query that is a glossary alias or a term of the
 * other language is expected to find the pages that contain its canonical term (`expectedForTerm`).
 * Run directly to print the truth as JSON: `node tests/support/ground-truth.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { t, type UiKey } from '../../src/i18n/index.ts';
import { sitePages, type Part } from '../../src/model/pages.ts';
import { loadProject } from '../../src/checker/node.ts';
import { readMarkdown } from './content-edit.ts';
import { expectedDateRange, expectedTarget } from './expected.ts';
import { splitHeadingId } from '../../src/lib/heading-id.ts';

export type Lang = 'zh' | 'en';
export interface ContentPage {
  lang: Lang;
  url: string;
  text: string;
}
export interface Queries {
  zh: Record<string, string[]>;
  en: Record<string, string[]>;
}
export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  abbreviations?: { zh?: string[]; en?: string[] };
  synonyms?: { zh?: string[]; en?: string[] };
  related?: { zh?: string[]; en?: string[] };
}

/** The wordings search finds as the term (the glossary's abbreviations and synonyms, read here from the file's fields). */
export const searchedAs = (g: GlossaryTerm, lang: Lang): string[] => [...(g.abbreviations?.[lang] ?? []), ...(g.synonyms?.[lang] ?? [])];

const ROOT = resolve('.');
const yaml = <T>(file: string, root = ROOT): T => parse(readFileSync(resolve(root, file), 'utf8')) as T;

/**
 * Markdown as the reader sees it: parsed by remark (the library, not the site's pipeline) and read
 * with mdast-util-to-string, one line per heading, paragraph and table cell: no heading marks,
 * anchors, emphasis, link targets or raw HTML.
 */
export function markdownText(md: string): string {
  const lines: string[] = [];
  visit(markdown.parse(md), (node) => {
    if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'tableCell') return;
    lines.push(splitHeadingId(toString(node, { includeHtml: false })).text);
    return SKIP;
  });
  return lines.join('\n');
}
const markdown = unified().use(remarkParse).use(remarkGfm);

/** A Markdown entry of one language: its front matter and body, as the file says. */
/** A content file read on its own (tests/support/content-edit.ts), not through the site's code. */
interface Entry {
  data: Record<string, unknown>;
  body: string;
}

/**
 * The text of every page site search indexes, from the content files. Which pages are indexed and
 * what each shows (its texts, tables and lists, in order) is the page model's (src/model/pages.ts);
 * the words are read here from the files themselves and the interface strings each template shows.
 */
export function contentPages(root = ROOT): ContentPage[] {
  const read = new Map<string, Entry>();
  const file = (path: string): Entry => {
    if (!read.has(path)) {
      const { data, body } = readMarkdown(join(root, path));
      read.set(path, { data, body });
    }
    return read.get(path)!;
  };
  const site = loadProject(root, { fresh: true }).content;
  const glossary = yaml<{ terms: GlossaryTerm[] }>('content/data/glossary.yaml', root).terms;
  const targetData = yaml<{ groups: { id: string; indicators: { id: string; value: number; unit: string; comparison: string }[] }[] }>('content/data/targets.yaml', root);
  const surveyData = yaml<{ periods: { id: string; start: string; end: string }[] }>('content/data/survey.yaml', root);
  const pages: ContentPage[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const ui = (...keys: UiKey[]) => keys.map((k) => t(lang, k)).join('\n');
    const body = (e: Entry) => markdownText(e.body);
    const field = (e: Entry, k: string) => String(e.data[k] ?? '');
    const labels = yaml<{ title: string; groups: Record<string, string>; indicators: Record<string, string>; units: Record<string, string> }>(`content/${lang}/targets.yaml`, root);
    const targets = [
      labels.title,
      ui('targets.caption', 'targets.colIndicator', 'targets.colTarget'),
      ...targetData.groups.flatMap((g) => [labels.groups[g.id] ?? '', ...g.indicators.map((i) => `${labels.indicators[i.id]} ${expectedTarget(lang, i, labels.units)}`)]),
    ].join('\n');
    const survey = (entries: { file: { path: string } }[]) =>
      [
        ui('survey.caption', 'survey.colTime', 'survey.colActivity'),
        ...surveyData.periods.map((p) => {
          const e = entries.map((x) => file(x.file.path)).find((x) => String(x.data['period']) === p.id);
          const list = (k: string) => ((e?.data[k] as string[] | undefined) ?? []).join('\n');
          return [e ? field(e, 'label') : '', e ? body(e) : '', ui('survey.dates'), expectedDateRange(lang, String(p.start), String(p.end)), ui('survey.places'), list('places'), ui('survey.organisations'), list('organisations')].join('\n');
        }),
      ].join('\n');
    const glossaryText = [ui('glossary.caption', 'glossary.colZh', 'glossary.colEn'), ...glossary.map((g) => `${g.zh}\n${g.en}`)].join('\n');
    const partText = (part: Part): string => {
      switch (part.kind) {
        case 'entry':
          return [field(file(part.entry.file.path), 'title'), body(file(part.entry.file.path))].join('\n');
        case 'tasks':
          return part.entries.map((x) => field(file(x.file.path), 'title')).join('\n');
        case 'targets':
          return targets;
        case 'survey':
          return survey(part.entries);
        case 'glossary':
          return glossaryText;
        case 'source':
        case 'chapters':
          return '';
      }
    };
    for (const page of sitePages(site, lang).filter((p) => p.search)) {
      pages.push({ lang, url: `/${lang}/${page.path}`, text: [page.title, ...(PAGE_WORDS[page.kind] ?? []).map((k) => ui(k)), ...page.parts.map(partText)].join('\n') });
    }
  }
  return pages;
}

/** The interface strings each indexed kind of page shows around what it is made of (its template's words). */
const PAGE_WORDS: Partial<Record<string, UiKey[]>> = {
  targets: ['targets.intro'],
  survey: ['survey.intro'],
  glossary: ['glossary.intro'],
};

export const glossaryTerms = (): GlossaryTerm[] => yaml<{ terms: GlossaryTerm[] }>('content/data/glossary.yaml').terms;

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
    // The text compared as the query is: NFKC (full-width （） and letters), no whitespace, case-folded.
    const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '').toLowerCase();
    return squash(text).includes(squash(q));
  }
  // A word character: a letter or digit, but not a Han character (占GDP比重 contains the word GDP).
  const w = '(?:[^\\P{L}\\p{Script=Han}]|\\p{N})';
  const words = [...q.matchAll(new RegExp(`${w}+`, 'gu'))];
  if (!words.length) return false;
  // Between two words: spaces and light punctuation; other punctuation (a comma, a bracket) only where
  // the query has the same there too.
  const light = `[\\s\\-‐–—&'’/·]*`;
  const pattern = words
    .map((m, i) => {
      const other = i === 0 ? '' : q.slice(words[i - 1]!.index + words[i - 1]![0].length, m.index).replace(/[\s\-‐–—&'’/·]+/g, '');
      const sep = i === 0 ? '' : other ? `${light}(?:${escape(other)}${light})?` : light;
      return `${sep}(?:${forms(m[0])})`;
    })
    .join('');
  return new RegExp(`(?<!${w})${pattern}(?!${w})`, 'iu').test(text);
}

/** The pages of `lang` whose text contains `query`. */
export const pagesContaining = (pages: readonly ContentPage[], lang: Lang, query: string): string[] =>
  pages.filter((p) => p.lang === lang && contains(p.text, query)).map((p) => p.url).sort();

export function groundTruth(pages: ContentPage[], queries: Queries): Record<Lang, Record<string, string[]>> {
  const out: Record<Lang, Record<string, string[]>> = { zh: {}, en: {} };
  for (const lang of ['zh', 'en'] as const) for (const q of Object.values(queries[lang]).flat()) out[lang][q] = pagesContaining(pages, lang, q);
  return out;
}

/** Letters and digits only, lower case, " & " read as "and": "Maker-Spaces", "maker spaces" and "makerspaces" alike. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(^|\s)&(?=\s|$)/g, '$1and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
const pluralOf = (x: string, y: string) => y === x || y === `${x}s` || y === `${x}es` || (x.endsWith('y') && y === `${x.slice(0, -1)}ies`);
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
/** The same words (each contains the other), or, without Chinese characters, the same letters spaced or hyphenated otherwise. */
const sameWording = (a: string, b: string) =>
  (contains(b, a) && contains(a, b)) || (!hasHan(a) && !hasHan(b) && squash(a) !== '' && (pluralOf(squash(a), squash(b)) || pluralOf(squash(b), squash(a))));

/**
 * What a query that names a glossary term (an alias in `lang`, the term written together or apart
 * otherwise, or the term or an alias in the other language) should find on the `lang` search: the
 * pages that contain the canonical term in `lang`, and the pages that contain the query as typed.
 * Null when the query names no term, or is the term itself.
 */
export function expectedForTerm(pages: readonly ContentPage[], terms: readonly GlossaryTerm[], lang: Lang, query: string): { term: GlossaryTerm; pages: string[] } | null {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  if (terms.some((g) => contains(g[lang], query) && contains(query, g[lang]))) return null;
  const term =
    terms.find((g) => sameWording(query, g[lang]) || searchedAs(g, lang).some((a) => sameWording(query, a))) ??
    terms.find((g) => sameWording(query, g[other]) || searchedAs(g, other).some((a) => sameWording(query, a)));
  if (!term) return null;
  return { term, pages: [...new Set([...pagesContaining(pages, lang, term[lang]), ...pagesContaining(pages, lang, query)])].sort() };
}

/**
 * What a query should find on the `lang` search, glossary included: a term's pages for an alias or an
 * other-language term (`expectedForTerm`); for a query that contains an alias, the pages holding the
 * query with the (longest) alias replaced by its term, too, and when that wording names a term, that
 * term's pages; otherwise the pages containing the query.
 */
export function expectedPages(pages: readonly ContentPage[], terms: readonly GlossaryTerm[], lang: Lang, query: string): string[] {
  const named = expectedForTerm(pages, terms, lang, query);
  if (named) return named.pages;
  const literal = pagesContaining(pages, lang, query);
  const inside = terms
    .flatMap((g) => searchedAs(g, lang).map((alias) => ({ g, alias })))
    .filter(({ alias }) => query.toLowerCase().includes(alias.toLowerCase()))
    .sort((a, b) => b.alias.length - a.alias.length)[0];
  if (!inside) return literal;
  const at = query.toLowerCase().indexOf(inside.alias.toLowerCase());
  const rewritten = `${query.slice(0, at)}${inside.g[lang]}${query.slice(at + inside.alias.length)}`;
  const again = expectedForTerm(pages, terms, lang, rewritten);
  return [...new Set([...literal, ...pagesContaining(pages, lang, rewritten), ...(again?.pages ?? [])])].sort();
}

export const loadQueries = (file = resolve('bench/search/queries.json')): Queries => JSON.parse(readFileSync(file, 'utf8')) as Queries;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(groundTruth(contentPages(), loadQueries()), null, 2));
}
