/**
 * The side-by-side view: pair the zh and en blocks of one document by their shared anchors.
 * Anchors come from src/lib/markdown-anchors.ts and are the same in both languages when both files have
 * the same headings and the same number of paragraphs.
 */
import type { Block } from './html-blocks.ts';

export interface AlignedRow {
  /** The shared anchor (used as the row's id, so /zh/bilingual/…/#anchor works). */
  id: string;
  zh: Block | undefined;
  en: Block | undefined;
}

export interface Alignment {
  rows: AlignedRow[];
  /** Anchors present in only one language (empty when the two texts line up). */
  unmatched: string[];
}

/**
 * Rows in Chinese order; an English block whose anchor the Chinese text lacks is placed after the
 * row it follows in English, with an empty Chinese cell. Blocks without an id are skipped.
 */
export function alignByAnchor(zh: Block[], en: Block[]): Alignment {
  const withId = (bs: Block[]) => bs.filter((b): b is Block & { id: string } => typeof b.id === 'string');
  const z = withId(zh);
  const e = withId(en);
  const enById = new Map(e.map((b) => [b.id, b]));
  const rows: AlignedRow[] = z.map((b) => ({ id: b.id, zh: b, en: enById.get(b.id) }));
  let after = -1;
  for (const b of e) {
    const at = rows.findIndex((r) => r.id === b.id);
    if (at >= 0) {
      after = at;
      continue;
    }
    after += 1;
    rows.splice(after, 0, { id: b.id, zh: undefined, en: b });
  }
  const unmatched = rows.filter((r) => !r.zh || !r.en).map((r) => r.id);
  return { rows, unmatched };
}
