/**
 * Which pages the search index covers, and the content type each is filed under.
 * Results point to the pages that hold the text: the home page and the overview pages (plan/, tasks/)
 * only repeat titles and summaries of those pages, so they are not indexed, nor are the search page and
 * the revisions list; nor the one-page full text and the side-by-side views (they repeat those pages),
 * nor the accessibility statement.
 */
import type { PageKind } from '../../model/routes.ts';

export const SEARCH_TYPES = ['notes', 'chapter', 'task', 'targets', 'survey', 'glossary'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_OF: Record<PageKind, SearchType | null> = {
  home: null,
  search: null,
  revisions: null,
  notes: 'notes',
  plan: null,
  chapter: 'chapter',
  tasks: null,
  task: 'task',
  targets: 'targets',
  survey: 'survey',
  glossary: 'glossary',
  // A term page lists passages of the pages above; the search's term card links to it.
  term: null,
  // Reading views repeat the text of the pages above (full text, side by side) or are about the site.
  accessibility: null,
  'full-text': null,
  bilingual: null,
  // History pages and past versions are not the current text: never in the search index.
  history: null,
  // The readable copy of an official text repeats what the drafting-notes page already holds.
  source: null,
  'not-found': null,
};

/** The content type a page of this kind is filed under in search, or null when it is not indexed. */
export const searchTypeOf = (kind: PageKind): SearchType | null => TYPE_OF[kind];

/** Query-string names used by the search page (shareable URLs). */
export const SEARCH_PARAMS = { query: 'q', type: 'type', task: 'task', highlight: 'hl' } as const;
