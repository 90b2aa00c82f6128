/**
 * astro:content wrappers for the reading features (open data, bilingual view, timeline).
 * The logic they feed lives in src/lib/reading/ and is unit-tested there.
 */
import { getCollection, getEntry } from 'astro:content';
import { LANGS, type Lang } from '../lib/schemas.ts';
import { surveyRecords, targetRecords, type SurveyText } from '../lib/reading/open-data.ts';
import { UI } from '../i18n/index.ts';
import { comparisonTemplates as templates } from '../model/titles.ts';

export async function targetsOpenData() {
  const figures = await getEntry('targetData', 'data/targets');
  const zh = await getEntry('targetText', 'zh/targets');
  const en = await getEntry('targetText', 'en/targets');
  if (!figures || !zh || !en) throw new Error('content/data/targets.yaml or a targets.yaml label file is missing');
  return {
    title_zh: zh.data.title,
    title_en: en.data.title,
    indicators: targetRecords(figures.data, { zh: zh.data, en: en.data }, { zh: templates('zh'), en: templates('en') }),
  };
}

export async function surveyOpenData() {
  const data = await getEntry('surveyData', 'data/survey');
  if (!data) throw new Error('content/data/survey.yaml is missing');
  const texts = {} as Record<Lang, Map<string, SurveyText>>;
  for (const lang of LANGS) {
    const entries = await getCollection('survey', (e) => e.id.startsWith(`${lang}/`));
    texts[lang] = new Map(entries.map((e) => [e.data.period, { ...e.data, body: e.body ?? '' }]));
  }
  return {
    title_zh: UI.zh['survey.caption'],
    title_en: UI.en['survey.caption'],
    periods: surveyRecords(data.data.periods, texts),
  };
}
