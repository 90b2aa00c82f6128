/**
 * Glossary aliases (content/data/glossary.yaml `abbreviations` and `synonyms`, searched as the term, read
 * through searchableAliasEntries (src/lib/search/aliases.ts, contract 4): docs/search.md; `related` words
 * are only suggested, never searched as the term, so they are not checked here).
 * An alias must be a wording of its own: not a term, not listed twice (for one term or two), so an
 * alias always leads to exactly one term and aliases cannot form chains or cycles. These are problems.
 *
 * An alias the site's text of its language uses outside its own term (高企 in 提高企业) is only a
 * warning, for whoever keeps the glossary: search vocabulary never decides what staff may publish, and
 * search finding the alias there is a match of that text (issue 19).
 */
import { LANGS } from '../../lib/schemas.ts';
import { splitHeadingId } from '../../lib/heading-id.ts';
import { samePhrase, searchableAliasEntries, spacingKey } from '../../lib/search/aliases.ts';
import { compactQuery, findMatches, isCjkQuery, stemQuery } from '../../lib/search/match.ts';
import { WordingIndex } from '../../lib/search/wording-index.ts';
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import type { Content, DataFile, Entry, Glossary, Lang, MarkdownCollection, Problem, Rule, SourceFile } from '../types.ts';

type Term = Glossary['terms'][number];
interface Text {
  lang: Lang;
  path: string;
  text: string;
}

/** The reader-visible text of each content file, per language (Markdown bodies, text fields, target names). */
function textsOf(entries: Record<MarkdownCollection, Entry[]>, targetText: Partial<Record<Lang, { file: SourceFile; data: unknown } | undefined>>): Text[] {
  const out: Text[] = [];
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  for (const list of Object.values(entries))
    for (const e of list) out.push({ lang: e.lang, path: e.file.path, text: [...strings(e.data), withoutHeadingIds(e.file.body)].join('\n') });
  for (const lang of LANGS) {
    const t = targetText[lang];
    if (t) out.push({ lang, path: t.file.path, text: strings(t.data).join('\n') });
  }
  return out;
}

/** A Markdown text without its heading ids (`## Title {#id}`): not text a reader sees, so neither matched nor quoted. */
const withoutHeadingIds = (body: string) => (body.includes('{#') ? body.split('\n').map((line) => splitHeadingId(line).text).join('\n') : body);

/** The words around an occurrence, on its own line, not cutting an English word in half. */
function around(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = (text.indexOf('\n', end) + 1 || text.length + 1) - 1;
  const radius = /\p{Script=Han}/u.test(text.slice(start, end)) ? 10 : 24;
  let from = Math.max(lineStart, start - radius);
  let to = Math.min(lineEnd, end + radius);
  while (from > lineStart && /[\p{L}\p{N}]/u.test(text[from - 1]!) && !/\p{Script=Han}/u.test(text[from - 1]!)) from--;
  while (to < lineEnd && /[\p{L}\p{N}]/u.test(text[to]!) && !/\p{Script=Han}/u.test(text[to]!)) to++;
  return `${from > lineStart ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < lineEnd ? '…' : ''}`;
}

/** Where `alias` occurs in `text` outside an occurrence of its own term: the first such place. */
function strayIn(text: string, alias: string, term: string): { start: number; end: number } | undefined {
  const found = findMatches(text, alias);
  if (!found.length) return undefined;
  const own = findMatches(text, term);
  return found.find((m) => !own.some((o) => o.start <= m.start && m.end <= o.end));
}

interface Listed {
  alias: string;
  term: Term;
  at: { file: string; line: number | undefined; field: string };
}

/**
 * Keys two wordings share whenever they are the same wording (samePhrase): the Chinese compact form,
 * the word stems, the spacing key. Wordings are compared with samePhrase only when they share one, not
 * every alias with every term and alias.
 */
function phraseKeys(s: string): string[] {
  if (isCjkQuery(s)) return [`c:${compactQuery(s)}`];
  const spaced = spacingKey(s);
  return [`w:${stemQuery(s)}`, ...(spaced ? [`s:${spaced}`] : [])];
}

