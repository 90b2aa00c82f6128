/**
 * Numbers and ids are unique, and references resolve: a task's chapter exists, a Table 1 text names
 * a period of content/data/survey.yaml and every period has its text, every target group and
 * indicator has its name in each language (and no name is left for one that does not exist), and no
 * indicator id is used twice.
 */
import { LANGS } from '../../lib/schemas.ts';
import { say } from '../messages.ts';
import type { Content, Entry, Lang, MarkdownCollection, Problem, Rule } from '../types.ts';

function unique(content: Content, lang: Lang, collection: MarkdownCollection, field: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<unknown, Entry>();
  for (const e of content.entries[collection].filter((x) => x.lang === lang)) {
    // Any field of any collection, by name: read as the record it is.
    const data: Record<string, unknown> = e.data;
    const v = data[field];
    const prev = seen.get(v);
    if (prev) problems.push({ file: e.file.path, line: e.file.lineOf([field]), field, ...say('duplicateValue', field, v, prev.file.path) });
    else seen.set(v, e);
  }
  return problems;
}

function chapterReferences({ entries }: Content, lang: Lang): Problem[] {
  const chapterNumbers = new Set(entries.chapters.filter((e) => e.lang === lang).map((e) => e.data.number));
  return entries.tasks
    .filter((e) => e.lang === lang && !chapterNumbers.has(e.data.chapter))
    .map((task) => ({ file: task.file.path, line: task.file.lineOf(['chapter']), field: 'chapter', ...say('unknownChapter', task.data.chapter, [...chapterNumbers]) }));
}

function periodReferences({ entries, surveyData, files }: Content, lang: Lang): Problem[] {
  if (!surveyData) return [];
  const problems: Problem[] = [];
  const ids = new Set(surveyData.data.periods.map((p) => p.id));
  for (const s of entries.survey.filter((e) => e.lang === lang)) {
    if (!ids.has(s.data.period as string)) problems.push({ file: s.file.path, line: s.file.lineOf(['period']), field: 'period', ...say('unknownPeriod', s.data.period, [...ids]) });
  }
  const periodsHere = new Set(entries.survey.filter((e) => e.lang === lang).map((e) => e.data.period));
  surveyData.data.periods.forEach((p, i) => {
    if (!periodsHere.has(p.id) && !files.some((f) => f.path === `content/${lang}/survey/${p.id}.md`)) {
      problems.push({ file: surveyData.file.path, line: surveyData.file.lineOf(['periods', i, 'id']), field: `periods.${i}.id`, ...say('periodWithoutText', p.id, lang) });
    }
  });
  return problems;
}

function targetNames({ targetData, targetText }: Content, lang: Lang): Problem[] {
  const text = targetText[lang];
  if (!targetData || !text) return [];
  const problems: Problem[] = [];
  const groups = targetData.data.groups.map((g) => g.id);
  const indicators = targetData.data.groups.flatMap((g) => g.indicators.map((i) => i.id));
  for (const [kind, ids] of [['groups', groups], ['indicators', indicators]] as const) {
    const labels = text.data[kind];
    for (const id of ids) {
      if (!(id in labels)) problems.push({ file: text.file.path, line: text.file.lineOf([kind]), field: `${kind}.${id}`, ...say('missingTargetName', id) });
    }
    for (const id of Object.keys(labels)) {
      if (!ids.includes(id)) problems.push({ file: text.file.path, line: text.file.lineOf([kind, id]), field: `${kind}.${id}`, ...say('unknownTargetId', id, ids) });
    }
  }
  return problems;
}

function uniqueIndicators({ targetData }: Content): Problem[] {
  if (!targetData) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  targetData.data.groups.forEach((g, gi) =>
    g.indicators.forEach((ind, ii) => {
      if (seen.has(ind.id)) {
        const path = ['groups', gi, 'indicators', ii, 'id'];
        problems.push({ file: targetData.file.path, line: targetData.file.lineOf(path), field: path.join('.'), ...say('duplicateIndicator', ind.id) });
      }
      seen.add(ind.id);
    }),
  );
  return problems;
}

function check(content: Content): Problem[] {
  const perLanguage = LANGS.flatMap((lang) => [
    ...unique(content, lang, 'chapters', 'number'),
    ...unique(content, lang, 'tasks', 'number'),
    ...unique(content, lang, 'notes', 'order'),
    ...unique(content, lang, 'notes', 'anchor'),
    ...unique(content, lang, 'survey', 'period'),
    ...chapterReferences(content, lang),
    ...periodReferences(content, lang),
    ...targetNames(content, lang),
  ]);
  return [...perLanguage, ...uniqueIndicators(content)];
}

export const referencesRule: Rule = { name: 'references', needs: ['chapters', 'tasks', 'notes', 'survey', 'surveyData', 'targetData', 'targetText'], check };
