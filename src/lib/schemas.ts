/**
 * Content schemas: one documented zod factory per concern.
 *
 * Used by the content checker (src/checker/load.ts), which runs before every build and as
 * `npm run check`, reading YAML with the YAML 1.2 core schema so that an impossible date such as
 * 2026-13-45 stays text and is rejected instead of being rolled over; Astro's content collections
 * (src/content.config.ts) hold the entries it validated.
 *
 * Every message is written for the bureau staff who edit the files: plain words, what was expected.
 */
import { z } from 'astro/zod';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A real calendar date written as YYYY-MM-DD (e.g. 2021-06-16). */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A date field, written YYYY-MM-DD (`format: 'date'` in its metadata: the browser editor shows a date
 * picker). Every reader of the content files (the checker's, which the content collections share:
 * src/integrations/content-loader.ts) keeps dates as text.
 */
export const isoDate = () =>
  z
    .string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2021-06-16' })
    .refine(isRealIsoDate, { message: 'expected a real calendar date written as YYYY-MM-DD, e.g. 2021-06-16' })
    .meta({ format: 'date' });

/** A month written as YYYY-MM (e.g. 2020-07); its metadata gives the editor the format and pattern. */
export const isoMonth = () =>
  z
    .string({ error: 'expected a month written as YYYY-MM, e.g. 2020-07' })
    .refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), { message: 'expected a month written as YYYY-MM, e.g. 2020-07' })
    .meta({ format: 'month', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });

