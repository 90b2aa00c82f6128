/**
 * The Markdown parser (src/lib/markdown-native.ts: Sätteri) gives the trees remark-parse + remark-gfm
 * give, positions and data included, on every Markdown file of the project and on a text with every
 * construct Markdown and GFM have (so the checker's remark trees are the build's); the build's pipeline parses with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { parseMarkdownTree } from '../../src/lib/markdown-native.ts';
import { remarkSatteriParse } from '../../src/integrations/markdown/parse.ts';
import { markdownPlugins } from '../../src/integrations/markdown/pipeline.ts';

const remark = unified().use(remarkParse).use(remarkGfm);
/** A tree as plain data (undefined fields dropped), to compare two parsers' trees. */
const plain = (tree: Root) => JSON.parse(JSON.stringify(tree)) as unknown;

const EVERY_CONSTRUCT = `# Title {#title}

Setext heading
==============

Paragraph with *emphasis*, **strong**, \`code\`, ~~strike~~, [link](/zh/plan/ "title"), ![alt](/images/x.png), <https://example.com>, www.example.com and https://example.org/path.

- item one
- item two
  1. nested
  2. nested two

> quote with **bold**
> and a second line

| a | b | c |
|:--|:-:|--:|
| 1 | 2 | 3 |
| x \\| y | z | |

\`\`\`js
const x = 1;
\`\`\`

    indented code

Text with a footnote[^1] and &amp; entities &copy; &#x4e2d;.

[^1]: The footnote.

[ref]: https://example.com/ref
Using [ref] and [text][ref].

- [ ] task
- [x] done

<div>raw html block</div>

Inline <b onclick="x">html</b> and a hard  
break, and a backslash\\
break.

***

---
not front matter
---

科技创新“十四五”规划——全文。中英文 mixed text ５Ｇ。

1) paren list
2) second
`;

/** Every Markdown file of the project (content, docs), without front matter. */
function projectMarkdown(): [string, string][] {
  const root = join(import.meta.dirname, '..', '..');
  return ['content', 'docs']
    .flatMap((dir) => (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)))
    .map((f) => [f, readFileSync(join(root, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '')]);
}

describe('Markdown parsing', () => {
  test('the same tree as remark-parse + remark-gfm, on a text with every construct', () => {
    expect(plain(parseMarkdownTree(EVERY_CONSTRUCT))).toEqual(plain(remark.parse(EVERY_CONSTRUCT)));
  });

  test('the same tree as remark-parse + remark-gfm, on every Markdown file of the project', () => {
    const files = projectMarkdown();
    expect(files.length).toBeGreaterThan(0);
    for (const [file, text] of files) expect(plain(parseMarkdownTree(text)), file).toEqual(plain(remark.parse(text)));
  });

  test('the build pipeline parses with it', () => {
    expect(markdownPlugins('/').remarkPlugins[0]).toBe(remarkSatteriParse);
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSatteriParse);
    expect(plain(processor.parse(EVERY_CONSTRUCT) as Root)).toEqual(plain(parseMarkdownTree(EVERY_CONSTRUCT)));
  });
});
