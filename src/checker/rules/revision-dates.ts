/**
 * Revision dates that cannot be right: last updated before first published, a change note dated
 * before publication or after `updated`, or change notes without a publication date.
 */
import type { Entry, MarkdownCollection, Problem } from '../check.ts';
import type { RevisionFields } from '../../lib/revisions.ts';

export function checkRevisionDates(entries: Record<MarkdownCollection, Entry[]>): Problem[] {
  const problems: Problem[] = [];
  for (const list of Object.values(entries)) {
    for (const entry of list) {
      const { published, updated, changes = [] } = entry.data as RevisionFields;
      const at = (path: (string | number)[]) => entry.file.lineOf(path);
      if (!published && (updated || changes.length)) {
        problems.push({
          file: entry.file.path,
          line: at(updated ? ['updated'] : ['changes']),
          field: 'published',
          en: 'required field is missing: a page with updated or changes needs published (the date it first appeared on this website, YYYY-MM-DD)',
          zh: '缺少必填字段：填写了 updated 或 changes 的页面必须填写 published（该页面首次在本网站发布的日期，年-月-日）',
        });
        continue;
      }
      if (published && updated && updated < published) {
        problems.push({
          file: entry.file.path,
          line: at(['updated']),
          field: 'updated',
          en: `updated (${updated}) is before published (${published}); expected a date on or after ${published}`,
          zh: `更新日期 updated（${updated}）早于发布日期 published（${published}）；应不早于 ${published}`,
        });
      }
      changes.forEach((c, i) => {
        if (published && c.date < published) {
          problems.push({
            file: entry.file.path,
            line: at(['changes', i, 'date']),
            field: `changes.${i}.date`,
            en: `change dated ${c.date}, before the page was published (${published}); expected a date on or after ${published}`,
            zh: `修订日期 ${c.date} 早于页面发布日期（${published}）；应不早于 ${published}`,
          });
        }
        if (updated && c.date > updated) {
          problems.push({
            file: entry.file.path,
            line: at(['updated']),
            field: 'updated',
            en: `updated (${updated}) is before the change of ${c.date}; expected updated to be the date of the latest change, ${c.date}`,
            zh: `更新日期 updated（${updated}）早于 ${c.date} 的修订；updated 应为最近一次修订的日期 ${c.date}`,
          });
        }
      });
    }
  }
  return problems;
}
