/**
 * Policy-term pages (术语索引) and the search page's term cards (pure; the content is gathered by
 * src/queries/term-queries.ts). For one glossary term: every passage of the site's text where it
 * occurs, each with the link to its paragraph anchor; the 2025 targets whose indicator names it; the
 * task areas whose text holds it. Nothing is written here: everything is found in the content.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Root, RootContent } from 'hast';
import { topLevelElements } from '../reading/html-blocks.ts';
import { excerpt, findMatches, type Segment } from './match.ts';
import { WordingIndex } from './wording-index.ts';
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

/** Elements whose text is a run of its own: a space keeps it apart from the next. */
const RUNS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'tr']);

/** The text of a parsed HTML tree, cells and paragraphs kept apart by a space. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  const inner = node.children.map(textOf).join('');
  return node.type === 'element' && RUNS.has(node.tagName) ? `${inner} ` : inner;
}

const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of an HTML fragment (read by hast-util-from-html), tags removed, cells and paragraphs kept apart by a space. */
export const htmlText = (html: string): string => spaced(textOf(fromHtml(html, { fragment: true })));

/** The anchored top-level blocks (paragraphs, lists, tables) of rendered Markdown. */
export const markdownBlocks = (html: string): TextBlock[] =>
  topLevelElements(html)
    .filter((b) => b.id && !/^h[1-6]$/.test(b.tag))
    .map((b) => ({ id: b.id!, text: spaced(textOf(b.node)) }));

/** Every passage of `docs` where `wording` occurs, in page order. */
export function passagesFor(docs: readonly TermDoc[], wording: string, lang: Lang): TermPassage[] {
  const out: TermPassage[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      const matches = findMatches(block.text, wording);
      if (!matches.length) continue;
      out.push({ url: `${doc.url}#${block.id}`, pageTitle: doc.title, segments: excerpt(block.text, matches, 0, lang === 'zh' ? 40 : 90) });
    }
  }
  return out;
}

export function termInfo(
  term: AliasTerm,
  lang: Lang,
  docs: readonly TermDoc[],
  indicators: readonly TermTarget[],
  tasks: readonly (TermTask & { text: string })[],
): TermInfo {
  const wording = term[lang];
  const passages = passagesFor(docs, wording, lang);
  return {
    term,
    passages,
    targets: indicators.filter((i) => findMatches(i.name, wording).length > 0),
    tasks: tasks.filter((t) => findMatches(t.text, wording).length > 0).map(({ url, title }) => ({ url, title })),
    pages: [...new Set(passages.map((p) => p.url.split('#')[0]!))],
  };
}

/**
 * `termInfo` of every term at once: each text is scanned once for all the terms (WordingIndex, then
 * findMatches confirms each candidate), not once per term — terms × blocks was most of the build at
 * 2,000 entries per language. The same passages, targets and task areas, in the same order.
 */
export function termInfos(
  terms: readonly AliasTerm[],
  lang: Lang,
  docs: readonly TermDoc[],
  indicators: readonly TermTarget[],
  tasks: readonly (TermTask & { text: string })[],
): TermInfo[] {
  const index = new WordingIndex(terms.map((t) => t[lang]));
  const passages: TermPassage[][] = terms.map(() => []);
  const targets: TermTarget[][] = terms.map(() => []);
  const taskLists: TermTask[][] = terms.map(() => []);
  const each = (text: string, found: (i: number, matches: ReturnType<typeof findMatches>) => void) => {
    for (const i of index.candidates(text)) {
      const matches = findMatches(text, terms[i]![lang]);
      if (matches.length) found(i, matches);
    }
  };
  for (const doc of docs) {
    for (const block of doc.blocks) {
      each(block.text, (i, matches) => passages[i]!.push({ url: `${doc.url}#${block.id}`, pageTitle: doc.title, segments: excerpt(block.text, matches, 0, lang === 'zh' ? 40 : 90) }));
    }
  }
  for (const x of indicators) each(x.name, (i) => targets[i]!.push(x));
  for (const { url, title, text } of tasks) each(text, (i) => taskLists[i]!.push({ url, title }));
  return terms.map((term, i) => ({
    term,
    passages: passages[i]!,
    targets: targets[i]!,
    tasks: taskLists[i]!,
    pages: [...new Set(passages[i]!.map((p) => p.url.split('#')[0]!))],
  }));
}

/** What the search page needs to know about each term (kept small: it is part of the search page). */
export interface TermCardData extends AliasTerm {
  /**
   * The 2025 targets whose indicator names the term, in the search's language: the indicator's full
   * name and its target as the targets page writes them (targetPhrase: "超过200家"); left out when none.
   */
  targets?: { name: string; phrase: string }[];
  /** On how many pages of this language the term occurs (its term page's pages; build time). */
  pages?: number;
}
