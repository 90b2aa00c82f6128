/**
 * Term pages in pages (issue 23): a policy-term page lists every passage where its term occurs, and a
 * broad term at 2,000 entries per language occurs in thousands (a 9 MB page). The passages are cut into
 * pages of at most PASSAGE_BYTES of list HTML each, so that a page with its layout stays within 200 KB:
 * the first page at the term's address (`glossary/<id>/`), the next ones at `glossary/<id>/2/`, … (in
 * order, numbered across the pages, each page linking to the others and every passage linked to its
 * paragraph, as before). Pure: src/queries/term-queries.ts cuts with it once per build (the page model
 * carries the cut to the template, src/pages/[lang]/glossary/[term]/[...page].astro); the
 * tests use it.
 */
import { segmentsToHtml, type Segment } from './search/match.ts';
import { escapeHtml } from './html.ts';

/**
 * The bytes of passage list one page may hold: 200 KB less the page's layout (header, menu, footer,
 * the term's facts and pager: about 10 KB at 2,000 entries per language) and a margin for them to grow.
 * The first page's targets and task areas grow with the site: `pagePassages` takes them off its budget.
 */
export const PASSAGE_BYTES = 150_000;

/** What a listed passage needs (src/lib/search/terms.ts TermPassage). */
export interface ListedPassage {
  url: string;
  pageTitle: string;
  segments: Segment[];
}

/** Astro adds its scoped-style attribute (` data-astro-cid-xxxxxxxx`) to each element of the list item. */
const SCOPE_ATTRIBUTE = ' data-astro-cid-xxxxxxxx'.length;

/** The length of a string in UTF-8 bytes (without encoding it: this runs for every passage of every term). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair (4 bytes) is two code units of 2 each.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

/** The bytes one passage adds to the page: its list item as the template writes it (an upper estimate). */
export function passageBytes(p: ListedPassage): number {
  const html = `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.pageTitle)}</a><p class="term-excerpt">${segmentsToHtml(p.segments)}</p></li>`;
  const elements = 3 + p.segments.filter((s) => s.mark).length;
  return utf8Length(html) + elements * SCOPE_ATTRIBUTE;
}

/** Where one page of a term's passages starts (1-based, across all pages) and how many it holds: the page model's `paging`. */
export interface PassageRange {
  first: number;
  size: number;
}

/** One page of a term's passages. */
export interface PassagePage<T> {
  /** 1 for the term's own address. */
  n: number;
  passages: T[];
  /** Number (1-based, across all pages) of the first passage on this page. */
  first: number;
}

/** The bytes a list of links adds to the page (the first page's targets and task areas), as the template writes it (an upper estimate). */
export function linkListBytes(items: readonly { url: string; text: string }[]): number {
  return items.reduce((a, x) => a + utf8Length(`<li><a href="${escapeHtml(x.url)}">${escapeHtml(x.text)}</a></li>`) + 2 * SCOPE_ATTRIBUTE, 0);
}

/**
 * The passages cut into pages in order, each holding as many as fit in `budget` bytes (at least one);
 * one (empty) page when there are none. `firstPage`: the bytes the first page shows besides (its
 * targets and task areas, which grow with the site): its passages fit in what is left, none when a
 * passage does not fit there.
 */
export function pagePassages<T extends ListedPassage>(passages: readonly T[], budget = PASSAGE_BYTES, firstPage = 0): PassagePage<T>[] {
  const pages: PassagePage<T>[] = [];
  let current: T[] = [];
  let bytes = 0;
  let first = 1;
  let limit = budget - firstPage;
  for (const p of passages) {
    const size = passageBytes(p);
    if (bytes + size > limit && (current.length || limit < budget)) {
      pages.push({ n: pages.length + 1, passages: current, first });
      first += current.length;
      current = [];
      bytes = 0;
      limit = budget;
    }
    current.push(p);
    bytes += size;
  }
  pages.push({ n: pages.length + 1, passages: current, first });
  return pages;
}
