/**
 * The Markdown pipeline configured in astro.config.mjs (not a copy of it): unsafe HTML is removed,
 * anchors keep their ids, and site-relative links get the base path.
 */
import { expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

type Options = { remarkPlugins: never[]; rehypePlugins: never[] };
const options = (config.markdown?.processor as unknown as { options: Options }).options;

test('the configured pipeline removes <script>, <iframe>, on…= handlers and javascript: links, keeping the text and the anchors', async () => {
  const processor = await createMarkdownProcessor({ remarkPlugins: options.remarkPlugins, rehypePlugins: options.rehypePlugins });
  const { code } = await processor.render(
    [
      '## Measures {#measures}',
      '',
      'Safe text with <b onclick="alert(1)">bold</b> words.',
      '',
      '<script>alert("x")</script>',
      '',
      '<iframe src="https://example.com/"></iframe>',
      '',
      '[click](javascript:alert(1)) and [part 3](/zh/plan/part-3/#text-p1)',
      '',
      '<img src="x" onerror="alert(1)">',
    ].join('\n'),
    { frontmatter: {} },
  );
  expect(code).not.toMatch(/<script|<iframe|onclick|onerror|javascript:/i);
  expect(code).toContain('Safe text with');
  expect(code).toContain('id="measures"');
  expect(code).toContain('id="measures-p1"');
  // Built with the default base '/', the site-relative link is kept as written.
  expect(code).toContain('href="/zh/plan/part-3/#text-p1"');
});
