/**
 * Content queries for pages: thin wrappers over astro:content that return one language's entries,
 * sorted, with the language-neutral data joined in. Formatting and ordering logic lives in src/lib/.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';
import type { MarkdownCollection } from '../model/collections.ts';
import { byNumber } from '../lib/order.ts';

const inLang = (lang: Lang) => (entry: { id: string }) => entry.id.startsWith(`${lang}/`);

/**
 * Many pages ask for the same sorted lists (every chapter page for all chapters, for its pager):
 * a build computes each once (content does not change during a build); `astro dev` always re-reads.
 */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

export function notesSections(lang: Lang) {
  return once(`notes/${lang}`, async () => (await getCollection('notes', inLang(lang))).sort((a, b) => a.data.order - b.data.order));
}

export function chapters(lang: Lang) {
  return once(`chapters/${lang}`, async () => byNumber(await getCollection('chapters', inLang(lang))));
}

export function tasks(lang: Lang) {
  return once(`tasks/${lang}`, async () => byNumber(await getCollection('tasks', inLang(lang))));
}

/** Table 1 rows: the neutral dates of each period joined with its text in `lang`, in date order. */
export async function surveyPeriods(lang: Lang) {
  const data = await getEntry('surveyData', 'data/survey');
  if (!data) throw new Error('content/data/survey.yaml is missing');
  const texts = await getCollection('survey', inLang(lang));
  return data.data.periods.map((period) => {
    const text = texts.find((e) => e.data.period === period.id);
    if (!text) throw new Error(`content/${lang}/survey/${period.id}.md is missing`);
    return { ...period, entry: text };
  });
}

/** The 2025 targets: groups with their indicators, each with its name in `lang`. */
export async function targets(lang: Lang) {
  const data = await getEntry('targetData', 'data/targets');
  const text = await getEntry('targetText', `${lang}/targets`);
  if (!data || !text) throw new Error(`content/data/targets.yaml or content/${lang}/targets.yaml is missing`);
  const groups = data.data.groups.map((g) => ({
    id: g.id,
    name: text.data.groups[g.id] ?? g.id,
    indicators: g.indicators.map((i) => ({ ...i, name: text.data.indicators[i.id] ?? i.id })),
  }));
  return { title: text.data.title, units: text.data.units, groups, count: groups.reduce((n, g) => n + g.indicators.length, 0) };
}

/** The content collection entry of a page model entry (src/model/pages.ts), for rendering. */
export async function entryOf(e: { collection: MarkdownCollection; lang: Lang; name: string }) {
  const entry = await getEntry(e.collection, `${e.lang}/${e.name}`);
  if (!entry) throw new Error(`${e.collection} ${e.lang}/${e.name} is not in the content collections`);
  return entry;
}

export async function glossary() {
  const entry = await getEntry('glossary', 'data/glossary');
  return entry?.data.terms ?? [];
}
