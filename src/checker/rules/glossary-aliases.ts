/**
 * Glossary aliases (content/data/glossary.yaml `abbreviations` and `synonyms`, searched as the term: docs/search.md;
 * `related` words are only suggested, never searched as the term, so they are not checked here).
 * An alias must be a wording of its own: not a term, not listed twice (for one term or two), so an
 * alias always leads to exactly one term and aliases cannot form chains or cycles. And an alias must
 * not appear in the site's text of its language except inside its own term: search finds the term's
 * pages for it, so an alias that is also part of other text (高企 in 提高企业) would match unrelated text.
 */
import { LANGS } from '../../lib/schemas.ts';
import { findMatches } from '../../lib/search/match.ts';
import { samePhrase, searchableAliasEntries } from '../../lib/search/aliases.ts';
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
  for (const list of Object.values(entries)) for (const e of list) out.push({ lang: e.lang, path: e.file.path, text: [...strings(e.data), e.file.body].join('\n') });
  for (const lang of LANGS) {
    const t = targetText[lang];
    if (t) out.push({ lang, path: t.file.path, text: strings(t.data).join('\n') });
  }
  return out;
}

/** Where the alias occurs in the text outside an occurrence of its own term: the first such place. */
function strayUse(texts: Text[], alias: string, term: string): { path: string; context: string } | undefined {
  for (const t of texts) {
    const found = findMatches(t.text, alias);
    if (!found.length) continue;
    const own = findMatches(t.text, term);
    const stray = found.find((m) => !own.some((o) => o.start <= m.start && m.end <= o.end));
    if (stray) return { path: t.path, context: t.text.slice(Math.max(0, stray.start - 8), stray.end + 8).replace(/\s+/g, ' ') };
  }
  return undefined;
}

function checkLanguage(glossary: DataFile<Glossary>, lang: Lang, texts: Text[]): Problem[] {
  const problems: Problem[] = [];
  const { file, data } = glossary;
  const seen: { alias: string; id: string }[] = [];
  data.terms.forEach((term: Term, ti) => {
    searchableAliasEntries(term, lang).forEach(({ kind, index, alias }) => {
      const at = { file: file.path, line: file.lineOf(['terms', ti, kind, lang, index]), field: `terms.${ti}.${kind}.${lang}.${index}` };
      const asTerm = data.terms.find((t) => samePhrase(alias, t[lang]));
      if (asTerm) return problems.push({ ...at, ...say('aliasIsTerm', alias, term[lang], asTerm.id) });
      const twice = seen.find((s) => samePhrase(alias, s.alias));
      if (twice) return problems.push({ ...at, ...say('aliasTwice', lang, alias, twice.id === term.id ? undefined : twice.id) });
      seen.push({ alias, id: term.id });
      const stray = strayUse(texts, alias, term[lang]);
      if (stray) problems.push({ ...at, ...say('aliasInText', alias, stray.path, stray.context, term[lang]) });
    });
  });
  return problems;
}

/** The rule on the glossary `glossary` against the texts of `entries` and the target names (also used on its own by tests). */
export function checkGlossaryAliases(
  glossary: DataFile<Glossary> | undefined,
  entries: Record<MarkdownCollection, Entry[]>,
  targetText: Partial<Record<Lang, { file: SourceFile; data: unknown } | undefined>>,
): Problem[] {
  if (!glossary) return [];
  const texts = textsOf(entries, targetText);
  return LANGS.flatMap((lang) => checkLanguage(glossary, lang, texts.filter((t) => t.lang === lang)));
}

function check(content: Content): Problem[] {
  return checkGlossaryAliases(content.glossary, content.entries, content.targetText);
}

export const glossaryAliasesRule: Rule = { name: 'glossary-aliases', needs: ['glossary', 'targetText', ...MARKDOWN_COLLECTIONS.map((c) => c.name)], check };
