/**
 * Typographic punctuation (src/integrations/markdown/smartypants.ts): the site's pipeline gives exactly the HTML
 * that Astro's own smartypants step gives, on every Markdown file of the site and on texts made to
 * hold each thing smartypants changes, while the texts it skips are those it cannot change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownPlugins } from '../../src/integrations/markdown/pipeline.ts';
import { mayChangePunctuation, remarkSmartPunctuation } from '../../src/integrations/markdown/smartypants.ts';

const site = markdownPlugins('/');
// Astro's smartypants step (on by default), with the site's other plugins.
const stock = createMarkdownProcessor({ ...markdownConfigDefaults, remarkPlugins: site.remarkPlugins.filter((p) => p !== remarkSmartPunctuation), rehypePlugins: site.rehypePlugins });
expect(site.remarkPlugins).toContain(remarkSmartPunctuation);
const ours = createMarkdownProcessor({ ...markdownConfigDefaults, ...site });

const render = async (p: typeof ours, body: string, frontmatter: Record<string, unknown> = {}) => (await (await p).render(body, { frontmatter })).code;

const MADE_UP = [
  'He said "yes" and \'no\'.',
  "The plan's '80s figures -- and ``this'' ... and . . . that.",
  '## A heading "quoted" {#quoted}\n\nText -- dash.',
  'Only `code "with quotes"` and plain text.',
  '| a | "b" |\n| --- | --- |\n| c -- d | e... |',
  '科技创新“十四五”规划——全文。',
  'Plain text with one. Two. No ellipsis.',
  '*"Emphasis"* and [a "link"](/zh/) and **bold**\'s end',
];

describe('typographic punctuation', () => {
  test('the same HTML as Astro’s smartypants step, on made-up texts', async () => {
    for (const body of MADE_UP) expect(await render(ours, body), body).toBe(await render(stock, body));
    // The made-up texts do exercise it: Astro's step makes curly quotes, dashes and ellipses of them.
    for (const mark of ['“', '’', '—', '…']) expect(await render(stock, MADE_UP[1]!)).toContain(mark);
  });

  test('the same HTML as Astro’s smartypants step, on every Markdown file of the site', async () => {
    const root = join(import.meta.dirname, '..', '..', 'content');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const body = readFileSync(join(root, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
      expect(await render(ours, body), f).toBe(await render(stock, body));
    }
  });

  test('a text is skipped only when it has nothing smartypants changes', async () => {
    const parse = (s: string) => unified().use(remarkParse).parse(s);
    expect(mayChangePunctuation(parse('No quotes, no dashes - one hyphen, one dot.'))).toBe(false);
    expect(mayChangePunctuation(parse('Only `"code"`.'))).toBe(false);
    for (const s of ['a "b"', "it's", 'a -- b', '``a', 'wait...', 'wait . . .']) expect(mayChangePunctuation(parse(s)), s).toBe(true);
  });
});
