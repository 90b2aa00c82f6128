/**
 * Every file staff edit, declared once: where it lives, which schema it follows, and which of its
 * fields mean the same in both languages.
 *
 * Read by Astro's content collections (src/content.config.ts), the content checker's reader
 * (src/checker/load.ts, which validates every file against its schema) and the browser editor's
 * generated configuration (src/lib/editor/config.ts). A new Markdown collection here is read,
 * checked, made a collection and offered in the editor by that alone (its pages still need a page
 * kind in src/model/pages.ts). A new data file is not: load.ts reads the one per-language file,
 * `targetText`, by name, and hands the rules and pages only the data files the checker's `Content`
 * (src/checker/types.ts) names, so a new one needs its field there too.
 *
 * Layout: `content/<lang>/<folder>/…` holds one language's words (a translator sees a whole
 * language); `content/data/` holds language-neutral facts written once; `sources/` the official
 * texts and their manifest.
 */
import type { z } from 'astro/zod';
import {
  LANGS,
  chapterSchema,
  glossarySchema,
  notesSchema,
  planSchema,
  sourceManifestSchema,
  surveyDataSchema,
  surveyPeriodSchema,
  targetDataSchema,
  targetTextSchema,
  taskSchema,
  type Lang,
} from '../lib/schemas.ts';

export { LANGS, type Lang };

interface Named {
  /** Collection name: the Astro collection, and the editor's collection. */
  name: string;
  /** What staff call it, for the editor and for messages. */
  label: Record<Lang, string>;
  schema: () => z.ZodType;
}

/**
 * Markdown entries, one file per entry in each language: `content/<lang>/<folder>/<name>.md`,
 * the same file name in both languages.
 */
export interface MarkdownCollectionDecl extends Named {
  kind: 'markdown';
  folder: string;
  /** Front-matter fields that mean the same in every language: equal in zh and en. */
  neutralFields: readonly string[];
}

/** A YAML file written in each language: `content/<lang>/<file>`. */
export interface LocalizedDataDecl extends Named {
  kind: 'localized-data';
  file: string;
}

/** A language-neutral YAML file, written once: `<file>` from the project root. */
export interface NeutralDataDecl extends Named {
  kind: 'data';
  /** Path from the project root, e.g. content/data/targets.yaml or sources/manifest.yaml. */
  path: string;
  /** True when it is an Astro content collection (sources/manifest.yaml is read by the checker and pages only). */
  astro: boolean;
}

export type CollectionDecl = MarkdownCollectionDecl | LocalizedDataDecl | NeutralDataDecl;

export const MARKDOWN_COLLECTIONS = [
  {
    kind: 'markdown',
    name: 'notes',
    folder: 'notes',
    label: { zh: '起草说明', en: 'Drafting notes' },
    schema: notesSchema,
    neutralFields: ['order', 'anchor', 'surveyTable', 'published'],
  },
  {
    kind: 'markdown',
    name: 'plan',
    folder: 'plan',
    label: { zh: '规划页面', en: 'Plan page' },
    schema: planSchema,
    neutralFields: ['published'],
  },
  {
    kind: 'markdown',
    name: 'chapters',
    folder: 'chapters',
    label: { zh: '规划各部分', en: 'Parts of the plan' },
    schema: chapterSchema,
    neutralFields: ['number', 'status', 'targets', 'tasks', 'published'],
  },
  {
    kind: 'markdown',
    name: 'tasks',
    folder: 'tasks',
    label: { zh: '主要任务', en: 'Main tasks' },
    schema: taskSchema,
    neutralFields: ['number', 'chapter', 'status', 'published'],
  },
  {
    kind: 'markdown',
    name: 'survey',
    folder: 'survey',
    label: { zh: '调研座谈（表1）', en: 'Research visits and discussions (Table 1)' },
    schema: surveyPeriodSchema,
    neutralFields: ['period'],
  },
] as const satisfies readonly MarkdownCollectionDecl[];

export const LOCALIZED_DATA = [
  {
    kind: 'localized-data',
    name: 'targetText',
    file: 'targets.yaml',
    label: { zh: '2025年目标（指标名称）', en: '2025 targets (names)' },
    schema: targetTextSchema,
  },
] as const satisfies readonly LocalizedDataDecl[];

export const NEUTRAL_DATA = [
  {
    kind: 'data',
    name: 'targetData',
    path: 'content/data/targets.yaml',
    label: { zh: '2025年目标（数值）', en: '2025 targets (figures)' },
    schema: targetDataSchema,
    astro: true,
  },
  {
    kind: 'data',
    name: 'surveyData',
    path: 'content/data/survey.yaml',
    label: { zh: '表1日期', en: 'Table 1 dates' },
    schema: surveyDataSchema,
    astro: true,
  },
  {
    kind: 'data',
    name: 'glossary',
    path: 'content/data/glossary.yaml',
    label: { zh: '中英文术语对照', en: 'Glossary of terms' },
    schema: glossarySchema,
    astro: true,
  },
  {
    kind: 'data',
    name: 'sources',
    path: 'sources/manifest.yaml',
    label: { zh: '官方文本清单', en: 'Official texts' },
    schema: sourceManifestSchema,
    astro: false,
  },
] as const satisfies readonly NeutralDataDecl[];

export const COLLECTIONS: readonly CollectionDecl[] = [...MARKDOWN_COLLECTIONS, ...LOCALIZED_DATA, ...NEUTRAL_DATA];

export type MarkdownCollection = (typeof MARKDOWN_COLLECTIONS)[number]['name'];

/** The front matter of each Markdown collection's entries, as its schema (src/lib/schemas.ts) gives it. */
export type EntryData = { [D in (typeof MARKDOWN_COLLECTIONS)[number] as D['name']]: z.infer<ReturnType<D['schema']>> };

/** `content/<lang>/<folder>/<name>.md` */
export const markdownPath = (collection: MarkdownCollectionDecl, lang: Lang, name: string) =>
  `content/${lang}/${collection.folder}/${name}.md`;

/** `content/<lang>/<file>` */
export const localizedDataPath = (decl: LocalizedDataDecl, lang: Lang) => `content/${lang}/${decl.file}`;
