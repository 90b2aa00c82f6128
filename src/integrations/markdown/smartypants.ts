/**
 * Typographic punctuation (remark-smartypants, as Astro's Markdown pipeline applies it: straight
 * quotes become curly ones, -- an em dash, ... an ellipsis, ``…'' curly quotes), run only on texts it
 * can change.
 *
 * remark-smartypants parses every text of every file into a sentence tree (retext), twice: at 2,000
 * entries per language that was more than half of the Markdown rendering. What it changes is only
 * ever one of these, found as it is in a text node: a straight quote (" or ', also in '' and the
 * quotes pass), two hyphens, two backticks, or dots with nothing but whitespace between them (... and
 * . . .). A file whose text has none of them comes out of it unchanged, so it is left as it is; any
 * other file goes through remark-smartypants itself (tests/unit/smartypants.test.ts compares the
 * two on every file of the site and on made-up edge cases).
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { EXIT, visit } from 'unist-util-visit';

const CHANGEABLE = /["']|--|``|\.\s*\./;

/** Whether remark-smartypants could change anything in the tree. */
export function mayChangePunctuation(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!CHANGEABLE.test(node.value)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

export function remarkSmartPunctuation() {
  const transform = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root) => {
    if (mayChangePunctuation(tree)) transform(tree);
  };
}