/** Wordings (each with a value) to look up by samePhrase. */
class Phrases<T> {
  readonly #byKey = new Map<string, { phrase: string; value: T; order: number }[]>();
  #size = 0;
  push(phrase: string, value: T): void {
    const entry = { phrase, value, order: this.#size++ };
    for (const k of phraseKeys(phrase)) {
      const list = this.#byKey.get(k);
      if (list) list.push(entry);
      else this.#byKey.set(k, [entry]);
    }
  }
  /** The value of the first wording pushed that is the same wording as `phrase`. */
  find(phrase: string): T | undefined {
    let first: { value: T; order: number } | undefined;
    for (const k of phraseKeys(phrase))
      for (const x of this.#byKey.get(k) ?? []) if ((!first || x.order < first.order) && samePhrase(phrase, x.phrase)) first = x;
    return first?.value;
  }
}

/** Every searchable alias of `lang`, each with where it is listed, and the problems of the list itself. */
function listAliases(glossary: DataFile<Glossary>, lang: Lang): { listed: Listed[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const listed: Listed[] = [];
  const { file, data } = glossary;
  const terms = new Phrases<Term>();
  for (const t of data.terms) terms.push(t[lang], t);
  const seen = new Phrases<{ alias: string; id: string }>();
  data.terms.forEach((term: Term, ti) => {
    for (const { kind, index, alias } of searchableAliasEntries(term, lang)) {
      const at = { file: file.path, line: file.lineOf(['terms', ti, kind, lang, index]), field: `terms.${ti}.${kind}.${lang}.${index}` };
      const asTerm = terms.find(alias);
      if (asTerm) {
        problems.push({ ...at, ...say('aliasIsTerm', alias, term[lang], asTerm.id) });
        continue;
      }
      const twice = seen.find(alias);
      if (twice) {
        problems.push({ ...at, ...say('aliasTwice', lang, alias, twice.id === term.id ? undefined : twice.id) });
        continue;
      }
      seen.push(alias, { alias, id: term.id });
      listed.push({ alias, term, at });
    }
  });
  return { listed, problems };
}

/**
 * The aliases of `lang` that the text uses outside their term, each once (its first such place): a
 * warning for whoever keeps the glossary, never a problem. The text is what staff publish; search
 * finding an alias where the text uses it is a match of that text. All aliases are looked for in each
 * text at once (WordingIndex), then each place found is confirmed with the search's own matching.
 */
function strayUses(listed: Listed[], lang: Lang, texts: Text[]): Problem[] {
  const index = new WordingIndex(listed.map((l) => l.alias));
  const first = new Map<number, { path: string; context: string }>();
  for (const t of texts) {
    for (const i of index.candidates(t.text)) {
      if (first.has(i)) continue;
      const { alias, term } = listed[i]!;
      const stray = strayIn(t.text, alias, term[lang]);
      if (stray) first.set(i, { path: t.path, context: around(t.text, stray.start, stray.end) });
    }
    if (first.size === listed.length) break;
  }
  return [...first]
    .sort(([a], [b]) => a - b)
    .map(([i, { path, context }]) => {
      const { alias, term, at } = listed[i]!;
      return { ...at, ...say('aliasInText', alias, path, context, term[lang]), related: path };
    });
}

/** The rule's problems on the glossary `glossary`: aliases that are terms, or listed twice (also used on its own by tests). */
export function checkGlossaryAliases(glossary: DataFile<Glossary> | undefined): Problem[] {
  if (!glossary) return [];
  return LANGS.flatMap((lang) => listAliases(glossary, lang).problems);
}

/** The rule's warnings: aliases the texts of `entries` and the target names use outside their term (also used on its own by tests). */
export function glossaryAliasWarnings(
  glossary: DataFile<Glossary> | undefined,
  entries: Record<MarkdownCollection, Entry[]>,
  targetText: Partial<Record<Lang, { file: SourceFile; data: unknown } | undefined>>,
): Problem[] {
  if (!glossary) return [];
  const texts = textsOf(entries, targetText);
  return LANGS.flatMap((lang) => strayUses(listAliases(glossary, lang).listed, lang, texts.filter((t) => t.lang === lang)));
}

export const glossaryAliasesRule: Rule = {
  name: 'glossary-aliases',
  needs: ['glossary', 'targetText', ...MARKDOWN_COLLECTIONS.map((c) => c.name)],
  check: (content: Content) => checkGlossaryAliases(content.glossary),
  warn: (content: Content) => glossaryAliasWarnings(content.glossary, content.entries, content.targetText),
};
