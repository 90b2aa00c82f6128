/**
 * Policy-term pages (术语索引) and the search page's term cards (pure; the content is gathered by
 * src/search/term-queries.ts). For one glossary term: every passage of the site's text where it
 * occurs, each with the link to its paragraph anchor; the 2025 targets whose indicator names it; the
 * task areas whose text holds it. Nothing is written here: everything is found in the content.
 */
import { topLevelBlocks } from '../lib/reading/html-blocks.ts';
import { excerpt, type Segment } from './match.ts';
import { PhraseIndex } from './phrases.ts';
import type { AliasTerm, Lang } from './aliases.ts';

/** A block of a page's text with the anchor it has on that page. */
export interface TextBlock {
  id: string;
  text: string;
}

/** One page of the site as the term pages read it. */
export interface TermDoc {
  /** Page address, e.g. /zh/plan/part-3/ */
  url: string;
  title: string;
  blocks: TextBlock[];
}

export interface TermPassage {
  /** Page address with the paragraph anchor. */
  url: string;
  pageTitle: string;
  segments: Segment[];
}

export interface TermTarget {
  /** Link to the indicator's row in the targets table. */
  url: string;
  name: string;
  phrase: string;
}

export interface TermTask {
  url: string;
  title: string;
}

export interface TermInfo {
  term: AliasTerm;
  passages: TermPassage[];
  targets: TermTarget[];
  tasks: TermTask[];
  /** The pages the passages are on, in order. */
  pages: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** The text of an HTML fragment, tags removed, cells and paragraphs kept apart by a space. */
export const htmlText = (html: string): string =>
  html
    .replace(/<\/(?:p|li|td|th|dt|dd|h[1-6]|caption|tr)>/gi, ' $&')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, e: string) =>
      /^#x[0-9a-f]+$/i.test(e) ? String.fromCodePoint(parseInt(e.slice(2), 16)) : /^#\d+$/.test(e) ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();

/** The anchored top-level blocks (paragraphs, lists, tables) of rendered Markdown. */
export const markdownBlocks = (html: string): TextBlock[] =>
  topLevelBlocks(html)
    .filter((b) => b.id && !/^h[1-6]$/.test(b.tag))
    .map((b) => ({ id: b.id!, text: htmlText(b.html) }));

/**
 * Every glossary term with the passages of `docs` where it occurs (in page order), the targets whose
 * indicator names it and the task areas whose text holds it. Each text is read once for all the terms
 * (src/search/phrases.ts), not once per term: at 2,000 entries per language that was most of the build.
 */
export function termInfos(
  terms: readonly AliasTerm[],
  lang: Lang,
  docs: readonly TermDoc[],
  indicators: readonly TermTarget[],
  tasks: readonly (TermTask & { text: string })[],
): TermInfo[] {
  const index = new PhraseIndex(terms.map((term) => term[lang]));
  const infos: TermInfo[] = terms.map((term) => ({ term, passages: [], targets: [], tasks: [], pages: [] }));
  for (const doc of docs) {
    for (const block of doc.blocks) {
      for (const [at, matches] of index.find(block.text)) {
        infos[at]!.passages.push({ url: `${doc.url}#${block.id}`, pageTitle: doc.title, segments: excerpt(block.text, matches, 0, lang === 'zh' ? 40 : 90) });
      }
    }
  }
  for (const indicator of indicators) for (const at of index.find(indicator.name).keys()) infos[at]!.targets.push(indicator);
  for (const { url, title, text } of tasks) for (const at of index.find(text).keys()) infos[at]!.tasks.push({ url, title });
  for (const info of infos) info.pages = [...new Set(info.passages.map((p) => p.url.split('#')[0]!))];
  return infos;
}

/** What the search page needs to know about each term (kept small: it is part of the search page). */
export interface TermCardData {
  id: string;
  zh: string;
  en: string;
  aliases?: AliasTerm['aliases'];
  /** The 2025 targets whose indicator names the term, in the search's language ("超过200家"); left out when none. */
  targets?: { name: string; phrase: string }[];
}
