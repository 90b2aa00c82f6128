/**
 * Content queries for pages: thin wrappers over astro:content that return one language's entries
 * with the language-neutral data joined in, and render the entries of the page model's parts. Which
 * entries a page shows, and in what order, is the page model's (src/model/pages.ts); formatting lives in src/lib/.
 */
import { getEntry } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';
import type { MarkdownCollection } from '../model/collections.ts';
import { citations, sourceOf } from './source-queries.ts';
import { namedTargets, surveyRows, type NamedTargets, type SurveyRow } from '../lib/tables.ts';
import type { Part } from '../model/pages.ts';

/** The 2025 targets: groups with their indicators, each with its name in `lang` (the home page's targets at a glance). */
export async function targets(lang: Lang): Promise<NamedTargets> {
  const data = await getEntry('targetData', 'data/targets');
  const text = await getEntry('targetText', `${lang}/targets`);
  if (!data || !text) throw new Error(`content/data/targets.yaml or content/${lang}/targets.yaml is missing`);
  return namedTargets(data.data, text.data);
}

/** The content collection entry of a page model entry (src/model/pages.ts), for rendering. */
export async function entryOf<C extends MarkdownCollection = MarkdownCollection>(e: { collection: MarkdownCollection; lang: Lang; name: string }, collection?: C) {
  if (collection && e.collection !== collection) throw new Error(`${e.collection} ${e.lang}/${e.name} is not an entry of ${collection}`);
  const entry = await getEntry(e.collection as C, `${e.lang}/${e.name}`);
  if (!entry) throw new Error(`${e.collection} ${e.lang}/${e.name} is not in the content collections`);
  return entry;
}

export async function glossary() {
  const entry = await getEntry('glossary', 'data/glossary');
  return entry?.data.terms ?? [];
}

/** The rows of Table 1 (src/components/SurveyTable.astro, Timeline.astro): the periods of a page model's Table 1 part, in its order, each with its text rendered. */
export async function surveyTableRows(part: Extract<Part, { kind: 'survey' }>): Promise<SurveyRow[]> {
  const texts = await Promise.all(
    part.entries.map(async (e) => {
      const entry = await entryOf(e, 'survey');
      return { ...entry.data, html: entry.rendered?.html ?? '' };
    }),
  );
  return surveyRows({ periods: part.periods }, texts);
}

/** The plan's document fields (src/components/DocumentMeta.astro): content/<lang>/plan/index.md. */
export async function planDocument(lang: Lang) {
  const plan = await getEntry('plan', `${lang}/index`);
  const stageSource = citations(lang, [await sourceOf('plan', `${lang}/index`)])[0]?.title;
  return plan && { title: plan.data.title, published: plan.data.published, document: plan.data.document ?? {}, stageSource };
}
