/** The staff preview's content-problems banner (src/integrations/dev-banner.ts): pure HTML from problems. */
import { describe, expect, test } from 'vitest';
import { BANNER_ID, contentProblemsBanner, headingCounts, injectBanner } from '../../src/integrations/dev-banner.ts';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { escapeHtml } from '../../src/lib/html.ts';
import type { Problem } from '../../src/checker/check.ts';
import { t } from '../../src/i18n/index.ts';

/** The banner's text as a browser reads it (parsed by hast-util-from-html; the style sheet left out). */
const textOf = (html: string) => {
  const words: string[] = [];
  visit(fromHtml(html, { fragment: true }), (node, _i, parent) => {
    if (node.type === 'text' && !(parent?.type === 'element' && parent.tagName === 'style')) words.push(node.value);
  });
  return words.join(' ');
};

const problems: Problem[] = [
  { file: 'content/zh/chapters/9.md', line: 4, field: 'status', zh: '状态应为 A 或 B', en: 'expected status to be A or B' },
  { file: 'content/en/tasks/x.md', field: 'chapter', zh: '引用的部分不存在', en: 'chapter does not exist' },
  { file: 'content/data/targets.yaml', line: 12, zh: '无法读取', en: 'cannot be read' },
];

describe('content problems banner', () => {
  test('no problems: no banner', () => {
    expect(contentProblemsBanner([])).toBe('');
    expect(injectBanner('<body><p>x</p></body>', '')).toBe('<body><p>x</p></body>');
  });

  test('lists every problem with file:line, field and both messages, zh before en', () => {
    const html = contentProblemsBanner(problems);
    const items = html.match(/<li>[\s\S]*?<\/li>/g) ?? [];
    expect(items).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      const item = items[i] ?? '';
      const text = textOf(item);
      expect(text).toContain(p.line ? `${p.file}:${p.line}` : p.file);
      if (p.field) expect(text).toContain(p.field);
      expect(item).toContain(`<p lang="zh-CN">${escapeHtml(p.zh)}</p>`);
      expect(item).toContain(`<p lang="en">${escapeHtml(p.en)}</p>`);
      expect(item.indexOf('lang="zh-CN"')).toBeLessThan(item.indexOf('lang="en"'));
    });
    // A problem without a field says no "field".
    expect(textOf(items[2] ?? '')).not.toContain(t('en', 'devBanner.field'));
  });

  test('heading in both languages (zh first) with the number of problems; an accessible alert region', () => {
    const html = contentProblemsBanner(problems);
    const text = textOf(html);
    const zh = t('zh', 'devBanner.heading', headingCounts(problems.length));
    const en = t('en', 'devBanner.heading', headingCounts(problems.length));
    expect(en).toContain(`${problems.length} problems`);
    expect(textOf(contentProblemsBanner(problems.slice(0, 1)))).toContain(t('en', 'devBanner.heading', headingCounts(1)));
    expect(t('en', 'devBanner.heading', headingCounts(1))).toContain('one problem');
    expect(text).toContain(zh);
    expect(text).toContain(en);
    expect(text.indexOf(zh)).toBeLessThan(text.indexOf(en));
    expect(html).toMatch(new RegExp(`^<section id="${BANNER_ID}" role="alert" aria-labelledby="${BANNER_ID}-title" tabindex="0">`));
    expect(html).toContain(`<h2 id="${BANNER_ID}-title">`);
    expect(html).not.toMatch(/<script/i);
  });

  test('escapes HTML in messages, fields and file names', () => {
    const evil: Problem = {
      file: 'content/zh/<b>x</b>.md',
      line: 1,
      field: 'a"b',
      zh: '<script>alert(1)</script> & “引号”',
      en: `<img src=x onerror="alert('1')"> & more`,
    };
    const html = contentProblemsBanner([evil]);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt; &amp; more');
    expect(html).toContain('content/zh/&lt;b&gt;x&lt;/b&gt;.md:1');
    expect(html).toContain('a&quot;b');
    expect(textOf(html)).toContain(evil.en);
  });

  test('injectBanner puts the banner first inside <body>, keeping its attributes', () => {
    const banner = contentProblemsBanner(problems);
    const page = '<!doctype html><html><head><title>t</title></head><body class="x" data-a="1"><main>m</main></body></html>';
    const out = injectBanner(page, banner);
    expect(out).toBe(page.replace('<body class="x" data-a="1">', `<body class="x" data-a="1">${banner}`));
    expect(injectBanner('<p>fragment</p>', banner)).toBe(`${banner}<p>fragment</p>`);
  });
});
