/**
 * The official texts of sources/ for pages: the manifest, each text split into sections, and the
 * source line a page shows (来源：《起草说明》三、文本内容), linked to the readable copy.
 * The rules that check content against these texts are in
 * src/checker/rules/provenance.ts.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';
import { findSection, normalize, type SourceText } from '../lib/sources/text.ts';
import type { SourceDocument } from '../checker/types.ts';
import { loadProject } from '../checker/node.ts';
import { inLangOf } from '../i18n/lang.ts';

export interface SourceDoc {
  meta: SourceDocument;
  text: SourceText;
}

/**
 * Every document of sources/manifest.yaml, with its text (the content check has validated them): the
 * texts the checker read (src/checker/node.ts), so sources/ is read once per build — and again after
 * each edit under `astro dev`, so the preview never shows a stale text.
 */
export function sourceDocuments(): SourceDoc[] {
  return [...loadProject(process.cwd(), { fresh: import.meta.env.DEV }).content.sources.values()];
}

export interface SourceRef {
  document: string;
  section?: string;
}

export interface SourceCitation {
  document: string;
  /** Short title in the page's language, e.g. 《起草说明》 / Drafting Notes. */
  title: string;
  /**
   * Sections cited, with their anchors on the readable copy; empty = the whole document. `heading`
   * is as the source writes it; `name` is what the page shows: on English pages the English name
   * from the manifest (`en.sections`) when it has one, else the heading; `lang` is the language of `name`.
   */
  sections: { heading: string; id: string; name: string; lang: Lang }[];
}

/** Group references by document: one citation per document, its sections in source order, the whole document when any reference names none. */
export function citations(lang: Lang, refs: (SourceRef | undefined)[]): SourceCitation[] {
  const out: SourceCitation[] = [];
  for (const doc of sourceDocuments()) {
    const mine = refs.filter((r): r is SourceRef => r?.document === doc.meta.id);
    if (!mine.length) continue;
    const whole = mine.some((r) => !r.section);
    const ids = new Set(mine.flatMap((r) => (r.section ? [findSection(doc.text, r.section)?.id ?? ''] : [])));
    const names = lang === 'zh' ? [] : Object.entries(doc.meta.en.sections ?? {});
    const nameOf = (id: string) => names.find(([heading]) => findSection(doc.text, heading)?.id === id)?.[1];
    const sections = whole
      ? []
      : doc.text.sections
          .filter((s) => ids.has(s.id) && s.heading)
          .map((s) => {
            const name = nameOf(s.id);
            return { heading: s.heading!, id: s.id, name: name ?? s.heading!, lang: name ? lang : doc.meta.lang };
          });
    out.push({ document: doc.meta.id, title: inLangOf(lang, doc.meta, 'shortTitle'), sections });
  }
  return out;
}

/** The source a content entry declares: English entries translate their Chinese counterpart, which declares it. */
export async function sourceOf(collection: 'notes' | 'chapters' | 'tasks' | 'survey' | 'plan', id: string): Promise<SourceRef | undefined> {
  const zhId = id.replace(/^en\//, 'zh/');
  const entry = await getEntry(collection, zhId);
  return (entry?.data as { source?: SourceRef } | undefined)?.source;
}

/** Table 1: the dates' source (content/data/survey.yaml) and its rows' (content/zh/survey/). */
export async function surveySources(): Promise<(SourceRef | undefined)[]> {
  const data = await getEntry('surveyData', 'data/survey');
  const rows = await getCollection('survey', (e) => e.id.startsWith('zh/'));
  return [data?.data.source, ...rows.map((r) => r.data.source)];
}

/** The 2025 targets: the figures' source (content/data/targets.yaml). */
export async function targetSources(): Promise<(SourceRef | undefined)[]> {
  return [(await getEntry('targetData', 'data/targets'))?.data.source];
}

/**
 * Whether the Chinese words `words` stand in the text that `ref` cites (its section, or the whole
 * document), by the comparison rules of src/lib/sources/text.ts. A title that does not is the
 * website's own wording and is marked as such on the pages (标题为本网站所拟).
 */
export function wordsInSource(ref: SourceRef | undefined, words: string): boolean {
  const doc = ref && sourceDocuments().find((d) => d.meta.id === ref.document);
  if (!doc) return false;
  const sections = ref.section ? [findSection(doc.text, ref.section)].filter((s) => s !== undefined) : doc.text.sections;
  const text = normalize(sections.flatMap((s) => s.lines.map((l) => l.text)).join(''));
  return text.includes(normalize(words));
}

/** Whether the title of a Part (chapters) is the website's wording, not the source's: judged on the Chinese entry. */
export async function titleBySite(collection: 'chapters' | 'tasks', id: string): Promise<boolean> {
  const zh = await getEntry(collection, id.replace(/^en\//, 'zh/'));
  if (!zh) return false;
  return !wordsInSource((zh.data as { source?: SourceRef }).source, zh.data.title);
}

/**
 * Whether a task's text is only its name (the drafting notes list the tasks by name only): the
 * Chinese entry's body says nothing but its title. Its page then says so instead of calling the
 * text a summary.
 */
export async function taskNameOnly(id: string): Promise<boolean> {
  const zh = await getEntry('tasks', id.replace(/^en\//, 'zh/'));
  if (!zh) return false;
  const bare = (s: string) => normalize(s).replace(/[。.]+$/u, '');
  return bare(zh.body ?? '') === bare(zh.data.title);
}
