/**
 * zh and en texts have the same headings and paragraphs, in the same order: their anchors match, so a
 * link can switch language and keep its place, and the side-by-side view lines up.
 */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { parsedBodies } from '../page-anchors.ts';
import type { Content, Problem, Rule } from '../types.ts';

function check(content: Content): Problem[] {
  const parsed = parsedBodies(content);
  const problems: Problem[] = [];
  const zhByName = new Map(parsed.filter((p) => p.entry.lang === 'zh').map((p) => [`${p.collection}/${p.entry.name}`, p]));
  for (const en of parsed.filter((p) => p.entry.lang === 'en')) {
    const zh = zhByName.get(`${en.collection}/${en.entry.name}`);
    if (!zh) continue;
    const zhIds = zh.ids.map((x) => x.id);
    const enIds = en.ids.map((x) => x.id);
    const at = zhIds.findIndex((id, i) => enIds[i] !== id);
    if (at === -1 && zhIds.length === enIds.length) continue;
    const i = at === -1 ? zhIds.length : at;
    const line = en.ids[i]?.line;
    problems.push({
      file: en.entry.file.path,
      line: line === undefined ? undefined : line + en.entry.file.bodyLine - 1,
      field: 'body',
      ...say('notAligned', zh.entry.file.path, enIds.length, zhIds.length, (zhIds[i] ?? enIds[i])!),
    });
  }
  return problems;
}

export const alignmentRule: Rule = { name: 'alignment', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
