/**
 * Word-level redlines (no Astro imports).
 *
 * Text is cut into words with `Intl.Segmenter(lang, { granularity: 'word' })` — for Chinese that is
 * ICU's dictionary segmentation (科技 创新 发展), never single characters — and the two word lists
 * are compared with jsdiff's `diffArrays`. Blocks (paragraphs) are first lined up with `diffArrays`
 * over whole blocks, so an unchanged paragraph is never shown as changed.
 *
 * Readability rules: a change never stops at a bare space or punctuation mark between two changes
 * (they are merged into one deletion and one insertion), and a paragraph that changed almost
 * entirely is shown as the old paragraph deleted and the new one inserted, not as word soup.
 */
import { diffArrays } from 'diff';
import type { Lang } from '../schemas.ts';

export type PartType = 'equal' | 'removed' | 'added';
export interface Part {
  type: PartType;
  text: string;
}

export interface RedlineBlock {
  /** `changed`: a paragraph edited in place; `added` / `removed`: a whole paragraph. */
  kind: 'changed' | 'added' | 'removed';
  parts: Part[];
}

export interface Redline {
  blocks: RedlineBlock[];
  /** Paragraphs that did not change (not shown). */
  unchanged: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

/** The words (and the spaces and punctuation between them) of `text`, in order; joined they give `text` back. */
export function segmentWords(text: string, lang: Lang): string[] {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'word' })));
  return Array.from(s.segment(text), (x) => x.segment);
}

/** Only spaces and punctuation: not worth keeping as "unchanged" between two changes. */
const isBridge = (text: string) => /^[\s\p{P}]*$/u.test(text) && text.length <= 2;

/** Word-level diff of one paragraph: equal, removed and added runs, in reading order. */
export function wordDiff(before: string, after: string, lang: Lang): Part[] {
  const raw = diffArrays(segmentWords(before, lang), segmentWords(after, lang));
  const parts: Part[] = raw.map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value.join('') }));
  // Merge each run of changes (with bridges of space/punctuation) into one removed + one added part.
  const out: Part[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ type: 'removed', text: removed });
    if (added) out.push({ type: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((p, i) => {
    if (p.type === 'removed') removed += p.text;
    else if (p.type === 'added') added += p.text;
    else {
      const between = (removed || added) && i < parts.length - 1 && isBridge(p.text);
      if (between) {
        removed += p.text;
        added += p.text;
      } else {
        flush();
        out.push(p);
      }
    }
  });
  flush();
  return out;
}

/** Share of the longer text that is unchanged (0 … 1). */
export function similarity(parts: Part[]): number {
  const len = (t: PartType) => parts.filter((p) => p.type !== t).reduce((n, p) => n + p.text.length, 0);
  const same = parts.filter((p) => p.type === 'equal').reduce((n, p) => n + p.text.length, 0);
  const longest = Math.max(len('added'), len('removed'));
  return longest ? same / longest : 1;
}

/** Below this share of unchanged text, a paragraph is shown as replaced, not edited word by word. */
export const REPLACE_BELOW = 0.35;

/** The redline of a page version against the previous one, from their plain-text blocks. */
export function redline(before: string[], after: string[], lang: Lang): Redline {
  const blocks: RedlineBlock[] = [];
  let unchanged = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) {
      const parts = wordDiff(removed[i]!, added[i]!, lang);
      if (similarity(parts) < REPLACE_BELOW) {
        blocks.push({ kind: 'removed', parts: [{ type: 'removed', text: removed[i]! }] });
        blocks.push({ kind: 'added', parts: [{ type: 'added', text: added[i]! }] });
      } else blocks.push({ kind: 'changed', parts });
    }
    for (const text of removed.slice(pairs)) blocks.push({ kind: 'removed', parts: [{ type: 'removed', text }] });
    for (const text of added.slice(pairs)) blocks.push({ kind: 'added', parts: [{ type: 'added', text }] });
    removed = [];
    added = [];
  };
  for (const c of diffArrays(before, after)) {
    if (c.removed) removed.push(...c.value);
    else if (c.added) added.push(...c.value);
    else {
      flush();
      unchanged += c.value.length;
    }
  }
  flush();
  return { blocks, unchanged };
}
