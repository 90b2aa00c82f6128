import { describe, expect, test } from 'vitest';
import { isoDate, isRealIsoDate, isoMonth, slugId, targetDataSchema } from '../../src/lib/schemas.ts';

describe('dates', () => {
  test('real calendar dates pass, impossible ones fail', () => {
    expect(isRealIsoDate('2021-06-16')).toBe(true);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-13-45', '2021-02-29', '2021-04-31', '2021-6-16', '16/06/2021', '']) expect(isRealIsoDate(bad), bad).toBe(false);
  });
  test('isoDate() keeps text, rejects a Date (no reader makes one: dates stay text) and 2026-13-45 with a plain message', () => {
    expect(isoDate().parse('2020-07-29')).toBe('2020-07-29');
    expect(isoDate().safeParse(new Date(Date.UTC(2020, 6, 29))).success).toBe(false);
    const r = isoDate().safeParse('2026-13-45');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/real calendar date written as YYYY-MM-DD/);
  });
  test('isoMonth()', () => {
    expect(isoMonth().parse('2020-07')).toBe('2020-07');
    expect(isoMonth().safeParse('2020-13').success).toBe(false);
  });
});

test('slugId() accepts kebab-case only', () => {
  expect(slugId().safeParse('project-initiation').success).toBe(true);
  expect(slugId().safeParse('Project Initiation').success).toBe(false);
});

test('targets: a value written as text is rejected', () => {
  const r = targetDataSchema().safeParse({ source: { document: 'doc' }, groups: [{ id: 'a', indicators: [{ id: 'b', value: '3.3%', unit: 'percent', comparison: 'at-least' }] }] });
  expect(r.success).toBe(false);
  expect(r.error!.issues[0]!.path).toEqual(['groups', 0, 'indicators', 0, 'value']);
});
