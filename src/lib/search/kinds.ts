/**
 * The content types site search files pages under. Which pages are indexed, under which type, is
 * declared by the page model (src/model/pages.ts, each page's `search`): results point to the pages
 * that hold the text, so the home page and the overview pages (plan/, tasks/), the search page, the
 * revisions list, the one-page full text, the side-by-side views, the term pages, the readable copies
 * of the official texts, the accessibility statement and the history pages are not indexed.
 */

export const SEARCH_TYPES = ['notes', 'chapter', 'task', 'targets', 'survey', 'glossary'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Query-string names used by the search page (shareable URLs). */
export const SEARCH_PARAMS = { query: 'q', type: 'type', task: 'task', highlight: 'hl' } as const;