/** A stable identifier used in web addresses and anchors: lower-case letters, digits and hyphens. */
export const slugId = () =>
  z
    .string({ error: 'expected an identifier such as project-initiation' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected lower-case letters, digits and hyphens only, e.g. project-initiation' });

const text = () => z.string({ error: 'expected text' }).trim().min(1, { message: 'expected text, found an empty value' });
const positiveInt = () => z.number({ error: 'expected a whole number such as 1' }).int({ message: 'expected a whole number' }).positive({ message: 'expected a number of 1 or more' });

/**
 * Revision history shared by every page-like entry (optional):
 * published / updated dates and change notes, newest first; a note marked `minor: true` is kept in
 * the page's history only (src/lib/revisions.ts).
 */
export const revisionFields = () => ({
  published: isoDate().optional(),
  updated: isoDate().optional(),
  changes: z
    .array(
      z.object(
        {
          date: isoDate(),
          note: text(),
          /**
           * A minor change (a typo, formatting, a browser-tab title): kept in the page's history and its
           * redline, left out of the page's change notes, the Revisions page, the feeds and "last updated".
           */
          minor: z.boolean({ error: 'expected true or false' }).optional(),
        },
        { error: 'expected a change note with date and note' },
      ),
    )
    .optional(),
});

/**
 * Where a Chinese entry's text comes from (required in every content/zh/ Markdown file; English
 * files translate their Chinese counterpart and carry none):
 *  - document: the id of an official text in sources/manifest.yaml, e.g. drafting-notes;
 *  - section: the heading of the part of that text, exactly as the text writes it, e.g. 三、文本内容
 *    (leave it out when the entry draws on the whole document);
 *  - verbatim: true when the entry reproduces the official text word for word (checked, ignoring
 *    whitespace); false for a summary or an excerpt in other words (its figures are still checked).
 */
export const sourceRef = () =>
  z.strictObject(
    {
      document: slugId(),
      section: text().optional(),
      verbatim: z.boolean({ error: 'expected true or false' }),
    },
    { error: 'expected a source with document, section (optional) and verbatim, e.g. { document: drafting-notes, section: 三、文本内容, verbatim: true }' },
  );

/** Where language-neutral data (target figures, Table 1 dates) comes from: a document and its section. */
export const dataSourceRef = () =>
  z.strictObject(
    { document: slugId(), section: text().optional() },
    { error: 'expected a source with document and section, e.g. { document: drafting-notes, section: 三、文本内容 }' },
  );

/** Status of a chapter or task page: `summary` = only the drafting-notes summary is published so far. */
export const status = () => z.enum(['summary', 'full'], { error: 'expected status to be summary or full' });

/** Drafting notes (起草说明): one file per section, in `order`. */
export const notesSchema = () =>
  z.strictObject({
    source: sourceRef().optional(),
    order: z.number({ error: 'expected a whole number such as 1' }).int().min(0),
    anchor: slugId(),
    title: text().optional(),
    surveyTable: z.boolean({ error: 'expected true or false' }).optional(),
    ...revisionFields(),
  });

/** Plan chapters (第一部分 … 第五部分). */
export const chapterSchema = () =>
  z.strictObject({
    source: sourceRef().optional(),
    number: positiveInt(),
    title: text(),
    /**
     * Optional: a shorter form of the title, for the browser tab and search results, where a page
     * title has at most 70 characters (src/lib/page-title.ts). Each language writes it only when
     * "Part N: title" is too long; without it the tab shows "Part N".
     */
    shortTitle: text().optional(),
    summary: text(),
    status: status(),
    targets: z.boolean({ error: 'expected true or false' }).optional(),
    tasks: z.boolean({ error: 'expected true or false' }).optional(),
    ...revisionFields(),
  });

/**
 * The metadata block of the plan document (发布机构, 成文日期 … as on government information
 * pages). Every field is optional: fill in only what the source document states — a field left
 * out is not shown. `written` (成文日期) is the date the document itself bears.
 */
export const documentMetaSchema = () =>
  z.strictObject({
    /** 发布机构: the organisation that issues the plan. */
    publisher: text().optional(),
    /** 组织编制单位: who commissioned the drafting. */
    commissionedBy: text().optional(),
    /** 编制单位: who drafted it. */
    draftedBy: text().optional(),
    /** 成文日期: the date the document bears. */
    written: isoDate().optional(),
    /** 文稿状态: e.g. 送审稿 (draft for approval). */
    stage: text().optional(),
  });

/** The plan's own page (content/<lang>/plan/index.md): its metadata block and introduction. */
export const planSchema = () =>
  z.strictObject({
    source: sourceRef().optional(),
    title: text(),
    document: documentMetaSchema(),
    ...revisionFields(),
  });

/** Task areas (主要任务 一 … 六); `chapter` is the number of the chapter they belong to. */
export const taskSchema = () =>
  z.strictObject({
    source: sourceRef().optional(),
    number: positiveInt(),
    chapter: positiveInt(),
    shortTitle: text(),
    title: text(),
    status: status(),
    ...revisionFields(),
  });

/** One period of Table 1 (调研座谈具体情况); its dates live in content/data/survey.yaml. */
export const surveyPeriodSchema = () =>
  z.strictObject({
    source: sourceRef().optional(),
    period: isoMonth(),
    label: text(),
    places: z.array(text(), { error: 'expected a list of places (use [] for none)' }),
    organisations: z.array(text(), { error: 'expected a list of organizations (use [] for none)' }),
  });

/** Language-neutral dates of the survey periods. */
export const surveyDataSchema = () =>
  z.strictObject({
    source: dataSourceRef(),
    periods: z
      .array(
        z
          .strictObject({ id: isoMonth(), start: isoDate(), end: isoDate() })
          .refine((p) => p.start <= p.end, { message: 'expected start to be on or before end', path: ['end'] })
          .refine((p) => p.start.slice(0, 7) === p.id, { message: 'expected start to fall in the period’s month', path: ['start'] }),
      )
      .min(1),
  });

export const UNITS = ['percent', 'enterprises', 'units', 'items', 'people'] as const;
export const COMPARISONS = ['at-least', 'more-than', 'reach', 'growth', 'growth-more-than', 'stated'] as const;
export type Unit = (typeof UNITS)[number];
export type Comparison = (typeof COMPARISONS)[number];

/** Language-neutral 2025 target figures, in their five groups. */
export const targetDataSchema = () =>
  z.strictObject({
    source: dataSourceRef(),
    groups: z
      .array(
        z.strictObject({
          id: slugId(),
          indicators: z
            .array(
              z.strictObject({
                id: slugId(),
                value: z.number({ error: 'expected a number such as 3.3 (no % sign, no quotes)' }),
                unit: z.enum(UNITS, { error: `expected one of: ${UNITS.join(', ')}` }),
                comparison: z.enum(COMPARISONS, { error: `expected one of: ${COMPARISONS.join(', ')}` }),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  });

/** The words of the 2025 targets in one language: group names, indicator names, unit words. */
export const targetTextSchema = () =>
  z.strictObject({
    title: text(),
    groups: z.record(z.string(), text()),
    indicators: z.record(z.string(), text()),
    units: z.record(z.enum(UNITS), z.string({ error: 'expected text (may be empty "")' })),
  });

/** A list of words per language, either optional (a glossary term's search vocabulary). */
const wordsPerLanguage = () => z.strictObject({ zh: z.array(text()).optional(), en: z.array(text()).optional() }).optional();

/** Glossary: one English rendering for each key term, and the other wordings search also accepts for it. */
export const glossarySchema = () =>
  z.strictObject({
    terms: z
      .array(
        z.strictObject({
          id: slugId(),
          zh: text(),
          en: text(),
          /** Search vocabulary per language (docs/search.md): standard short forms (高企, HNTE), found by search as the term. */
          abbreviations: wordsPerLanguage(),
          /** Other wordings that mean exactly the term (研发投入 for R&D经费), found by search as the term. */
          synonyms: wordsPerLanguage(),
          /** Words near the term that do not mean the same (营业收入 for 主营业务收入): only suggested when a search finds nothing. */
          related: wordsPerLanguage(),
          /**
           * The term's short form for the browser tab (<title>) of its page, per language, when the term is
           * too long for a tab: the term's own abbreviation as the sources use it. Without it a long term is
           * cut to fit (src/lib/page-title.ts). The page itself always shows the whole term.
           */
          short: z.strictObject({ zh: text().optional(), en: text().optional() }).optional(),
        }),
      )
      .min(1),
  });

/** One official text in sources/manifest.yaml. */
export const sourceDocumentSchema = () =>
  z.strictObject({
    id: slugId(),
    title: text(),
    /** A short name for citations on pages, e.g. 《起草说明》. */
    shortTitle: text(),
    lang: z.enum(LANGS, { error: `expected one of: ${LANGS.join(', ')}` }),
    /** The document's own stage, only when the document states it of itself (not a stage it reports of another document). */
    status: text().optional(),
    file: z
      .string({ error: 'expected a file name such as drafting-notes.zh.txt' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, { message: 'expected a plain-text file name in sources/, e.g. drafting-notes.zh.txt' }),
    provenance: text(),
    corrections: z.array(z.strictObject({ date: isoDate(), note: text(), en: text() }), { error: 'expected a list of corrections with date, note (Chinese) and en (English)' }).optional(),
    supersedes: slugId().optional(),
    /**
     * The English wording of title, status and provenance, for the English pages; `sections`
     * (optional) names the text's sections in English for the source line, keyed by the heading as
     * the text writes it (三、文本内容: "Section III: Content of the Plan Text"). A section without an
     * English name is shown by its Chinese heading.
     */
    en: z.strictObject({
      title: text(),
      shortTitle: text(),
      status: text().optional(),
      provenance: text(),
      sections: z.record(z.string(), text(), { error: 'expected a map from a section heading of the text to its English name' }).optional(),
    }),
  });

/** sources/manifest.yaml: the official texts the site's facts come from. */
export const sourceManifestSchema = () =>
  z.strictObject({ documents: z.array(sourceDocumentSchema()).min(1, { message: 'expected at least one document' }) });
