/**
 * Every page's address, in one place. A page is named by its language-less path (e.g. `plan/part-3/`);
 * `pageUrl` adds the base path and the language, so the language switch and hreflang alternates of
 * any page are the same path in the other language.
 */
import { LANGS, type Lang } from '../lib/schemas.ts';

export const paths = {
  home: '',
  notes: 'drafting-notes/',
  plan: 'plan/',
  chapter: (n: number) => `plan/part-${n}/`,
  tasks: 'tasks/',
  task: (n: number) => `tasks/${n}/`,
  targets: 'targets/',
  survey: 'survey/',
  glossary: 'glossary/',
  /**
   * A policy-term page (术语索引): where one glossary term occurs across the site; `n` > 1: the next
   * pages of its passages (src/lib/term-pages.ts), made by the same template, linked from the first.
   */
  term: (id: string, n = 1) => (n > 1 ? `glossary/${id}/${n}/` : `glossary/${id}/`),
  revisions: 'revisions/',
  search: 'search/',
  accessibility: 'accessibility/',
  fullText: 'full-text/',
  /** Side-by-side zh/en view of one document: `drafting-notes` or `part-N`. */
  bilingual: (doc: string) => `bilingual/${doc}/`,
  /** A page's history (every version, with redlines): `key` from the page model (src/model/pages.ts), e.g. `part-3`. */
  history: (key: string) => `history/${key}/`,
  /** The page as it stood at version `n` of its history (point-in-time reading). */
  historyVersion: (key: string, n: number) => `history/${key}/${n}/`,
  /** The readable copy of an official text in sources/ (id from sources/manifest.yaml). */
  source: (id: string) => `sources/${id}/`,
} as const;

/**
 * The ids the site's tables give their rows and row groups, in one place: the page model declares them
 * as the pages' anchors (src/model/pages.ts), the tables' components write them, the term index and the
 * term pages link to them.
 */
export const rowIds = {
  /** The 2025 targets table (a page that shows it twice gives the second one its own id). */
  targetsTable: 'targets-table',
  /** An indicator's row of the targets table; `prefix` when the page prefixes its ids (the full text). */
  indicator: (id: string, prefix = '') => `${prefix}indicator-${id}`,
  /** A group of indicators (its tbody). */
  group: (id: string, prefix = '') => `${prefix}group-${id}`,
  /** Table 1, the survey schedule. */
  surveyTable: 'table-1',
  /** A period's row of Table 1 (and the anchor of that period's text). */
  period: (id: string) => `period-${id}`,
  /** A term's row of the glossary. */
  term: (id: string) => `term-${id}`,
} as const;

/**
 * The ids of the anchors the pages themselves add (headings and list items of the site's own making,
 * besides the tables' rows, rowIds): the page model declares them, the templates write them.
 */
export const anchorIds = {
  /** A Part: its heading on its page and in the full text, its item in the plan overview. */
  part: (n: number) => `part-${n}`,
  /** A main task: its item in the task list, its heading in the full text. */
  task: (n: number) => `task-${n}`,
  /** The main tasks' heading (full text) or row (side-by-side view). */
  tasks: 'tasks',
  /** The drafting notes' heading in the full text. */
  notes: 'drafting-notes',
  /** A Part's targets table row in the side-by-side view. */
  chapterTargets: 'chapter-targets',
  /** The contents list's heading. */
  toc: 'toc-title',
  /** The survey page's timeline, its list of texts and Table 1's heading. */
  timeline: 'timeline-title',
  timelineText: 'timeline-text',
  surveyTitle: 'table-1-title',
} as const;

/** Open-data files: language-neutral, one address each, relative to the base path. */
export const dataFiles = {
  targetsJson: 'data/targets.json',
  targetsCsv: 'data/targets.csv',
  surveyJson: 'data/survey.json',
  surveyCsv: 'data/survey.csv',
} as const;

/** The kinds of page the site has; each page declares one (search filters use them). */
export type PageKind =
  | 'home'
  | 'notes'
  | 'plan'
  | 'chapter'
  | 'tasks'
  | 'task'
  | 'targets'
  | 'survey'
  | 'glossary'
  | 'term'
  | 'revisions'
  | 'search'
  | 'accessibility'
  | 'full-text'
  | 'bilingual'
  | 'history'
  | 'source'
  | 'not-found';

/** Join the configured base (e.g. `/` or `/kjcx/`) with a site-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

export function pageUrl(base: string, lang: Lang, path: string): string {
  return withBase(base, `${lang}/${path}`);
}

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** getStaticPaths for a page that exists once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));
