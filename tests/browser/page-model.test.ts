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
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { partAnchors, sitePages, type Page, type Site } from '../../src/model/pages.ts';
import { paths } from '../../src/model/routes.ts';
import { homeTitle, pageTitle } from '../../src/lib/page-title.ts';
import { t } from '../../src/i18n/index.ts';
import { DIST, allBuiltPages, builtPages } from '../support/site.ts';

const loaded = loadProject(process.cwd(), { fresh: true }).content;
/**
 * How many pages each term's passages fill: what the build computed from its term index, as each term's
 * first page shows it (its pager lists every page; no pager: one page).
 */
const termPages: Site['termPages'] = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    new Map(
      (loaded.glossary?.data.terms ?? []).map((term) => {
        const html = readFileSync(join(DIST, lang, paths.term(term.id), 'index.html'), 'utf8');
        const pager = html.match(/<nav class="term-pager"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
        const listed = (pager.match(/<li/g)?.length ?? 0) - (pager.match(/rel="(?:prev|next)"/g)?.length ?? 0);
        return [term.id, pager ? listed : 1] as const;
      }),
    ),
  ]),
);
const content = { ...loaded, termPages } as typeof loaded;
const model = LANGS.flatMap((lang) => sitePages(content, lang));
const address = (p: Page) => `${p.lang}/${p.path}`;

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
  let title = '';
  visit(tree, 'element', (el) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    if (el.tagName === 'title') title = text(el);
  });
  return { ids, title };
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
      const expected =
        p.path === ''
          ? homeTitle([t(lang, 'site.title'), t(lang, 'site.shortTitle'), t(lang, 'site.tabName')])
          : pageTitle(p.title, t(lang, 'site.tabName'), { shorter: p.tabTitles, sep: t(lang, 'title.sep') });
      const { title } = facts(read(address(p)));
      return title === expected ? [] : [`${address(p)}: ${title} ≠ ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  test('it has every anchor the model declares for it (its own and its parts’)', () => {
    const missing = pages.flatMap((p) => {
      const { ids } = facts(read(address(p)));
      const declared = [...p.anchors, ...p.parts.flatMap((part) => partAnchors(content, part))];
      return declared.filter((id) => !ids.has(id)).map((id) => `${address(p)}#${id}`);
    });
    expect(pages.flatMap((p) => p.anchors).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
