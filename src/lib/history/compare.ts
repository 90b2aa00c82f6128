/**
 * What changed from one version of a page to the next (no Astro imports): the word-level redline
 * of its text, and its figures / Table 1 dates old → new.
 */
import type { Comparison } from '../schemas.ts';
import { redline, type Redline } from './redline.ts';
import { surveyChanges, targetChanges, targetWordsOf, type DataChange } from './data.ts';
import { languageTargets, neutralSurvey, neutralTargets, periodLabels, versionBlocks, type HistorySpec, type Version } from './versions.ts';

export interface VersionChange {
  redline: Redline;
  /** Target figures or Table 1 dates, old → new (targets and survey pages). */
  data: DataChange[];
}

/** Version `current` against `previous` (undefined for the first version: everything is new). */
export function compareVersions(
  spec: HistorySpec,
  previous: Version | undefined,
  current: Version,
  templates: Record<Comparison, string>,
): VersionChange {
  const before = previous?.files ?? {};
  const text = redline(versionBlocks(spec, before), versionBlocks(spec, current.files), spec.lang);
  let data: DataChange[] = [];
  if (spec.kind === 'targets') {
    const words = { before: targetWordsOf(languageTargets(before, spec.lang)), after: targetWordsOf(languageTargets(current.files, spec.lang)) };
    data = targetChanges(spec.lang, neutralTargets(before), neutralTargets(current.files), words, templates);
  } else if (spec.kind === 'survey') {
    data = surveyChanges(spec.lang, neutralSurvey(before), neutralSurvey(current.files), { ...periodLabels(before), ...periodLabels(current.files) });
  }
  return { redline: text, data };
}
