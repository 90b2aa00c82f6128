/**
 * Many wordings looked for in many texts at once (pure; used by the content check of glossary aliases).
 *
 * Looking for each wording in each text costs wordings × texts; at 2,000 entries per language that was
 * most of `npm run check` (issue 23). Here the wordings are compiled once into one Aho–Corasick automaton
 * per kind of matching (`@monyone/aho-corasick/fast`: scanning the 3,242 texts of the 2,000-entry
 * benchmark took 0.23 CPU-s, against 0.54 for its default build and 0.67 and 2.2 for `modern-ahocorasick`'s; README,
 * Performance), and each text is scanned once:
 * - Chinese wordings are looked for in the text's compact form (whitespace dropped, case-folded), as
 *   findMatches compares them;
 * - other wordings as runs of whole word stems, in the text's stem form.
 * `candidates(text)` is a quick first test that never misses: a wording it does not name has no
 * occurrence in the text by findMatches; one it names may still have none (the words joined by a
 * sentence break), so callers confirm with findMatches.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { compactForm, compactQuery, isCjkQuery, normalizeQuery, stemForm, stemQuery } from './match.ts';

interface Automaton {
  ac: AhoCorasick;
  /** The wordings (by index) with each compiled key. */
  byKey: Map<string, number[]>;
}

function compile(keys: { key: string; index: number }[]): Automaton | undefined {
  const byKey = new Map<string, number[]>();
  for (const { key, index } of keys) {
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  }
  return byKey.size ? { ac: new AhoCorasick([...byKey.keys()]), byKey } : undefined;
}

export class WordingIndex {
  readonly #cjk: Automaton | undefined;
  readonly #words: Automaton | undefined;

  /** `wordings`: what to look for, each as a reader would type it; `candidates` answers with their indexes. */
  constructor(wordings: readonly string[]) {
    const cjk: { key: string; index: number }[] = [];
    const words: { key: string; index: number }[] = [];
    wordings.forEach((w, index) => {
      const q = normalizeQuery(w);
      if (!q) return;
      if (isCjkQuery(q)) {
        const key = compactQuery(q);
        if (key) cjk.push({ key, index });
      } else {
        const key = stemQuery(q);
        if (key.trim()) words.push({ key, index });
      }
    });
    this.#cjk = compile(cjk);
    this.#words = compile(words);
  }

  /** The indexes of the wordings that may occur in `text` (every one that does, in index order). */
  candidates(text: string): number[] {
    const found = new Set<number>();
    const scan = (a: Automaton | undefined, form: () => string) => {
      if (!a) return;
      for (const m of a.ac.matchInText(form())) for (const i of a.byKey.get(m.keyword) ?? []) found.add(i);
    };
    scan(this.#cjk, () => compactForm(text));
    scan(this.#words, () => stemForm(text));
    return [...found].sort((a, b) => a - b);
  }
}
