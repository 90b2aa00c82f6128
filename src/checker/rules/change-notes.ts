/**
 * A change note in each language that changed: when a revision changes what a page says in one
 * language — its text or any field but `updated` and `changes` — that language's file gains a change
 * note (a new item in `changes`, minor or not). A change to both languages is noted in both files, a
 * change to one language in that file only (rules/translations.ts: `changes` belongs to its language).
 *
 * "Changed" needs the files as they were before the revision (`CheckOptions.previous`): the browser
 * editor passes the files as they were before the save (src/client/admin/checks.ts); the Git host's
 * pipeline passes the change request's target branch (`npm run check` with PLAN_CHECK_SINCE,
 * scripts/ci.ts). Without them (a plain `npm run check`, the build) there is nothing to compare, and
 * the rule reports nothing. A new page (a file that did not exist) is dated by `published` instead.
 */
import type { z } from 'astro/zod';
import { MARKDOWN_COLLECTIONS, type MarkdownCollectionDecl } from '../../model/collections.ts';
import { say } from '../messages.ts';
import { parseSourceFile } from '../read.ts';
import type { Content, Entry, Problem, Rule } from '../types.ts';

/** Fields that date and note a revision: changing only these is not a change of what the page says. */
const REVISION_FIELDS = new Set(['updated', 'changes']);

let noted: Set<string> | undefined;
/** The collections whose schema has change notes. */
const notedCollections = () =>
  (noted ??= new Set(
    MARKDOWN_COLLECTIONS.filter((c: MarkdownCollectionDecl) => 'changes' in ((c.schema() as z.ZodObject).shape ?? {})).map((c) => c.name),
  ));

type Data = Record<string, unknown>;
const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const said = (data: Data) => JSON.stringify(Object.entries(data).filter(([k]) => !REVISION_FIELDS.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
const notes = (data: Data) => (Array.isArray(data.changes) ? data.changes.map((c) => JSON.stringify(c)) : []);

function checkEntry(entry: Entry, before: string): Problem[] {
  const old = parseSourceFile(entry.file.path, before);
  const now = entry.file.data;
  if (!isData(old.data) || !isData(now)) return [];
  const changed = old.body.trimEnd() !== entry.file.body.trimEnd() || said(old.data) !== said(now);
  if (!changed) return [];
  const earlier = new Set(notes(old.data));
  if (notes(now).some((n) => !earlier.has(n))) return [];
  const line = entry.file.lineOf(['changes']) ?? entry.file.lineOf(['updated']) ?? 1;
  return [{ file: entry.file.path, line, field: 'changes', ...say('changeNoteMissing', entry.lang) }];
}

function check({ entries, previous }: Content): Problem[] {
  if (!previous) return [];
  const collections = notedCollections();
  return Object.values(entries).flatMap((list) =>
    list.flatMap((entry) => {
      const before = previous.get(entry.file.path);
      return collections.has(entry.collection) && before !== undefined && before !== entry.file.raw ? checkEntry(entry, before) : [];
    }),
  );
}

export const changeNotesRule: Rule = { name: 'change-notes', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
