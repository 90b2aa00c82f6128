/**
 * Marks every occurrence of the search term (?hl=…) in the page's main content and scrolls the first
 * one (after the #heading, if the link has one) into view. Loaded only when the URL carries ?hl=.
 * Matching is the search page's (src/lib/search/match.ts), so the marked text is what the result showed.
 */
import { findMatches, normalizeQuery } from '../lib/search/match.ts';
import { SEARCH_PARAMS } from '../lib/search/kinds.ts';

/** Elements whose text stands on its own: the text of one does not run on into the next. */
const BLOCKS = 'p, li, td, th, caption, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, div, section, article, header, footer, nav, aside, table, tr';

export function highlight(): void {
  const query = normalizeQuery(new URLSearchParams(location.search).get(SEARCH_PARAMS.highlight) ?? '');
  const root = document.querySelector<HTMLElement>('main [data-pagefind-body], main[data-pagefind-body]') ?? document.querySelector('main');
  if (!query || !root) return;
  // All text of the main content, with where each text node starts in it.
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-pagefind-ignore], script, style, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // Text of two blocks (two table cells, a heading and a paragraph) is not one run of words: a line
  // break between them keeps a word boundary there, as in the search index ("…incubators" in one
  // cell and "reach 3" in the next must not read as "incubatorsreach").
  let lastBlock: Element | null | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = n.parentElement?.closest(BLOCKS) ?? null;
    if (text && block !== lastBlock) text += '\n';
    lastBlock = block;
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const marks: HTMLElement[] = [];
  // Wrap from the last occurrence backwards so earlier offsets stay valid.
  for (const m of findMatches(text, query).reverse()) {
    const parts: HTMLElement[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const { node, start } = nodes[i]!;
      const end = start + node.data.length;
      if (end <= m.start || start >= m.end) continue;
      const from = Math.max(m.start, start) - start;
      const to = Math.min(m.end, end) - start;
      if (!node.data.slice(from, to).trim()) continue;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      parts.unshift(mark);
    }
    marks.unshift(...parts);
  }
  if (!marks.length) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first =
    (target && marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0]!;
  first.classList.add('search-hit-current');
  first.style.outline = '3px solid currentColor';
  first.scrollIntoView({ block: 'center' });
  document.documentElement.dataset['highlighted'] = String(marks.length);
}
