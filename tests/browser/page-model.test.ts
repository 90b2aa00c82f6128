/**
 * The page model and the templates agree (issue #20, point 1): src/model/pages.ts declares every page
 * of the site, its titles and the anchors its template writes; the built site (dist/) has exactly those
 * pages, each with the <title> made from its model titles and every anchor the model says it has (the
 * links the checker accepts into a page are the model's anchors). Read from the built HTML with
 * hast-util-from-html; expectations from the model and the content, never typed in.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { num, pageAt, partAnchors, partOf, sitePages, type Page, type Site } from '../../src/model/pages.ts';
import { paths, rowIds } from '../../src/model/routes.ts';
import { documentTitle } from '../../src/lib/page-title.ts';
import { DIST, allBuiltPages, builtPages } from '../support/site.ts';

const loaded = loadProject(process.cwd(), { fresh: true }).content;
const termTree = (lang: string, id: string, n: number): Root => fromHtml(readFileSync(join(DIST, lang, paths.term(id, n), 'index.html'), 'utf8'));
const hasClass = (el: Element, name: string) => ([] as unknown[]).concat(el.properties.className ?? []).includes(name);
/** The elements under `node` (itself included) that `test` picks. */
function elements(node: Root | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(node, 'element', (el) => {
    if (test(el)) out.push(el);
  });
  return out;
}
/** The passages a built term page lists: the number of the first (its list's `start`) and how many. */
function listed(tree: Root): { first: number; size: number } {
  const list = elements(tree, (el) => el.tagName === 'ol' && hasClass(el, 'term-passages'))[0];
  return { first: Number(list?.properties.start ?? 1), size: list ? list.children.filter((c) => c.type === 'element' && c.tagName === 'li').length : 0 };
}
/**
 * How each term's passages are cut into pages: what the build computed from its term index, as its pages
 * show it (the first page's pager lists every page, no pager: one page; each page's list its passages).
 */
const termPages: Site['termPages'] = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    new Map(
      (loaded.glossary?.data.terms ?? []).map((term) => {
        const pager = elements(termTree(lang, term.id, 1), (el) => el.tagName === 'nav' && hasClass(el, 'term-pager'))[0];
        const rel = (el: Element) => ([] as unknown[]).concat(el.properties.rel ?? []);
        const count = pager ? elements(pager, (el) => el.tagName === 'li').length - elements(pager, (el) => el.tagName === 'a' && rel(el).some((r) => r === 'prev' || r === 'next')).length : 1;
        return [term.id, count > 1 ? Array.from({ length: count }, (_, i) => listed(termTree(lang, term.id, i + 1))) : []] as const;
      }),
    ),
  ]),
);
const content = { ...loaded, termPages };
const model = LANGS.flatMap((lang) => sitePages(content, lang));
const address = (p: Page) => `${p.lang}/${p.path}`;
/** The anchors the model declares for a page: its own and its parts'. */
const declaredAnchors = (p: Page) => [...p.anchors, ...p.parts.flatMap((part) => partAnchors(content, part))];

function read(path: string): Root {
  return fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
}
const text = (node: Element | Root): string => {
  let out = '';
  visit(node, 'text', (n) => {
    out += n.value;
  });
  return out;
};
function facts(tree: Root) {
  const ids = new Set<string>();
  const headingIds: string[] = [];
  let title = '';
  visit(tree, 'element', (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    if (el.tagName === 'title') title = text(el);
  });
  // The headings a reader can see and link to: not inside a part the page hides until its script shows it.
  visit(tree, 'element', (el) => {
    if (el.properties.hidden !== undefined && el.properties.hidden !== false) return SKIP;
    if (/^h[2-6]$/.test(el.tagName) && typeof el.properties.id === 'string') headingIds.push(el.properties.id);
  });
  return { ids, headingIds, title };
}

