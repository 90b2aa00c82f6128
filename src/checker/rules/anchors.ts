/** An anchor id may be used only once on a page (the texts shown on one page share its anchors). */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { parsedBodies } from '../page-anchors.ts';
import type { Content, Problem, Rule } from '../types.ts';

function check(content: Content): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, Map<string, string>>();
  for (const p of parsedBodies(content)) {
    if (p.collection === 'survey') continue; // its paragraphs carry no page-wide anchors
    const key = `${p.entry.lang}/${p.page}`;
    if (!owners.has(key)) owners.set(key, new Map());
    const owner = owners.get(key)!;
    const path = p.entry.file.path;
    for (const { id, line } of p.ids) {
      const prev = owner.get(id);
      if (prev === undefined) {
        owner.set(id, path);
        continue;
      }
      const at = line === undefined ? undefined : line + p.entry.file.bodyLine - 1;
      problems.push({ file: path, line: at, field: 'body', ...say('duplicateAnchor', id, prev === path ? undefined : prev) });
    }
  }
  return problems;
}

export const anchorsRule: Rule = { name: 'anchors', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
