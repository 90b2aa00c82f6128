/**
 * Revision history, from the `published` / `updated` / `changes` front-matter fields
 * (src/lib/schemas.ts revisionFields). Pure functions: the pages, the Revisions page and the
 * feeds all use these, so they always agree.
 *
 * A change note marked `minor: true` (a typo, formatting, a browser-tab title, as GOV.UK defines a
 * minor change) is not public: the page's change notes, the Revisions page, the feeds and the "last
 * updated" date leave it out. The page's history (src/lib/history/) still shows that version, its
 * redline and its note.
 */

export interface ChangeNote {
  date: string;
  note: string;
  /** A minor change: in the page's history only. */
  minor?: boolean;
}

/** The notes a reader is shown: every note not marked minor. */
export const publicNotes = <T extends ChangeNote>(notes: T[]): T[] => notes.filter((c) => !c.minor);

/** The revision fields of one content entry, as written in its front matter. */
export interface RevisionFields {
  published?: string;
  updated?: string;
  changes?: ChangeNote[];
}

/** A page's dates: first published, last updated (never before published), its public change notes newest first. */
export interface PageRevision {
  published: string;
  updated: string;
  changes: ChangeNote[];
}

const maxOf = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));
const minOf = (dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));

/** Newest first; for the same date, keep the order written. */
export const newestFirst = <T extends { date: string }>(list: T[]): T[] =>
  list.map((item, i) => ({ item, i })).sort((a, b) => (a.item.date === b.item.date ? a.i - b.i : a.item.date < b.item.date ? 1 : -1)).map((x) => x.item);

/**
 * The revision of a page made of one or more entries (e.g. the drafting notes = several sections):
 * earliest publication, latest update or public change, the public change notes. An `updated` date
 * on which the only notes are minor is not an update. Undefined when no entry has a date.
 */
export function pageRevision(entries: RevisionFields[]): PageRevision | undefined {
  const published = entries.flatMap((e) => (e.published ? [e.published] : []));
  if (!published.length) return undefined;
  const all = entries.flatMap((e) => e.changes ?? []);
  const minorOnly = (date: string) => all.some((c) => c.date === date) && all.every((c) => c.date !== date || c.minor);
  const changes = newestFirst(publicNotes(all));
  const seen = new Set<string>();
  const unique = changes.filter((c) => {
    const key = `${c.date} ${c.note}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const candidates = [...published, ...entries.flatMap((e) => (e.updated && !minorOnly(e.updated) ? [e.updated] : [])), ...unique.map((c) => c.date)];
  return { published: minOf(published), updated: maxOf(candidates), changes: unique };
}

/** One line of the site's revision history. */
export interface RevisionEvent {
  date: string;
  /** `site`: the website's first publication; `page`: a page added later; `change`: a change note. */
  kind: 'site' | 'page' | 'change';
  /** Language-less page path (see src/model/routes.ts). */
  path: string;
  /** Page title, for `page` and `change`. */
  title: string;
  note?: string;
}

export interface PageSource {
  path: string;
  title: string;
  fields: RevisionFields;
}

/**
 * Every change across the site, newest first. The first publication of the website is one event
 * (not one per page); a page published later is its own event; every public change note is an event
 * (a minor one is not).
 * Identical notes of several entries of one page (e.g. drafting-notes sections) appear once.
 */
export function siteHistory(sources: PageSource[], homePath = ''): RevisionEvent[] {
  const dates = sources.flatMap((s) => (s.fields.published ? [s.fields.published] : []));
  if (!dates.length) return [];
  const first = minOf(dates);
  const events: RevisionEvent[] = [];
  const seen = new Set<string>();
  const push = (e: RevisionEvent) => {
    const key = `${e.kind} ${e.date} ${e.path} ${e.note ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push(e);
  };
  for (const s of sources) {
    for (const c of publicNotes(s.fields.changes ?? [])) push({ date: c.date, kind: 'change', path: s.path, title: s.title, note: c.note });
  }
  for (const s of sources) {
    if (s.fields.published && s.fields.published !== first) push({ date: s.fields.published, kind: 'page', path: s.path, title: s.title });
  }
  push({ date: first, kind: 'site', path: homePath, title: '' });
  return newestFirst(events);
}

/** Events grouped by date, newest date first. */
export function byDate(events: RevisionEvent[]): { date: string; events: RevisionEvent[] }[] {
  const groups: { date: string; events: RevisionEvent[] }[] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (last?.date === e.date) last.events.push(e);
    else groups.push({ date: e.date, events: [e] });
  }
  return groups;
}

/** A stable id for an event (feed guid, anchor on the Revisions page): same event, same id. */
export function eventId(e: RevisionEvent): string {
  let h = 0x811c9dc5;
  for (const ch of `${e.kind}|${e.date}|${e.path}|${e.note ?? ''}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `rev-${e.date}-${h.toString(36)}`;
}
