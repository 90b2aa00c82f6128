/**
 * Revision dates that cannot be right: last updated before first published, a change note dated
 * before publication or after `updated`, or change notes without a publication date.
 */
import type { RevisionFields } from '../../lib/revisions.ts';
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say } from '../messages.ts';
import type { Content, Entry, Problem, Rule } from '../types.ts';

function checkEntry(entry: Entry): Problem[] {
  const { published, updated, changes = [] } = entry.data as RevisionFields;
  const file = entry.file.path;
  const at = (path: (string | number)[]) => entry.file.lineOf(path);
  if (!published && (updated || changes.length)) {
    return [{ file, line: at(updated ? ['updated'] : ['changes']), field: 'published', ...say('publishedMissing') }];
  }
  const problems: Problem[] = [];
  if (published && updated && updated < published) {
    problems.push({ file, line: at(['updated']), field: 'updated', ...say('updatedBeforePublished', updated, published) });
  }
  changes.forEach((c, i) => {
    if (published && c.date < published) {
      problems.push({ file, line: at(['changes', i, 'date']), field: `changes.${i}.date`, ...say('changeBeforePublished', c.date, published) });
    }
    if (updated && c.date > updated) problems.push({ file, line: at(['updated']), field: 'updated', ...say('updatedBeforeChange', updated, c.date) });
  });
  return problems;
}

function check({ entries }: Content): Problem[] {
  return Object.values(entries).flatMap((list) => list.flatMap(checkEntry));
}

export const revisionDatesRule: Rule = { name: 'revision-dates', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
