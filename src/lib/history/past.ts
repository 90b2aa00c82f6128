/**
 * What a past version of a page shows, read from that version's files (no Astro imports): its Markdown
 * sections, and the rows of its tables as the site's table components take them (src/lib/tables.ts),
 * so a past version renders through the same components as the current page. Whatever of an old
 * version cannot be read is left out rather than guessed.
 */
import type { Comparison, Lang, Unit } from '../schemas.ts';
import { surveyRows, targetsTable, type GlossaryRow, type SurveyRow, type TargetsTableRows } from '../tables.ts';
import { periodsOf } from './data.ts';
import { readYaml } from './text.ts';
import { glossaryYaml, languageTargets, markdownSections, neutralSurvey, neutralTargets, type MarkdownSection } from './versions.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const rec = (v: unknown): Record<string, string> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {});
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object') : []);
const list = (v: unknown) => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

/** The targets table of a version: its figures (content/data/targets.yaml) named with its words in `lang`. */
export function pastTargets(lang: Lang, files: Record<string, string>): TargetsTableRows {
  const words = readYaml(languageTargets(files, lang) ?? '');
  const groups = arr(readYaml(neutralTargets(files) ?? '').groups).map((g) => ({
    id: str(g.id),
    indicators: arr(g.indicators)
      .filter((i) => typeof i.value === 'number')
      .map((i) => ({ id: str(i.id), value: i.value as number, unit: str(i.unit) as Unit, comparison: str(i.comparison) as Comparison })),
  }));
  return targetsTable(lang, { groups }, { groups: rec(words.groups), indicators: rec(words.indicators), units: rec(words.units) as Record<Unit, string> });
}

/** Table 1 of a version: its periods' dates (content/data/survey.yaml) with their texts, rendered by `html`. */
export function pastSurvey(files: Record<string, string>, html: (s: MarkdownSection) => string): SurveyRow[] {
  const texts = markdownSections(files)
    .filter((s) => str(s.data.period))
    .map((s) => ({ period: str(s.data.period), label: str(s.data.label) || str(s.data.period), places: list(s.data.places), organisations: list(s.data.organisations), html: html(s) }));
  return surveyRows({ periods: [...periodsOf(neutralSurvey(files)).values()] }, texts);
}

/** The glossary of a version. */
export function pastGlossary(files: Record<string, string>): GlossaryRow[] {
  return arr(readYaml(glossaryYaml(files) ?? '').terms).map((x) => ({ id: str(x.id), zh: str(x.zh), en: str(x.en) }));
}
