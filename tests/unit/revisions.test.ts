/** Revision history arithmetic (src/lib/revisions.ts) and the revision-date rules of the checker. */
import { describe, expect, test } from 'vitest';
import { byDate, eventId, newestFirst, pageRevision, siteHistory } from '../../src/lib/revisions.ts';
import { changeNotes } from '../../src/lib/history/text.ts';

describe('pageRevision', () => {
  test('no dates, no revision', () => {
    expect(pageRevision([{}, {}])).toBeUndefined();
  });
  test('one entry: updated defaults to published', () => {
    expect(pageRevision([{ published: '2026-11-26' }])).toEqual({ published: '2026-11-26', updated: '2026-11-26', changes: [] });
  });
  test('several entries: earliest publication, latest update or change, all notes newest first, duplicates once', () => {
    const r = pageRevision([
      { published: '2026-11-26', changes: [{ date: '2026-12-03', note: 'A' }] },
      { published: '2026-11-28', updated: '2026-12-01', changes: [{ date: '2026-12-01', note: 'B' }, { date: '2026-12-03', note: 'A' }] },
    ]);
    expect(r).toEqual({
      published: '2026-11-26',
      updated: '2026-12-03',
      changes: [
        { date: '2026-12-03', note: 'A' },
        { date: '2026-12-01', note: 'B' },
      ],
    });
  });
});

describe('siteHistory', () => {
  const sources = [
    { path: 'plan/part-1/', title: 'Part 1', fields: { published: '2026-11-26', changes: [{ date: '2026-12-02', note: 'corrected a figure' }] } },
    { path: 'tasks/7/', title: 'Task 7', fields: { published: '2026-12-05' } },
    { path: 'drafting-notes/', title: 'Notes', fields: { published: '2026-11-26', changes: [{ date: '2026-12-02', note: 'typo' }] } },
    { path: 'drafting-notes/', title: 'Notes', fields: { published: '2026-11-26', changes: [{ date: '2026-12-02', note: 'typo' }] } },
  ];
  const events = siteHistory(sources);

  test('newest first; first publication of the website once; later pages and every change note listed', () => {
    expect(events.map((e) => [e.date, e.kind, e.path, e.note])).toEqual([
      ['2026-12-05', 'page', 'tasks/7/', undefined],
      ['2026-12-02', 'change', 'plan/part-1/', 'corrected a figure'],
      ['2026-12-02', 'change', 'drafting-notes/', 'typo'],
      ['2026-11-26', 'site', '', undefined],
    ]);
  });
  test('grouped by date, newest first', () => {
    expect(byDate(events).map((g) => [g.date, g.events.length])).toEqual([
      ['2026-12-05', 1],
      ['2026-12-02', 2],
      ['2026-11-26', 1],
    ]);
  });
  test('event ids are stable and distinct', () => {
    const ids = events.map(eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(siteHistory(sources).map(eventId)).toEqual(ids);
  });
  test('newestFirst keeps the written order within a date', () => {
    expect(newestFirst([{ date: '1', n: 1 }, { date: '2', n: 2 }, { date: '1', n: 3 }]).map((x) => x.n)).toEqual([2, 1, 3]);
  });
});

describe('minor changes (minor: true) stay in the page history only', () => {
  test('a minor note is not among a page’s notes and does not move “last updated”, even with an `updated` of its own date', () => {
    const r = pageRevision([{ published: '2026-11-26', updated: '2026-11-29', changes: [{ date: '2026-11-29', note: 'tab title', minor: true }] }]);
    expect(r).toEqual({ published: '2026-11-26', updated: '2026-11-26', changes: [] });
  });
  test('a public note on the same date still counts, and only it is listed', () => {
    const r = pageRevision([
      { published: '2026-11-26', updated: '2026-12-02', changes: [{ date: '2026-12-02', note: 'typo', minor: true }] },
      { published: '2026-11-26', changes: [{ date: '2026-12-02', note: 'corrected a figure' }, { date: '2026-11-30', note: 'capital letter', minor: true }] },
    ]);
    expect(r).toEqual({ published: '2026-11-26', updated: '2026-12-02', changes: [{ date: '2026-12-02', note: 'corrected a figure' }] });
  });
  test('the Revisions page and the feeds (siteHistory) leave minor notes out', () => {
    const events = siteHistory([
      { path: 'plan/part-1/', title: 'Part 1', fields: { published: '2026-11-26', changes: [{ date: '2026-12-02', note: 'tab title', minor: true }, { date: '2026-12-01', note: 'corrected a figure' }] } },
    ]);
    expect(events.map((e) => e.note)).toEqual(['corrected a figure', undefined]);
  });
});

test('the page history reads a minor note with its mark (shown there, labelled, with its redline)', () => {
  expect(changeNotes({ changes: [{ date: '2026-12-02', note: 'tab title', minor: true }, { date: '2026-12-01', note: 'figure' }] })).toEqual([
    { date: '2026-12-02', note: 'tab title', minor: true },
    { date: '2026-12-01', note: 'figure' },
  ]);
});
