/**
 * The sitemap reads the page model (src/integrations/sitemap.ts): every page the model lists with
 * `sitemap: true` is in it, under any base path; addresses the model does not have (the root language
 * chooser, the 404 page, history pages, the editor) are not. Expectations from the model itself.
 */
import { expect, test } from 'vitest';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { sitePages } from '../../src/model/pages.ts';
import { paths } from '../../src/model/routes.ts';
import { lastmodFromModel, sitemapFilter } from '../../src/integrations/sitemap.ts';

const root = process.cwd();
const content = loadProject(root).content;
const model = LANGS.flatMap((lang) => sitePages(content, lang));

test.each(['/', '/kjcx/'])('under base %s the sitemap lists exactly the model’s sitemap pages', (base) => {
  const listed = sitemapFilter(root, base);
  const url = (p: string) => new URL(`${base}${p}`, 'https://kjcx.example').href;
  expect(model.filter((p) => p.sitemap).length).toBeGreaterThan(LANGS.length * 10);
  for (const p of model) expect(listed(url(`${p.lang}/${p.path}`)), `${p.lang}/${p.path}`).toBe(p.sitemap);
  const key = model.find((p) => p.history)!.history!.key;
  for (const other of ['', '404/', 'admin/', `zh/${paths.history(key)}`, `zh/${paths.historyVersion(key, 1)}`]) expect(listed(url(other)), other).toBe(false);
});

test('each listed page’s lastmod is its last-updated date in the model', () => {
  const serialize = lastmodFromModel(root, '/');
  const dated = model.filter((p) => p.dates !== 'none' && p.sitemap);
  expect(dated.length).toBeGreaterThan(0);
  for (const p of dated) {
    const item: { url: string; lastmod?: string } = serialize({ url: `https://kjcx.example/${p.lang}/${p.path}` });
    expect(item.lastmod, p.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
