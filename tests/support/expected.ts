/**
 * How the site writes numbers, targets and dates, written down here a second time on purpose — from
 * the style guide (docs/style-guide.en.md), not from src/lib/format.ts — so the tests compare the built
 * pages with an expectation the code under test did not make. The comparison wording itself is an
 * interface string (comparison.<kind>), read with t().
 */
import { t, type UiKey } from '../../src/i18n/index.ts';

type Lang = 'zh' | 'en';
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 3500 → zh 3500, en 3,500; 3.3 stays 3.3. */
export const expectedNumber = (lang: Lang, v: number): string => (lang === 'zh' ? String(v) : v.toLocaleString('en-US', { maximumFractionDigits: 6 }));

/** A figure with its unit word: 3.3%, 200家, 3,500 people, 800. */
export function expectedFigure(lang: Lang, v: number, unitWord: string): string {
  const n = expectedNumber(lang, v);
  if (!unitWord) return n;
  return unitWord === '%' || lang === 'zh' ? `${n}${unitWord}` : `${n} ${unitWord}`;
}

/** The whole target of an indicator as a reader sees it: the comparison's words around the figure. */
export function expectedTarget(lang: Lang, ind: { value: number; unit: string; comparison: string }, unitWords: Record<string, string>): string {
  const template = t(lang, `comparison.${ind.comparison}` as UiKey);
  if (!template.includes('{v}')) throw new Error(`comparison.${ind.comparison} (${lang}) has no {v}: ${template}`);
  return template.replace('{v}', expectedFigure(lang, ind.value, unitWords[ind.unit] ?? ''));
}

/** 2020-07-29 → 2020年7月29日 / July 29, 2020. */
export function expectedDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${EN_MONTHS[m - 1]} ${d}, ${y}`;
}

/**
 * A Table 1 period's dates as shown (style guide §6): one date for one day; in English a shared year
 * and month written once ("July 29 to 31, 2020", two days running "January 5 and 6, 2021", "July 29 to
 * August 2, 2020"); in Chinese both dates in full, joined by 至.
 */
export function expectedDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return expectedDate(lang, start);
  if (lang === 'zh') return `${expectedDate(lang, start)}至${expectedDate(lang, end)}`;
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 !== y2) return `${expectedDate(lang, start)} to ${expectedDate(lang, end)}`;
  if (m1 !== m2) return `${EN_MONTHS[m1 - 1]} ${d1} to ${expectedDate(lang, end)}`;
  return `${EN_MONTHS[m1 - 1]} ${d1}${d2 === d1 + 1 ? ' and ' : ' to '}${d2}, ${y2}`;
}