test('the built site has exactly the pages of the model, in both languages', () => {
  const built = builtPages().filter((p) => /^(zh|en)\//.test(p));
  expect(model.length).toBeGreaterThan(LANGS.length * 10);
  expect(built.sort()).toEqual(model.filter((p) => p.kind !== 'history').map(address).sort());
});

test('the history pages built are the model’s history pages (this build has its git history, so all of them)', () => {
  const built = allBuiltPages().filter((p) => /^(zh|en)\/history\/[^/]+\/$/.test(p));
  const declared = model.filter((p) => p.kind === 'history');
  expect(declared.length).toBeGreaterThan(0);
  expect(declared.every((p) => p.historyOf !== undefined && model.some((o) => o.lang === p.lang && o.path === p.historyOf && o.history))).toBe(true);
  expect(built.sort()).toEqual(declared.map(address).sort());
});

describe.each(LANGS)('every page of the model (%s)', (lang) => {
  const pages = model.filter((p) => p.lang === lang);

  test('its <title> is made from its title and tab titles', () => {
    const wrong = pages.flatMap((p) => {
      const expected = documentTitle(lang, { ...p, home: p.path === '' });
      const { title } = facts(read(address(p)));
      return title === expected ? [] : [`${address(p)}: ${title} ≠ ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  test('it has every anchor the model declares for it (its own and its parts’)', () => {
    const missing = pages.flatMap((p) => {
      const { ids } = facts(read(address(p)));
      const declared = declaredAnchors(p);
      return declared.filter((id) => !ids.has(id)).map((id) => `${address(p)}#${id}`);
    });
    expect(pages.flatMap((p) => p.anchors).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  test('every heading it gives an id is an anchor the model declares (so the checker accepts a link to it)', () => {
    const undeclared = pages.flatMap((p) => {
      const declared = new Set(declaredAnchors(p));
      return facts(read(address(p))).headingIds.filter((id) => !declared.has(id)).map((id) => `${address(p)}#${id}`);
    });
    expect(undeclared).toEqual([]);
  });
});

describe('the Parts and the task areas lead to each other in the order of their numbers', () => {
  test.each(LANGS)('%s: each page’s pager links the pages numbered before and after it, by their titles', (lang) => {
    for (const kind of ['chapter', 'task'] as const) {
      // The order from the content's numbers; the pages and titles from the model.
      const pages = model
        .filter((p) => p.lang === lang && p.kind === kind)
        .map((p) => ({ p, n: Number((p.own[0]!.data as { number: number }).number) }))
        .sort((a, b) => a.n - b.n)
        .map((x) => x.p);
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((p, i) => {
        const links: Record<string, { href: string; label: string }> = {};
        visit(read(address(p)), 'element', (el) => {
          if (el.tagName !== 'nav' || !String(el.properties.className ?? '').includes('pager')) return;
          visit(el, 'element', (a) => {
            if (a.tagName === 'a') links[String(a.properties.rel)] = { href: String(a.properties.href), label: text(a.children.find((c): c is Element => c.type === 'element' && c.tagName === 'strong')!) };
          });
          return SKIP;
        });
        const want = (q: Page | undefined) => q && { href: `/${address(q)}`, label: q.title };
        expect({ prev: links['prev'], next: links['next'] }, address(p)).toEqual({ prev: want(pages[i - 1]), next: want(pages[i + 1]) });
      });
    }
  });
});

/** The rows `tree` shows in the container `inside` picks: each row's id and the texts of its header and data cells (or of its link). */
function shownRows(tree: Root, inside: (el: Element) => boolean, isRow: (el: Element) => boolean, cells: (el: Element) => Element[]): string[][] {
  const container = elements(tree, inside);
  expect(container.length, 'the container of the rows').toBe(1);
  return elements(container[0]!, isRow).map((row) => [String(row.properties.id), ...cells(row).map((c) => text(c).trim())]);
}
const children = (el: Element, tags: string[]) => el.children.filter((c): c is Element => c.type === 'element' && tags.includes(c.tagName));

describe.each(LANGS)('the plan overview, targets, Table 1 and glossary pages show their model page’s parts, in its order (%s)', (lang) => {
  const at = (path: string) => {
    const p = pageAt(content, lang, path);
    if (!p) throw new Error(`the model has no page ${lang}/${path}`);
    return { page: p, tree: read(address(p)) };
  };
  test('the plan overview lists the Parts of its chapters part, each linked to its page by its title', () => {
    const { page, tree } = at(paths.plan);
    const want = (partOf(page, 'chapters')?.entries ?? []).map((e) => {
      const part = pageAt(content, lang, paths.chapter(num(e)))!;
      return [`part-${num(e)}`, `/${address(part)}`, part.title];
    });
    expect(want.length).toBeGreaterThan(0);
    const links = (li: Element) => elements(li, (el) => el.tagName === 'a');
    const shown = elements(tree, (el) => el.tagName === 'ol' && hasClass(el, 'chapter-list')).flatMap((ol) =>
      children(ol, ['li']).map((li) => [String(li.properties.id), String(links(li)[0]?.properties.href), text(links(li)[0] ?? li)]),
    );
    expect(shown).toEqual(want);
  });
  test('every targets table shows its targets part’s groups and rows (the targets page, the Part pages, full text, side by side), and the targets page at a glance its indicators', () => {
    const withTable = model.filter((p) => p.lang === lang && p.parts.some((x) => x.kind === 'targets'));
    expect(withTable.map((p) => p.kind)).toContain('targets');
    for (const p of withTable) {
      const tree = read(address(p));
      for (const part of p.parts.flatMap((x) => (x.kind === 'targets' ? [x] : []))) {
        const prefix = part.idPrefix ?? '';
        expect(part.table?.groups.length, address(p)).toBeGreaterThan(0);
        const table = (el: Element) => el.tagName === 'table' && el.properties.id === part.id;
        const groups = shownRows(tree, table, (el) => el.tagName === 'tbody', (g) => elements(g, (el) => el.tagName === 'th' && el.properties.scope === 'rowgroup'));
        expect(groups, address(p)).toEqual(part.table!.groups.map((g) => [rowIds.group(g.id, prefix), g.name]));
        const rows = shownRows(tree, table, (el) => el.tagName === 'tr' && el.properties.dataIndicator !== undefined, (tr) => children(tr, ['th', 'td']));
        expect(rows, address(p)).toEqual(part.table!.groups.flatMap((g) => g.indicators.map((i) => [rowIds.indicator(i.id, prefix), i.name, i.phrase])));
      }
    }
    const { page, tree } = at(paths.targets);
    const glance = elements(tree, (el) => el.properties.dataGlance !== undefined).map((el) => String(el.properties.dataGlance));
    expect(glance).toEqual(partOf(page, 'targets')!.targets!.groups.flatMap((g) => g.indicators.map((i) => i.id)));
  });
  test('the survey page shows Table 1 with the periods of its survey part, each labelled by its text', () => {
    const { page, tree } = at(paths.survey);
    const part = partOf(page, 'survey');
    expect(part?.periods.length).toBeGreaterThan(0);
    const label = (id: string) => part!.entries.map((e) => e.data as { period: string; label: string }).find((d) => d.period === id)?.label;
    const rows = shownRows(tree, (el) => el.tagName === 'table' && el.properties.id === rowIds.surveyTable, (el) => el.tagName === 'tr' && el.properties.dataPeriod !== undefined, (tr) => children(tr, ['th']));
    expect(rows).toEqual(part!.periods.map((p) => [rowIds.period(p.id), label(p.id)]));
  });
  test('the glossary shows the terms of its glossary part, in Chinese and English', () => {
    const { page, tree } = at(paths.glossary);
    const terms = partOf(page, 'glossary')?.terms ?? [];
    expect(terms.length).toBeGreaterThan(0);
    const rows = shownRows(tree, (el) => el.tagName === 'table' && hasClass(el, 'glossary-table'), (el) => el.tagName === 'tr' && el.properties.id !== undefined, (tr) => children(tr, ['th', 'td']));
    expect(rows).toEqual(terms.map((x) => [rowIds.term(x.id), x.zh, x.en]));
  });
});

test('site search indexes exactly the pages the model says it does (`search`)', () => {
  const built = model.filter((p) => p.kind !== 'history');
  expect(built.some((p) => p.search) && built.some((p) => !p.search)).toBe(true);
  const indexed = (p: Page) => {
    let found = false;
    visit(read(address(p)), 'element', (el) => {
      if (el.properties['dataPagefindBody'] !== undefined) found = true;
    });
    return found;
  };
  expect(built.filter(indexed).map(address).sort()).toEqual(built.filter((p) => p.search).map(address).sort());
});
