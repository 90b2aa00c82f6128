/**
 * Term pages in pages (src/lib/term-pages.ts): the passages are cut in order, none lost or repeated,
 * numbered across the pages, each page within its byte budget (unless one passage alone exceeds it),
 * the first page at the term's address and the next ones at glossary/<id>/<n>/.
 */
import { expect, test } from 'vitest';
import { PASSAGE_BYTES, linkListBytes, pagePassages, passageBytes, type ListedPassage } from '../../src/lib/term-pages.ts';
import { paths } from '../../src/model/routes.ts';
import { pagesOf, type Site } from '../../src/model/pages.ts';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS, type Lang } from '../../src/lib/schemas.ts';
import { t } from '../../src/i18n/index.ts';

const passage = (i: number, words = 20): ListedPassage => ({
  url: `/zh/plan/part-${i}/#p${i}`,
  pageTitle: `第${i}部分`,
  segments: [
    { text: '…'.concat('科技'.repeat(words)), mark: false },
    { text: '科技创新', mark: true },
    { text: '发展'.repeat(words), mark: false },
  ],
});

test('the passages are cut in order, each page within the budget, numbered across the pages', () => {
  const passages = Array.from({ length: 2_000 }, (_, i) => passage(i, 5 + (i % 40)));
  const budget = 20_000;
  const pages = pagePassages(passages, budget);
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.flatMap((p) => p.passages)).toEqual(passages);
  pages.forEach((p, i) => {
    expect(p.n).toBe(i + 1);
    expect(p.first).toBe(1 + pages.slice(0, i).reduce((a, q) => a + q.passages.length, 0));
    expect(p.passages.reduce((a, x) => a + passageBytes(x), 0)).toBeLessThanOrEqual(budget);
  });
  // Each page but the last is full: the next passage would not have fitted.
  for (const [i, p] of pages.slice(0, -1).entries()) {
    const next = pages[i + 1]!.passages[0]!;
    expect(p.passages.reduce((a, x) => a + passageBytes(x), 0) + passageBytes(next)).toBeGreaterThan(budget);
  }
});

test('one page when the passages fit, also when there are none; a passage larger than the budget gets a page of its own', () => {
  expect(pagePassages([passage(1)])).toEqual([{ n: 1, passages: [passage(1)], first: 1 }]);
  expect(pagePassages([])).toEqual([{ n: 1, passages: [], first: 1 }]);
  const big = passage(2, 2_000);
  const pages = pagePassages([passage(1), big, passage(3)], passageBytes(big) - 1);
  expect(pages.map((p) => p.passages)).toEqual([[passage(1)], [big], [passage(3)]]);
});

test('a passage’s bytes count its HTML as written, UTF-8, escaped', () => {
  const p: ListedPassage = { url: '/en/a/?x=1&y=2#p1', pageTitle: 'R&D', segments: [{ text: '<科技>', mark: true }] };
  // &amp; twice in the address, once in the title, &lt; &gt; in the excerpt; 2 Chinese characters of 3 bytes.
  expect(passageBytes(p)).toBeGreaterThanOrEqual(new TextEncoder().encode('<li><a href="/en/a/?x=1&amp;y=2#p1">R&amp;D</a><p class="term-excerpt"><mark>&lt;科技&gt;</mark></p></li>').length);
  expect(PASSAGE_BYTES).toBeLessThan(200_000);
});

test('the next pages of a term are at glossary/<id>/<n>/, the first at the term’s address', () => {
  expect(paths.term('x')).toBe('glossary/x/');
  expect(paths.term('x', 1)).toBe('glossary/x/');
  expect(paths.term('x', 2)).toBe('glossary/x/2/');
});

test('the page model declares each term’s pages 1..n from the paging the build gives it, each with its passages, one page when it gives none', () => {
  const { content } = loadProject(process.cwd());
  const terms = content.glossary?.data.terms ?? [];
  expect(terms.length).toBeGreaterThan(1);
  const [paged, single] = [terms[0]!, terms[1]!];
  const termPagesOf = (site: Site, lang: Lang) => pagesOf(site, lang, 'term').filter((p) => p.path.startsWith(paths.term(paged.id)));
  // No counts (the checker, the editor): every term has its one page, unpaged.
  for (const lang of LANGS) expect(termPagesOf(content, lang).map((p) => [p.path, p.paging])).toEqual([[paths.term(paged.id), undefined]]);
  // Paging per language: the term's pages at their addresses, numbered, each with the term's title, its number and its passages.
  const counts: Record<Lang, number> = { zh: 3, en: 2 };
  const range = (i: number) => ({ first: 1 + 4 * i, size: 4 });
  const site: Site = { ...content, termPages: Object.fromEntries(LANGS.map((l) => [l, new Map([[paged.id, Array.from({ length: counts[l] }, (_, i) => range(i))]])])) };
  for (const lang of LANGS) {
    const pages = termPagesOf(site, lang);
    expect(pages.map((p) => p.path)).toEqual(Array.from({ length: counts[lang] }, (_, i) => paths.term(paged.id, i + 1)));
    expect(pages.map((p) => p.paging)).toEqual(pages.map((_, i) => ({ n: i + 1, count: counts[lang], ...range(i) })));
    expect(pages[0]!.title).toBe(t(lang, 'term.title', { term: paged[lang] }));
    expect(pages[0]!.anchors).toEqual(expect.arrayContaining(['targets', 'tasks', 'passages']));
    for (const p of pages.slice(1)) {
      expect(p.title).toContain(t(lang, 'term.title', { term: paged[lang] }));
      expect(p.title).toBe(t(lang, 'termPages.title', { title: t(lang, 'term.title', { term: paged[lang] }), n: p.paging!.n, count: counts[lang] }));
      expect(p.anchors).toEqual(['passages']);
      expect(p.sitemap).toBe(true);
    }
    expect(pagesOf(site, lang, 'term').filter((p) => p.path.startsWith(paths.term(single.id))).map((p) => p.path)).toEqual([paths.term(single.id)]);
  }
});

test('the first page’s own lists (targets, task areas) come off its budget; when no passage fits beside them, the passages start on page 2', () => {
  const passages = Array.from({ length: 50 }, (_, i) => passage(10 + i)); // all of one size
  const size = passageBytes(passages[0]!);
  const budget = size * 10;
  const pages = pagePassages(passages, budget, size * 4);
  expect(pages[0]!.passages.length).toBe(6);
  expect(pages[1]!.passages.length).toBe(10);
  expect(pages.flatMap((p) => p.passages)).toEqual(passages);
  const crowded = pagePassages(passages, budget, budget);
  expect(crowded[0]).toEqual({ n: 1, passages: [], first: 1 });
  expect(crowded[1]!.first).toBe(1);
  expect(crowded.flatMap((p) => p.passages)).toEqual(passages);
  // Lists count their HTML: escaped, UTF-8.
  expect(linkListBytes([{ url: '/zh/tasks/1/', text: 'R&D' }])).toBeGreaterThanOrEqual('<li><a href="/zh/tasks/1/">R&amp;D</a></li>'.length);
});

test('bytes are counted as UTF-8: one for ASCII, three for a Chinese character, four for a character beyond the BMP', () => {
  const bytes = (text: string) => passageBytes({ url: '', pageTitle: '', segments: [{ text, mark: false }] }) - passageBytes({ url: '', pageTitle: '', segments: [{ text: '', mark: false }] });
  for (const text of ['abc', '科技创新', '𠀀𠀁', 'é—…']) expect(bytes(text), text).toBe(new TextEncoder().encode(text).length);
});
