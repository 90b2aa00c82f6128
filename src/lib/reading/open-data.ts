/**
 * Open data: the 14 indicators of the 2025 targets and Table 1, as language-neutral records with
 * both languages' words, written as JSON and as CSV (UTF-8 with BOM, so Excel reads Chinese).
 * Ids are the stable ids of content/data/*.yaml, never positions.
 */
import { stringify } from 'csv-stringify/sync';
import type { Comparison, Lang, Unit } from '../schemas.ts';
import { formatNumber, targetPhrase } from '../format.ts';
import { markdownOnce, topBlocks } from '../../checker/markdown.ts';

const parse = markdownOnce();

export interface TargetFigures {
  groups: { id: string; indicators: { id: string; value: number; unit: Unit; comparison: Comparison }[] }[];
}
export interface TargetWords {
  title: string;
  groups: Record<string, string>;
  indicators: Record<string, string>;
  units: Record<Unit, string>;
}

export interface TargetRecord {
  id: string;
  group: string;
  group_zh: string;
  group_en: string;
  name_zh: string;
  name_en: string;
  value: number;
  unit: Unit;
  unit_zh: string;
  unit_en: string;
  comparison: Comparison;
  target_zh: string;
  target_en: string;
}

const need = (words: Record<string, string>, id: string, what: string, lang: Lang) => {
  const w = words[id];
  if (w === undefined) throw new Error(`content/${lang}/targets.yaml has no ${what} for "${id}"`);
  return w;
};

/** One record per indicator, in the order of content/data/targets.yaml. */
export function targetRecords(
  figures: TargetFigures,
  words: Record<Lang, TargetWords>,
  templates: Record<Lang, Record<Comparison, string>>,
): TargetRecord[] {
  return figures.groups.flatMap((g) =>
    g.indicators.map((ind) => ({
      id: ind.id,
      group: g.id,
      group_zh: need(words.zh.groups, g.id, 'group name', 'zh'),
      group_en: need(words.en.groups, g.id, 'group name', 'en'),
      name_zh: need(words.zh.indicators, ind.id, 'indicator name', 'zh'),
      name_en: need(words.en.indicators, ind.id, 'indicator name', 'en'),
      value: ind.value,
      unit: ind.unit,
      unit_zh: words.zh.units[ind.unit],
      unit_en: words.en.units[ind.unit],
      comparison: ind.comparison,
      target_zh: targetPhrase('zh', ind, words.zh.units, templates.zh),
      target_en: targetPhrase('en', ind, words.en.units, templates.en),
    })),
  );
}

export interface SurveyText {
  label: string;
  places: string[];
  organisations: string[];
  /** The period's Markdown body. */
  body: string;
}

export interface SurveyRecord {
  id: string;
  start: string;
  end: string;
  label_zh: string;
  label_en: string;
  text_zh: string;
  text_en: string;
  places_zh: string[];
  places_en: string[];
  organisations_zh: string[];
  organisations_en: string[];
}

/**
 * Markdown body → plain text, as the page reads it: parsed by remark (the checker's parser,
 * src/checker/markdown.ts), so emphasis marks, links and backslash escapes (Co., Ltd.\*) are gone;
 * paragraphs joined by a line break, line breaks inside a paragraph become spaces.
 */
export function plainText(markdown: string): string {
  return topBlocks(parse(markdown))
    .map((b) => b.text.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** One record per Table 1 period, in date order, with both languages' text. */
export function surveyRecords(
  periods: { id: string; start: string; end: string }[],
  texts: Record<Lang, Map<string, SurveyText>>,
): SurveyRecord[] {
  return periods.map((p) => {
    const get = (lang: Lang) => {
      const t = texts[lang].get(p.id);
      if (!t) throw new Error(`content/${lang}/survey/${p.id}.md is missing`);
      return t;
    };
    const zh = get('zh');
    const en = get('en');
    return {
      id: p.id,
      start: p.start,
      end: p.end,
      label_zh: zh.label,
      label_en: en.label,
      text_zh: plainText(zh.body),
      text_en: plainText(en.body),
      places_zh: zh.places,
      places_en: en.places,
      organisations_zh: zh.organisations,
      organisations_en: en.organisations,
    };
  });
}

/** Separator used inside one CSV cell for a list (places, organisations). */
export const LIST_SEPARATOR = '; ';

/**
 * CSV text with a header row, UTF-8 BOM first (Excel then reads Chinese correctly), CRLF line ends,
 * lists joined with LIST_SEPARATOR, numbers written plainly (3500, 3.3).
 */
export function toCsv<T extends object>(records: T[]): string {
  const rows = records.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(LIST_SEPARATOR) : typeof v === 'number' ? formatNumber('zh', v) : v]),
    ),
  );
  const columns = records[0] ? Object.keys(records[0]) : [];
  return stringify(rows, { header: true, columns, bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** Pretty JSON with a trailing newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
