/**
 * One term, one rendering (docs/style-guide.en.md): where a Chinese entry uses a glossary term
 * (content/data/glossary.yaml `zh`), its English counterpart uses the glossary's rendering (`en`)
 * somewhere in its text (any of its text fields or its body; case and the form of the apostrophe aside;
 * plural forms contain it). A term inside a longer glossary term with its own rendering (创新驱动 inside
 * 创新驱动引领) counts as the longer term only.
 *
 * A warning, never a problem: the English file may be waiting for its translator, or the glossary's
 * rendering may be what changed, and staff fixing an unrelated sentence must never be blocked by it.
 * It names the English file, the field and line of its text that matches where the Chinese uses the
 * term (the same paragraph, by position: rules/alignment.ts keeps the paragraphs in step), and the
 * rendering expected; it says nothing about files other than the pair it compares.
 */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { topBlocks } from '../markdown.ts';
import { say } from '../messages.ts';
import type { Content, Entry, Glossary, Problem, Rule } from '../types.ts';

type Term = Glossary['terms'][number];

/** A piece of an entry's reader-visible text: a front-matter text field or a paragraph (block) of the body. */
interface Piece {
  field: string;
  /** For a body block: its index among the body's blocks. */
  block?: number;
  text: string;
  line: number | undefined;
}

/** The entry's text fields (strings and lists of strings) and its body's blocks, with their lines. */
function pieces(content: Content, e: Entry): Piece[] {
  const fields = Object.entries(e.data).flatMap(([key, v]): Piece[] =>
    typeof v === 'string'
      ? [{ field: key, text: v, line: e.file.lineOf([key]) }]
      : Array.isArray(v)
        ? v.flatMap((x, i) => (typeof x === 'string' ? [{ field: `${key}.${i}`, text: x, line: e.file.lineOf([key, i]) }] : []))
        : [],
  );
  const blocks = topBlocks(content.markdown(e.file.body)).map((b, i): Piece => ({ field: 'body', block: i, text: b.text, line: e.file.bodyLine + b.line - 1 }));
  return [...fields, ...blocks];
}

const folded = (s: string) => s.toLowerCase().replace(/[’']/g, "'");

/** Whether `term` occurs in `text` outside every longer glossary term that contains it. */
function occursAlone(text: string, term: string, longer: readonly string[]): boolean {
  if (!text.includes(term)) return false;
  let masked = text;
  for (const l of longer) masked = masked.split(l).join('\u0000'.repeat(l.length));
  return masked.includes(term);
}

/** Where in the English file to look for the rendering of a term the Chinese uses in `zh`: the same field, or the same paragraph. */
function counterpartOf(zh: Piece, en: Piece[], enEntry: Entry): { field: string; line: number | undefined } {
  const same = en.find((p) => p.field === zh.field && p.block === zh.block);
  return { field: zh.field, line: same?.line ?? (zh.field === 'body' ? enEntry.file.bodyLine : enEntry.file.lineOf([zh.field.split('.')[0]!])) };
}

/** Each term with what every pair compares: its folded rendering and the longer glossary terms that contain it (made once per check). */
interface Prepared {
  term: Term;
  rendering: string;
  longer: string[];
}
const prepare = (terms: readonly Term[]): Prepared[] =>
  terms.map((term) => ({ term, rendering: folded(term.en), longer: terms.filter((x) => x.zh.length > term.zh.length && x.zh.includes(term.zh)).map((x) => x.zh) }));

/** The warnings on one pair of entries (Chinese `zh`, English `en`). */
export function renderingWarnings(content: Content, terms: readonly Term[], zh: Entry, en: Entry, prepared: readonly Prepared[] = prepare(terms)): Problem[] {
  const zhPieces = pieces(content, zh);
  const enPieces = pieces(content, en);
  const enText = folded(enPieces.map((p) => p.text).join('\n'));
  // A quick first test: the Chinese uses the term somewhere (no term holds a line break).
  const zhText = zhPieces.map((p) => p.text).join('\n');
  return prepared.flatMap(({ term, rendering, longer }) => {
    if (!zhText.includes(term.zh) || enText.includes(rendering)) return [];
    const where = zhPieces.find((p) => occursAlone(p.text, term.zh, longer));
    if (!where) return [];
    const at = counterpartOf(where, enPieces, en);
    return [{ file: en.file.path, line: at.line, field: at.field, related: zh.file.path, ...say('glossaryRendering', term.zh, term.en, `${zh.file.path}:${where.line ?? 1}`) }];
  });
}

/** Every pair of Chinese and English entries, each checked against the glossary. */
export function glossaryRenderingWarnings(content: Content): Problem[] {
  const terms = content.glossary?.data.terms ?? [];
  if (!terms.length) return [];
  const prepared = prepare(terms);
  return MARKDOWN_COLLECTIONS.flatMap((c) => {
    const entries = content.entries[c.name];
    const english = new Map(entries.filter((e) => e.lang === 'en').map((e) => [e.name, e]));
    return entries.filter((e) => e.lang === 'zh').flatMap((zh) => {
      const en = english.get(zh.name);
      return en ? renderingWarnings(content, terms, zh, en, prepared) : [];
    });
  });
}

export const glossaryRenderingsRule: Rule = {
  name: 'glossary-renderings',
  needs: ['glossary', ...MARKDOWN_COLLECTIONS.map((c) => c.name)],
  check: () => [],
  warn: glossaryRenderingWarnings,
};
