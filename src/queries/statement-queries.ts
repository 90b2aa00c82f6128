/**
 * The facts the site's statements about itself are built from (src/lib/statements.ts): chapter and
 * task statuses, the number of indicators and groups, the months of Table 1. Read once per build
 * (always afresh under `astro dev`).
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';
import { statementVars, type ContentFacts } from '../lib/statements.ts';

let cached: Promise<ContentFacts> | undefined;
/** Once per build; in `astro dev` every page reads the content as it is now. */
const facts = () => (import.meta.env.DEV ? load() : (cached ??= load()));

async function load(): Promise<ContentFacts> {
  // Statuses are per language file; the Chinese files are the reference (the checker keeps en in step).
  const zh = (entry: { id: string }) => entry.id.startsWith('zh/');
  const [chapters, tasks, targets, survey] = await Promise.all([
    getCollection('chapters', zh),
    getCollection('tasks', zh),
    getEntry('targetData', 'data/targets'),
    getEntry('surveyData', 'data/survey'),
  ]);
  if (!targets || !survey) throw new Error('content/data/targets.yaml or content/data/survey.yaml is missing');
  const periods = survey.data.periods;
  return {
    chapters: chapters.map((c) => ({ number: c.data.number, status: c.data.status })),
    tasks: tasks.map((x) => ({ number: x.data.number, status: x.data.status, chapter: x.data.chapter })),
    indicators: targets.data.groups.reduce((n, g) => n + g.indicators.length, 0),
    groups: targets.data.groups.length,
    surveyFrom: periods.map((p) => p.start).sort()[0]!.slice(0, 7),
    surveyTo: periods.map((p) => p.end).sort().at(-1)!.slice(0, 7),
  };
}

/** The {placeholders} of the statements, in `lang`: pass them to t(lang, key, vars). */
export async function contentFacts(lang: Lang): Promise<Record<string, string>> {
  return statementVars(lang, await facts());
}

/** Whether anything is still only a summary (the accessibility statement then says what). */
export async function hasSummaries(): Promise<boolean> {
  const f = await facts();
  return [...f.chapters, ...f.tasks].some((x) => x.status === 'summary');
}
