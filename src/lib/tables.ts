/**
 * What the site's tables show, row by row, made from data (no Astro imports): the 2025 targets, Table 1
 * and the glossary. The components (src/components/TargetsTable.astro, SurveyTable.astro,
 * GlossaryTable.astro) display the rows they are given, so the current pages (src/queries/content-queries.ts)
 * and a past version of a page (src/queries/history-queries.ts `pastVersion`) show a table the same way.
 */
import type { Comparison, Lang, Unit } from './schemas.ts';
import { targetPhrase } from './format.ts';
import { countWord } from './statements.ts';
import { comparisonTemplates } from '../model/titles.ts';
import { t } from '../i18n/index.ts';

export interface TargetRow {
  id: string;
  name: string;
  /** The figure (machine-readable, `<data value>`). */
  value: number;
  /** The target as the site writes it: 3.3%以上 / at least 3.3%. */
  phrase: string;
}
export interface TargetGroupRows {
  id: string;
  name: string;
  indicators: TargetRow[];
}
export interface TargetsTableRows {
  caption: string;
  groups: TargetGroupRows[];
}

/** The language-neutral targets (content/data/targets.yaml) as the table needs them. */
export interface TargetFigures {
  groups: readonly { id: string; indicators: readonly { id: string; value: number; unit: Unit; comparison: Comparison }[] }[];
}
/** The words of content/<lang>/targets.yaml as the table needs them. */
export interface TargetNames {
  groups: Readonly<Record<string, string>>;
  indicators: Readonly<Record<string, string>>;
  units: Readonly<Record<Unit, string>>;
}

/** The targets with their names in `lang` (at a glance, src/components/TargetsGlance.astro): each group and indicator named (its id when unnamed), with the unit words. */
export interface NamedTargets {
  units: Readonly<Record<Unit, string>>;
  groups: { id: string; name: string; indicators: (TargetFigures['groups'][number]['indicators'][number] & { name: string })[] }[];
}
export function namedTargets(figures: TargetFigures, names: TargetNames): NamedTargets {
  return {
    units: names.units,
    groups: figures.groups.map((g) => ({ id: g.id, name: names.groups[g.id] ?? g.id, indicators: g.indicators.map((i) => ({ ...i, name: names.indicators[i.id] ?? i.id })) })),
  };
}

/** The targets table: one group per group of the data, each indicator named in `lang` (its id when unnamed). */
export function targetsTable(lang: Lang, figures: TargetFigures, names: TargetNames): TargetsTableRows {
  const templates = comparisonTemplates(lang);
  return {
    caption: t(lang, 'targets.caption', { groups: countWord(lang, figures.groups.length) }),
    groups: figures.groups.map((g) => ({
      id: g.id,
      name: names.groups[g.id] ?? g.id,
      indicators: g.indicators.map((i) => ({
        id: i.id,
        name: names.indicators[i.id] ?? i.id,
        value: i.value,
        // A past version may use a comparison or unit the site no longer knows: its bare figure then.
        phrase: templates[i.comparison] && names.units[i.unit] !== undefined ? targetPhrase(lang, i, names.units as Record<Unit, string>, templates) : String(i.value),
      })),
    })),
  };
}

export interface SurveyRow {
  /** The period's id (YYYY-MM). */
  id: string;
  start: string;
  end: string;
  label: string;
  places: readonly string[];
  organisations: readonly string[];
  /** The period's text, rendered. */
  html: string;
}

/** The period dates of content/data/survey.yaml as Table 1 needs them. */
export interface SurveyPeriods {
  periods: readonly { id: string; start: string; end: string }[];
}
/** One period's text file (content/<lang>/survey/<id>.md) as Table 1 needs it. */
export interface SurveyText {
  period: string;
  label: string;
  places: readonly string[];
  organisations: readonly string[];
  html: string;
}

/**
 * Table 1: one row per period of the data, in its order, with its text in the page's language. A
 * period without a text (a past version's gap) shows its id and no activity.
 */
export function surveyRows(periods: SurveyPeriods, texts: readonly SurveyText[]): SurveyRow[] {
  return periods.periods.map((p) => {
    const text = texts.find((x) => x.period === p.id);
    return { id: p.id, start: p.start, end: p.end, label: text?.label ?? p.id, places: text?.places ?? [], organisations: text?.organisations ?? [], html: text?.html ?? '' };
  });
}

export interface GlossaryRow {
  id: string;
  zh: string;
  en: string;
}
