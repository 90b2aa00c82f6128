/**
 * Many phrases looked for in many texts, each text read once (pure; the term pages' passages and the
 * content check's glossary rule use it).
 *
 * `new PhraseIndex(phrases).find(text)` gives, for every phrase that occurs in the text, exactly
 * what `findMatches(text, phrase)` gives (match.ts: Chinese as a substring of the compact text,
 * other phrases as runs of whole words), but in one pass over the text for all phrases together:
 * - Chinese phrases: one Aho–Corasick automaton over their compact forms (@monyone/aho-corasick),
 *   run over the text's compact form; each phrase then keeps its occurrences left to right without
 *   overlap, as `findMatches` does;
 * - word phrases: the text's words are listed once, and at each word only the phrases whose first
 *   stem is that word's are tried.
 * Asking `findMatches` for each phrase in each text costs phrases × texts readings; this costs one
 * reading per text, however many phrases there are.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { cjkNeedle, compactWithPositions, isCjkQuery, normalizeQuery, tokenize, wordPhrase, wordsAt, type Match, type WordPhrase } from './match.ts';

interface IndexedWords extends WordPhrase {
  /** Position of the phrase in the list given to the index. */
  at: number;
}

export class PhraseIndex {
  readonly phrases: readonly string[];
  readonly #automaton: AhoCorasick | undefined;
  /** Compact form of each Chinese phrase → the phrases (positions) that have it. */
  readonly #byNeedle = new Map<string, number[]>();
  /** First stem → the word phrases that start with it. */
  readonly #byFirstStem = new Map<string, IndexedWords[]>();

  constructor(phrases: readonly string[]) {
    this.phrases = phrases;
    phrases.forEach((phrase, at) => {
      const q = normalizeQuery(phrase);
      if (!q) return;
      if (isCjkQuery(q)) {
        const needle = cjkNeedle(q);
        const list = this.#byNeedle.get(needle);
        if (list) list.push(at);
        else this.#byNeedle.set(needle, [at]);
        return;
      }
      const words = wordPhrase(q);
      const first = words.stems[0];
      if (first === undefined) return;
      const list = this.#byFirstStem.get(first);
      const entry = { ...words, at };
      if (list) list.push(entry);
      else this.#byFirstStem.set(first, [entry]);
    });
    this.#automaton = this.#byNeedle.size ? new AhoCorasick([...this.#byNeedle.keys()]) : undefined;
  }

  /** The occurrences of every phrase found in `text` (as `findMatches` gives them), by the phrase's position in the list. */
  find(text: string): Map<number, Match[]> {
    const out = new Map<number, Match[]>();
    const add = (at: number, m: Match) => {
      const list = out.get(at);
      if (list) list.push(m);
      else out.set(at, [m]);
    };
    if (this.#automaton) {
      const { compact, positions } = compactWithPositions(text);
      // Every occurrence, in order of their ends; per phrase, keep them left to right without overlap.
      const hits = this.#automaton.matchInText(compact);
      hits.sort((a, b) => a.begin - b.begin);
      const free = new Map<string, number>();
      for (const hit of hits) {
        if (hit.begin < (free.get(hit.keyword) ?? 0)) continue;
        free.set(hit.keyword, hit.end);
        const m = { start: positions[hit.begin]!, end: positions[hit.end - 1]! + 1 };
        for (const at of this.#byNeedle.get(hit.keyword)!) add(at, { ...m });
      }
    }
    if (this.#byFirstStem.size) {
      const have = tokenize(text);
      const free = new Map<number, number>();
      for (let i = 0; i < have.length; i++) {
        const candidates = this.#byFirstStem.get(have[i]!.stem);
        if (!candidates) continue;
        for (const phrase of candidates) {
          if (i < (free.get(phrase.at) ?? 0) || !wordsAt(text, have, i, phrase)) continue;
          const last = i + phrase.stems.length - 1;
          free.set(phrase.at, last + 1);
          add(phrase.at, { start: have[i]!.start, end: have[last]!.end });
        }
      }
    }
    return out;
  }
}
