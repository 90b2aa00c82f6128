/**
 * Index-time helpers for site search (pure; used by src/integrations/pagefind.ts).
 *
 * Pagefind splits Chinese into words and finds a word by its beginning, so a query that starts in
 * the middle of one of its words (才 in 人才, 化器 in 孵化器) can miss pages that contain it.
 * Each indexed page therefore also gets, as one-character words, the Han characters it contains that
 * never begin one of Pagefind's words on that page, in a block at the end of its indexed text after
 * TOKENS_MARK. The search page asks Pagefind for
 * the query's characters as separate words too, which finds every page that could contain the query;
 * verification (match.ts) then keeps only the pages that really do. The block is cut off
 * (at TOKENS_MARK) before any text is matched or shown.
 */

/** Marks where a page's real text ends and the search-only character block starts. */
export const TOKENS_MARK = '〓';

const HAN = /\p{Script=Han}/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** The page text Pagefind stored, without word-break marks and without the search-only block. */
export function pageText(content: string): string {
  const cut = content.indexOf(TOKENS_MARK);
  return (cut < 0 ? content : content.slice(0, cut)).replace(INVISIBLE, '');
}

/** The distinct Han characters of a text, in order of first appearance. */
export const hanCharacters = (text: string): string[] => [...new Set(text.match(HAN) ?? [])];

/** The query as separate one-character words (for Pagefind), or null when it has no Han characters. */
export function characterQuery(query: string): string | null {
  const chars = hanCharacters(query);
  return chars.length ? chars.join(' ') : null;
}

/**
 * The characters of a page that Pagefind cannot already find on their own: those that never begin one
 * of its words there. `indexed` is the text Pagefind stored for the page, with its word breaks
 * (zero-width spaces) still in it. A character that begins a word is found by Pagefind's prefix match.
 */
export function hiddenCharacters(indexed: string): string[] {
  const text = pageText(indexed);
  const initial = new Set<string>();
  for (const word of indexed.split(/[\s\u200b]+/)) {
    const first = word.match(/\p{Script=Han}/u);
    if (first && word.indexOf(first[0]) === word.search(/[\p{L}\p{N}]/u)) initial.add(first[0]);
  }
  return hanCharacters(text).filter((c) => !initial.has(c));
}

/** The HTML block to append inside a page's data-pagefind-body element: `chars` as one-character words. */
export function tokensBlock(chars: string[]): string {
  return chars.length ? `<div>${TOKENS_MARK} ${chars.join(' ')} ${TOKENS_MARK}</div>` : '';
}

/** Elements whose text is a run of its own: table cells, definition terms and descriptions, captions, headings. */
const CELL_END = /<\/(th|td|dt|dd|caption|h[1-6])>/gi;

/**
 * A space before the end of every cell, term, caption and heading, for the index only. Astro 7 strips
 * the whitespace between elements (compressHTML: 'jsx') and Pagefind adds no separator after th, td,
 * dt and dd (Pagefind #736), so "innovative talent" in one cell and "R&D personnel" in the next would
 * be indexed as one word "talentR&D". The published pages keep their bytes; the index gains a space
 * per cell.
 */
export const separateCells = (html: string): string => html.replace(CELL_END, ' $&');

/**
 * The HTML Pagefind indexes for a built page: ids are kept only on headings (sub-results point to
 * headings; paragraph ids would make Pagefind copy each paragraph's text into the page's record a
 * second time), every cell, term, caption and heading ends with a space (separateCells), and the
 * character block is added at the end of the main content.
 */
export function htmlForIndex(html: string, block = ''): string {
  let out = html.replace(/<(?!h[1-6]\b)([a-z][a-z0-9-]*)(\s[^>]*?)?\sid="[^"]*"/gi, (_m, tag: string, before = '') => `<${tag}${before}`);
  out = separateCells(out);
  if (block) {
    const end = out.lastIndexOf('</main>');
    if (end >= 0) out = `${out.slice(0, end)}${block}${out.slice(end)}`;
  }
  return out;
}
