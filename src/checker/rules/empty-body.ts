/** A Part, a main task or a drafting-notes section needs some text below its front matter. */
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { checkBodies } from '../body-nodes.ts';
import type { Content, Problem, Rule } from '../types.ts';

const NEEDS_TEXT = new Set<string>(['chapters', 'tasks', 'notes']);

function check(content: Content): Problem[] {
  return checkBodies(content, (p, _nodes, add) => {
    if (NEEDS_TEXT.has(p.collection) && !p.entry.file.body.trim()) add({}, say('emptyBody'));
  });
}

export const emptyBodyRule: Rule = { name: 'empty-body', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
