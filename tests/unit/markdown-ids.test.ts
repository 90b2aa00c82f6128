/**
 * The content check reads each text's anchor ids straight from its Markdown tree
 * (src/lib/markdown-anchors.ts `topLevelIds`); the build gives them with its remark and
 * rehype plugins (remarkHeadingIds, remark-rehype, rehypeParagraphAnchors). The two agree on every
 * Markdown file of the project and on a text with every construct, and the tree is left as parsed.
 */
import { expect, test } from 'vitest';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { rehypeParagraphAnchors, remarkHeadingIds, topLevelIds } from '../../src/lib/markdown-anchors.ts';
import { parseMarkdownTree } from '../../src/lib/markdown-native.ts';
import { loadProject } from '../../src/checker/node.ts';

/** The ids as the build's plugins give them, on a copy of the tree. */
function pluginIds(tree: MdastRoot, frontmatter: Record<string, unknown>) {
  const copy = structuredClone(tree);
  remarkHeadingIds()(copy);
  const hast = unified().use(remarkRehype).runSync(copy) as HastRoot;
  rehypeParagraphAnchors()(hast, { data: { astro: { frontmatter } } });
  return hast.children.flatMap((n) => (n.type === 'element' && typeof (n as Element).properties.id === 'string' ? [{ id: (n as Element).properties.id as string, line: n.position?.start.line }] : []));
}

test('on every Markdown file of the project, the ids from the tree are the plugins’ ids', () => {
  const { content } = loadProject(process.cwd(), { fresh: true });
  const entries = Object.values(content.entries).flat();
  expect(entries.length).toBeGreaterThan(10);
  for (const e of entries) {
    const tree = content.markdown(e.file.body);
    const before = structuredClone(tree);
    expect(topLevelIds(tree, e.data), e.file.path).toEqual(pluginIds(tree, e.data));
    expect(tree, `${e.file.path}: the tree is not changed`).toEqual(before);
  }
});

test('on a text with every construct: explicit and numbered headings (also nested), lists, tables, quotes, code, HTML, footnotes, rules', () => {
  const text = [
    'Before any heading.',
    '',
    '- a list',
    '',
    '# First {#first}',
    '',
    'One.[^1]',
    '',
    '> A quote',
    '>',
    '> ## Heading inside a quote',
    '',
    '1. ordered',
    '   ## heading in a list',
    '',
    '```',
    'code',
    '```',
    '',
    '<div>html</div>',
    '',
    '---',
    '',
    '## Second',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
    '### Third {#third-one}',
    '',
    'Last paragraph.',
    '',
    '[^1]: A footnote.',
    '',
    '[ref]: https://example.com/',
  ].join('\n');
  const tree = parseMarkdownTree(text);
  for (const fm of [{}, { anchor: 'intro' }, { period: '2021-01' }]) {
    const ids = topLevelIds(tree, fm);
    expect(ids).toEqual(pluginIds(tree, fm));
    expect(ids.map((x) => x.id)).toContain('first');
    expect(ids.map((x) => x.id)).toContain('third-one');
  }
});
