/**
 * Numbers, dates and target figures as the site writes them in each language (docs/style-guide.en.md).
 * Pure: no Astro imports, unit-tested directly.
 */
import type { Comparison, Lang, Unit } from './schemas.ts';
import { t } from '../i18n/index.ts';

/** Chinese ordinal numerals used for parts and tasks (一 … 十). */
export function chineseNumeral(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (n >= 0 && n <= 10) return digits[n]!;
  if (n < 20) return `十${digits[n - 10]}`;
  return String(n);
}

/** A number as the plan writes it: no thousands separators in zh; grouped in en (3,500). */
export function formatNumber(lang: Lang, value: number): string {
  return lang === 'zh' ? String(value) : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Value and unit word joined the way each language writes them: 3.3%, 200家, 3,500 people. */
export function valueWithUnit(lang: Lang, value: number, unitWord: string): string {
  const v = formatNumber(lang, value);
  if (!unitWord) return v;
  if (unitWord === '%' || lang === 'zh') return `${v}${unitWord}`;
  return `${v} ${unitWord}`;
}

export interface IndicatorData {
  id: string;
  value: number;
  unit: Unit;
  comparison: Comparison;
}

/**
 * The target phrase for an indicator, e.g. zh "3.3%以上", en "at least 3.3%".
 * `templates` maps each comparison to a template with {v} for value and unit — the i18n strings.
 */
export function targetPhrase(
  lang: Lang,
  indicator: IndicatorData,
  unitWords: Record<Unit, string>,
  templates: Record<Comparison, string>,
): string {
  const { before, figure, after } = targetParts(lang, indicator, unitWords, templates);
  return `${before}${figure}${after}`;
}

/**
 * The target phrase in its three parts, for showing the figure larger than its comparison words
 * (the 2025 targets at a glance): en "at least " + "3.3%" + "", zh "保持" + "15%" + "增长".
 * Joined, the parts are exactly `targetPhrase`.
 */
export function targetParts(
  lang: Lang,
  indicator: IndicatorData,
  unitWords: Record<Unit, string>,
  templates: Record<Comparison, string>,
): { before: string; figure: string; after: string } {
  const figure = valueWithUnit(lang, indicator.value, unitWords[indicator.unit]);
  const template = templates[indicator.comparison];
  const at = template.indexOf('{v}');
  if (at < 0) throw new Error(`the template for "${indicator.comparison}" has no {v}: ${template}`);
  return { before: template.slice(0, at), figure, after: template.slice(at + '{v}'.length) };
}

const EN_MONTH = { long: new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }), short: new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }) };

/** The English name of a month (1–12): "July", or in short "Jul" (Intl). */
export const enMonth = (month: number, width: 'long' | 'short' = 'long'): string => EN_MONTH[width].format(Date.UTC(2000, month - 1, 1));

/** Format an ISO date (YYYY-MM-DD) for display: 2020年7月29日 / July 29, 2020 (docs/style-guide.en.md). */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return t(lang, 'date.day', { y, m, d, month: enMonth(m) });
}

/**
 * The two ends of a date range as displayed, and the words between them (docs/style-guide.en.md §6).
 * English writes a shared year and month once: "July 29" to "31, 2020"; two days running are joined
 * by "and" ("January 5" and "6, 2021"); "July 29" to "August 2, 2020" within one year. Chinese writes
 * both dates in full: 2020年7月29日至2020年7月31日.
 */
export function dateRangeParts(lang: Lang, start: string, end: string): { from: string; join: string; to: string } {
  if (lang === 'zh') return { from: formatDate(lang, start), join: t(lang, 'date.rangeTo'), to: formatDate(lang, end) };
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  const full = formatDate(lang, end);
  if (y1 !== y2) return { from: formatDate(lang, start), join: t(lang, 'date.rangeTo'), to: full };
  const from = formatDate(lang, start).replace(/, \d+$/, '');
  if (m1 !== m2) return { from, join: t(lang, 'date.rangeTo'), to: full };
  return { from, join: t(lang, d2 === d1 + 1 ? 'date.rangeNextDay' : 'date.rangeTo'), to: `${d2}, ${y2}` };
}

/** A date range for display; a single day when start = end. */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return formatDate(lang, start);
  const { from, join, to } = dateRangeParts(lang, start, end);
  return `${from}${join}${to}`;
}

/**
 * A count in English staff messages: "one problem", "2 problems" (Chinese writes the digits with its
 * measure word and no spaces: 1个问题).
 */
export function englishCount(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? `one ${singular}` : `${n} ${plural}`;
}
