/**
 * Glossary aliases (content/data/glossary.yaml `aliases`, used by site search: docs/search.md).
 * An alias must be a wording of its own: not a term, not listed twice (for one term or two), so an
 * alias always leads to exactly one term and aliases cannot form chains or cycles. And an alias must
 * not appear in the site's text of its language except inside its own term: search finds the term's
 * pages for it, so an alias that is also part of other text (高企 in 提高企业) would match unrelated text.
 */
import type { Entry, MarkdownCollection, Problem } from '../check.ts';
import type { SourceFile } from '../files.ts';
import { LANGS, type Lang } from '../../lib/schemas.ts';
import { findMatches } from '../../lib/search/match.ts';
import { samePhrase } from '../../lib/search/aliases.ts';

interface Term {
  id: string;
  zh: string;
  en: string;
  aliases?: { zh?: string[] | undefined; en?: string[] | undefined } | undefined;
}

const LANG_NAME = { zh: ['Chinese', '中文'], en: ['English', '英文'] } as const;

/** The reader-visible text of each content file, per language (Markdown bodies, text fields, target names). */
function textsOf(entries: Record<MarkdownCollection, Entry[]>, targetText: Partial<Record<Lang, { file: SourceFile; data: unknown } | undefined>>) {
  const out: { lang: Lang; path: string; text: string }[] = [];
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  for (const list of Object.values(entries)) for (const e of list) out.push({ lang: e.lang, path: e.file.path, text: [...strings(e.data), e.file.body].join('\n') });
  for (const lang of LANGS) {
    const t = targetText[lang];
    if (t) out.push({ lang, path: t.file.path, text: strings(t.data).join('\n') });
  }
  return out;
}

export function checkGlossaryAliases(
  glossary: { file: SourceFile; data: { terms: Term[] } } | undefined,
  entries: Record<MarkdownCollection, Entry[]>,
  targetText: Partial<Record<Lang, { file: SourceFile; data: unknown } | undefined>>,
): Problem[] {
  if (!glossary) return [];
  const problems: Problem[] = [];
  const { file, data } = glossary;
  const texts = textsOf(entries, targetText);
  for (const lang of LANGS) {
    const [en, zh] = LANG_NAME[lang];
    const seen: { alias: string; id: string }[] = [];
    data.terms.forEach((term, ti) => {
      (term.aliases?.[lang] ?? []).forEach((alias, ai) => {
        const at = { file: file.path, line: file.lineOf(['terms', ti, 'aliases', lang, ai]), field: `terms.${ti}.aliases.${lang}.${ai}` };
        const asTerm = data.terms.find((t) => samePhrase(alias, t[lang]));
        if (asTerm) {
          problems.push({
            ...at,
            en: `the alias "${alias}" of "${term[lang]}" is itself a glossary term (${asTerm.id}); expected a wording that is not a term`,
            zh: `“${term[lang]}”的别称“${alias}”本身就是术语表中的术语（${asTerm.id}）；别称不能是术语`,
          });
          return;
        }
        const twice = seen.find((s) => samePhrase(alias, s.alias));
        if (twice) {
          problems.push({
            ...at,
            en: `the ${en} alias "${alias}" is already an alias of ${twice.id === term.id ? 'this term' : `"${twice.id}"`}; expected each alias to be listed once, for one term`,
            zh: `${zh}别称“${alias}”已是${twice.id === term.id ? '本术语' : `“${twice.id}”`}的别称；每个别称只能为一个术语列出一次`,
          });
          return;
        }
        seen.push({ alias, id: term.id });
        // Where the alias occurs in the text, it must be inside an occurrence of its own term.
        for (const t of texts.filter((x) => x.lang === lang)) {
          const found = findMatches(t.text, alias);
          if (!found.length) continue;
          const own = findMatches(t.text, term[lang]);
          const stray = found.find((m) => !own.some((o) => o.start <= m.start && m.end <= o.end));
          if (!stray) continue;
          const context = t.text.slice(Math.max(0, stray.start - 8), stray.end + 8).replace(/\s+/g, ' ');
          problems.push({
            ...at,
            en: `the alias "${alias}" also appears in ${t.path} ("…${context}…") outside the term "${term[lang]}", so search would match it there too; expected an alias the text does not use otherwise (remove the alias, or reword the text)`,
            zh: `别称“${alias}”也出现在 ${t.path} 中（“…${context}…”），且不在术语“${term[lang]}”之内，搜索会因此匹配到无关文字；别称应是正文中没有单独使用的说法（请删除该别称或修改正文）`,
          });
          break;
        }
      });
    });
  }
  return problems;
}
