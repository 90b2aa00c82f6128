/** The check of the built site (src/integrations/site-check.ts) finds broken links, missing anchors and unsafe markup. */
import { afterAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBuiltSite } from '../../src/integrations/site-check.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-check-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

test('a site whose links, assets and anchors all resolve under the base passes', () => {
  const dir = site({
    'zh/index.html': page('<a href="/kjcx/zh/plan/#x">plan</a><a href="https://example.com/">out</a><a href="#top" id="top">top</a>', '<link rel="stylesheet" href="/kjcx/_astro/a.css">'),
    'zh/plan/index.html': page('<p id="x">x</p><a href="../">up</a>'),
    '_astro/a.css': 'body{}',
  });
  expect(checkBuiltSite(dir, '/kjcx/')).toEqual([]);
});

test('markup inside a comment, a title or a JSON data block is text, not a link', () => {
  const dir = site({
    'zh/index.html': page('<!-- <a href="/zh/nowhere/">x</a> --><script type="application/json">{"a":"<a href=\'/zh/nowhere/\'>"}</script>', '<title>a <a href="/zh/nowhere/"> b</title>'),
  });
  expect(checkBuiltSite(dir, '/')).toEqual([]);
});

test('a JSON data block passes (it is not run); any other inline script is reported', () => {
  const dir = site({
    'zh/index.html': page('<script type="application/json" id="d">{"a":1}</script>'),
    'en/index.html': page('<script type="text/javascript">alert(1)</script>'),
  });
  const problems = checkBuiltSite(dir, '/');
  expect(problems.map((p) => [p.page, p.en])).toEqual([['en/index.html', expect.stringContaining('inline <script>')]]);
});

test('broken links, missing anchors, links outside the base path and unsafe markup are all reported', () => {
  const dir = site({
    'zh/index.html': page(
      [
        '<a href="/kjcx/zh/nowhere/">a</a>',
        '<a href="/kjcx/zh/plan/#missing">b</a>',
        '<a href="/zh/plan/">c</a>',
        '<img src="/kjcx/missing.png" alt="x">',
        '<script>alert(1)</script>',
        '<p onclick="x()" style="color:red">d</p>',
        '<a href="javascript:alert(1)">e</a>',
        '<iframe src="https://example.com/"></iframe>',
      ].join(''),
    ),
    'zh/plan/index.html': page('<p id="x">x</p>'),
  });
  const en = checkBuiltSite(dir, '/kjcx/').map((p) => p.en);
  for (const expected of [
    '/kjcx/zh/nowhere/ does not resolve',
    'no element with id "missing"',
    '/zh/plan/ is outside the base path /kjcx/',
    '/kjcx/missing.png does not resolve',
    'inline <script>',
    'event handler onclick',
    'inline style attribute',
    'javascript: address',
    '<iframe> element',
  ]) {
    expect(en.some((m) => m.includes(expected)), `${expected} in ${JSON.stringify(en, null, 1)}`).toBe(true);
  }
});

test('a past version of a page may link to pages since removed; the same link on a current page is reported; unsafe markup is reported on both', () => {
  const dir = site({
    'zh/index.html': page('<a href="/zh/history/plan/">history</a>'),
    'zh/history/plan/index.html': page('<a href="/zh/history/plan/1/">v1</a>'),
    'zh/history/plan/1/index.html': page('<a href="/zh/tasks/9/">a task since removed</a><p onclick="x()">p</p>'),
    'zh/plan/index.html': page('<a href="/zh/tasks/9/">a task since removed</a>'),
  });
  const problems = checkBuiltSite(dir, '/');
  expect(problems.filter((p) => p.page === 'zh/history/plan/1/index.html').map((p) => p.en)).toEqual([expect.stringContaining('event handler')]);
  expect(problems.filter((p) => p.page === 'zh/plan/index.html').map((p) => p.en)).toEqual([expect.stringContaining('does not resolve')]);
});
