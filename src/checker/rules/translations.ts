/**
 * Both languages: every Markdown entry has its counterpart in the other language (same file name),
 * and the fields that mean the same in every language (src/model/collections.ts `neutralFields`) are
 * equal in zh and en. Every other field belongs to one language: the texts, and `updated` / `changes`
 * (a correction of the English alone is dated and noted in the English file only). `source` is
 * written in the Chinese file only (rules/provenance.ts).
 */
import { LANGS } from '../../lib/schemas.ts';
import { MARKDOWN_COLLECTIONS, markdownPath, type MarkdownCollectionDecl } from '../../model/collections.ts';
import { say } from '../messages.ts';
import type { Content, Entry, Lang, Problem, Rule } from '../types.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function checkCollection(decl: MarkdownCollectionDecl, content: Content, existing: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map<string, Partial<Record<Lang, Entry>>>();
  for (const e of content.entries[decl.name as keyof Content['entries']]) byName.set(e.name, { ...byName.get(e.name), [e.lang]: e });
  for (const [name, pair] of byName) {
    for (const lang of LANGS) {
      const other = LANGS.find((l) => l !== lang)!;
      const have = pair[other];
      const want = markdownPath(decl, lang, name);
      // A file that failed its schema still exists: do not also report it as a missing translation.
      if (!pair[lang] && have && !existing.has(want)) problems.push({ file: have.file.path, ...say('missingTranslation', want, other, lang) });
    }
    const { zh, en } = pair;
    if (!zh || !en) continue;
    for (const field of decl.neutralFields) {
      if (!same(zh.data[field], en.data[field])) {
        problems.push({ file: en.file.path, line: en.file.lineOf([field]), field, ...say('neutralFieldDiffers', zh.file.path, zh.data[field], en.data[field]) });
      }
    }
  }
  return problems;
}

function check(content: Content): Problem[] {
  const existing = new Set(content.files.map((f) => f.path));
  return MARKDOWN_COLLECTIONS.flatMap((decl) => checkCollection(decl, content, existing));
}

export const translationsRule: Rule = { name: 'translations', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
