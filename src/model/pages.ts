/**
 * The page model: every kind of page the site has, declared once — its address in each language,
 * its titles (full, and the shorter forms a browser tab may use), the entries and data it shows, the
 * anchors its template adds, whether site search indexes it, where its dates come from and its history.
 *
 * Everything that needs to know what makes a page reads it here: the page templates (their pages and
 * titles), the layout (read aloud, the menu's sections, src/layouts/Base.astro), the government <meta>
 * tags (column pages, src/queries/gov-meta-queries.ts), the "last updated" dates, the Revisions page and the sitemap (src/queries/revision-queries.ts,
 * src/integrations/sitemap.ts), the page histories (src/queries/history-queries.ts), the policy-term
 * pages (src/queries/term-queries.ts), the checker's link and anchor rules (src/checker/page-anchors.ts)
 * and the search tests' ground truth (tests/support/ground-truth.ts). Pure: it reads a `Site` (the
 * content as the checker read it, src/checker/types.ts `Content`, fits it) and the interface strings.
 *
 * Adding a kind of page: one declaration in DECLARATIONS, one template in src/pages/[lang]/ (see
 * docs/architecture.md); tests/browser/page-model.test.ts checks that the two agree.
 */
import type { ChangeNote, RevisionFields } from '../lib/revisions.ts';
import { pageRevision, type PageRevision } from '../lib/revisions.ts';
import { LANGS, type Lang } from '../lib/schemas.ts';
import type { SearchType } from '../lib/search/kinds.ts';
import type { PassageRange } from '../lib/term-pages.ts';
import type { HistoryKind, HistorySpec } from '../lib/history/versions.ts';
import { sourceCorrections } from '../lib/history/data.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { EntryData, MarkdownCollection } from './collections.ts';
import { anchorIds, paths, rowIds, type PageKind } from './routes.ts';
import { chapterTabTitles, partLabel, partTitle, sourceTabTitle, taskLabel, taskTitle } from './titles.ts';
import { inLangOf } from '../i18n/lang.ts';
import { namedTargets, targetsTable, type GlossaryRow, type NamedTargets, type SurveyPeriods, type TargetFigures, type TargetNames, type TargetsTableRows } from '../lib/tables.ts';

/** What every page of a kind is, also the pages the model does not list (a past version: `history`; `not-found`). */
export interface KindTraits {
  /** 朗读本页 / Read aloud: on the pages people read through (not on home, search, revisions, histories or not-found). */
  readAloud: boolean;
  /** A column page (it leads to other pages: home, lists, a page's history): its government <meta> tags have no article tags. */
  column: boolean;
}

export const KIND_TRAITS: Readonly<Record<PageKind, KindTraits>> = {
  home: { readAloud: false, column: true },
  notes: { readAloud: true, column: false },
  plan: { readAloud: true, column: true },
  chapter: { readAloud: true, column: false },
  tasks: { readAloud: true, column: true },
  task: { readAloud: true, column: false },
  targets: { readAloud: true, column: false },
  survey: { readAloud: true, column: false },
  glossary: { readAloud: true, column: false },
  term: { readAloud: false, column: false },
  revisions: { readAloud: false, column: true },
  search: { readAloud: false, column: true },
  accessibility: { readAloud: true, column: false },
  'full-text': { readAloud: true, column: false },
  bilingual: { readAloud: true, column: false },
  history: { readAloud: false, column: true },
  source: { readAloud: true, column: false },
  'not-found': { readAloud: false, column: true },
};

/**
 * The site's main sections, in menu order (the home page comes before them in the menu): each one's
 * menu name (i18n), page, and the line that describes it on the home page's cards (i18n).
 */
export const MAIN_SECTIONS: readonly (readonly [UiKey, string, UiKey])[] = [
  ['nav.notes', paths.notes, 'home.notesDesc'],
  ['nav.plan', paths.plan, 'home.planDesc'],
  ['nav.tasks', paths.tasks, 'home.tasksDesc'],
  ['nav.targets', paths.targets, 'home.targetsDesc'],
  ['nav.survey', paths.survey, 'home.surveyDesc'],
  ['nav.glossary', paths.glossary, 'home.glossaryDesc'],
];

/** The main section a page belongs to (the section's own page included), by its address. */
export function sectionOf(path: string): { key: (typeof MAIN_SECTIONS)[number][0]; path: string } | undefined {
  const found = MAIN_SECTIONS.find(([, p]) => path === p || path.startsWith(p));
  return found && { key: found[0], path: found[1] };
}

/** A Markdown entry as the model needs it: of collection `C` (any, unless told), its front matter as C's schema gives it. */
export type SiteEntry<C extends MarkdownCollection = MarkdownCollection> = C extends MarkdownCollection
  ? {
      lang: Lang;
      collection: C;
      /** File name without .md: `3`, `01-project-initiation`, `index`. */
      name: string;
      data: EntryData[C];
      file: { path: string };
    }
  : never;

/** The content the pages are made of (the checker's `Content` is one). */
export interface Site {
  entries: { readonly [C in MarkdownCollection]: readonly SiteEntry<C>[] };
  targetData?: { data: TargetFigures };
  surveyData?: { data: SurveyPeriods };
  glossary?: { data: { terms: readonly { id: string; zh: string; en: string; short?: Partial<Record<Lang, string | undefined>> | undefined }[] } };
  /**
   * How each glossary term's passages are cut into pages in each language, by term id (at most 200 KB
   * each, src/lib/term-pages.ts): computed once from the term index at build (src/queries/site-queries.ts
   * `termPagesReady`). A term not listed has one page, with all its passages.
   */
  termPages?: Partial<Record<Lang, ReadonlyMap<string, readonly PassageRange[]>>>;
  targetText: Partial<Record<Lang, { data: { title: string } & TargetNames }>>;
  sources: ReadonlyMap<
    string,
    { meta: { id: string; file: string; title: string; shortTitle: string; en: { title: string; shortTitle: string }; corrections?: readonly unknown[] | undefined }; text: { sections: readonly { id: string; heading?: string }[] } }
  >;
}

/** One of the things a page shows, in page order. */
export type Part =
  /** A Markdown entry's text; `idPrefix` when the page prefixes its ids (the one-page full text). */
  | { kind: 'entry'; entry: SiteEntry; idPrefix?: string }
  /**
   * The 2025 targets table, with its id on the page (and its rows' ids, indicator-… / group-…): its rows
   * in the page's language (`table`), and the named targets they are made of (`targets`, at a glance).
   * Neither when the content lacks the targets' files (the checker reports that).
   */
  | { kind: 'targets'; id: string; idPrefix?: string; table?: TargetsTableRows; targets?: NamedTargets }
  /** Table 1 (table-1, period-… rows): its periods in the order of content/data/survey.yaml, with the texts of its periods. */
  | { kind: 'survey'; entries: SiteEntry[]; periods: SurveyPeriods['periods'] }
  /** The glossary table (term-… rows): its terms in the order of content/data/glossary.yaml. */
  | { kind: 'glossary'; terms: GlossaryRow[] }
  /** A list of task areas (their titles, linked). */
  | { kind: 'tasks'; entries: SiteEntry<'tasks'>[] }
  /** A list of Parts (their titles, linked, and summaries), by number. */
  | { kind: 'chapters'; entries: SiteEntry<'chapters'>[] }
  /** An official text of sources/ (its sections' ids). */
  | { kind: 'source'; id: string };

/** An entry with dates of its own (published, last updated, change notes). */
type DatedEntry = SiteEntry<'plan' | 'notes' | 'chapters' | 'tasks'>;

/** Where a page's dates (published, last updated, change notes) come from. */
export type Dates =
  /** The earliest and latest of these entries. */
  | { from: DatedEntry[] }
  /** Made from the whole site: as new as the newest change anywhere. */
  | 'site'
  /** About the website itself: the date the website was first published. */
  | 'first-published'
  /** Shows no dates. */
  | 'none';

export interface Page extends KindTraits {
  kind: PageKind;
  lang: Lang;
  /** Language-less path (src/model/routes.ts): the same path in the other language is its counterpart. */
  path: string;
  /** The page's title: its h1, its Open Graph title, and the first form tried for <title>. */
  title: string;
  /** Shorter forms of the title for <title> (src/lib/page-title.ts), most descriptive first. */
  tabTitles: string[];
  /** Its name in the site's menu, for the main sections (MAIN_SECTIONS); lists of pages name it so. */
  menuTitle?: string;
  /** What the page shows, in order. */
  parts: Part[];
  /** The entries whose own page this is: relative links in them start here; their change notes name it. */
  own: SiteEntry[];
  /** Ids the template writes besides those of its parts (headings, lists), for links into the page. */
  anchors: string[];
  /** Site search indexes the page under this content type (null: not indexed). */
  search: SearchType | null;
  /** The policy-term pages list the passages of its text. */
  passages: boolean;
  dates: Dates;
  /** The page's history (history/<key>/), when it has one. */
  history?: Omit<HistorySpec, 'path' | 'lang'>;
  /** Listed in the sitemap. */
  sitemap: boolean;
  /**
   * One page of a list cut into pages (a term's passages): its number (1: the first), how many there
   * are, and the passages it holds (`first`, 1-based across the pages, and `size`). The template shows these.
   */
  paging?: { n: number; count: number } & PassageRange;
  /** A history page (kind `history`): the path of the page whose versions it lists. */
  historyOf?: string;
}

type Made = Omit<Page, 'lang' | keyof KindTraits | 'menuTitle' | 'tabTitles' | 'own' | 'anchors' | 'passages' | 'sitemap' | 'dates' | 'search' | 'parts'> &
  Partial<Pick<Page, 'tabTitles' | 'own' | 'anchors' | 'passages' | 'sitemap' | 'dates' | 'search' | 'parts'>>;

const page = (lang: Lang, p: Made): Page => {
  const menu = MAIN_SECTIONS.find(([, path]) => path === p.path);
  return {
    lang,
    ...KIND_TRAITS[p.kind],
    ...(menu ? { menuTitle: t(lang, menu[0]) } : {}),
    tabTitles: [],
  parts: [],
  own: [],
  anchors: [],
  search: null,
  passages: false,
  dates: 'site',
    sitemap: true,
    ...p,
  };
};

const inLang = <C extends MarkdownCollection>(site: Site, collection: C, lang: Lang): SiteEntry<C>[] =>
  (site.entries[collection] as readonly SiteEntry<C>[]).filter((e) => e.lang === lang);
/** An entry's number: a Part's, a task area's. */
export const num = (e: SiteEntry<'chapters' | 'tasks'>) => e.data.number;
const byNum = (a: SiteEntry<'chapters' | 'tasks'>, b: SiteEntry<'chapters' | 'tasks'>) => num(a) - num(b);

/** The drafting-notes sections of `lang`, in order. */
export const notesOf = (site: Site, lang: Lang) => inLang(site, 'notes', lang).sort((a, b) => a.data.order - b.data.order);
/** The chapters (Parts) of `lang`, by number. */
export const chaptersOf = (site: Site, lang: Lang) => inLang(site, 'chapters', lang).sort(byNum);
/** The task areas of `lang`, by number. */
export const tasksOf = (site: Site, lang: Lang) => inLang(site, 'tasks', lang).sort(byNum);
/** The texts of Table 1's periods in `lang`, in the order of content/data/survey.yaml. */
const surveyOf = (site: Site, lang: Lang) =>
  (site.surveyData?.data.periods ?? []).flatMap((p) => inLang(site, 'survey', lang).filter((e) => e.data.period === p.id));
/** Table 1 in `lang`: its periods and their texts, in the order of content/data/survey.yaml. */
const surveyPart = (site: Site, lang: Lang): Part => ({ kind: 'survey', entries: surveyOf(site, lang), periods: site.surveyData?.data.periods ?? [] });
/** The 2025 targets table in `lang`: its rows and the named targets, in the order of content/data/targets.yaml. */
function targetsPart(site: Site, lang: Lang, id: string, idPrefix?: string): Part {
  const figures = site.targetData?.data;
  const names = site.targetText[lang]?.data;
  const rows = figures && names ? { table: targetsTable(lang, figures, names), targets: namedTargets(figures, names) } : {};
  return { kind: 'targets', id, ...(idPrefix ? { idPrefix } : {}), ...rows };
}
const planOf = (site: Site, lang: Lang) => inLang(site, 'plan', lang).filter((e) => e.name === 'index');
/** Every entry that carries dates (published, updated, changes), in the order of the Revisions page. */
const datedEntries = (site: Site, lang: Lang) => [...planOf(site, lang), ...notesOf(site, lang), ...chaptersOf(site, lang), ...tasksOf(site, lang)];

/** Titles of the pages made of one entry, also for a past version's front matter (the history pages). */
export const titles = {
  chapter: (lang: Lang, data: { number: number; title: string; shortTitle?: string | undefined }) => ({
    title: partTitle(lang, data.number, data.title),
    tabTitles: chapterTabTitles(lang, data),
  }),
  task: (lang: Lang, data: { number: number; shortTitle: string }) => ({ title: taskTitle(lang, data.number, data.shortTitle), tabTitles: [taskLabel(lang, data.number)] }),
};

// History: which files make a page in one language (paths from the project root).
const dir = (prefix: string, ext: string) => (p: string) => p.startsWith(prefix) && p.endsWith(ext) && !p.slice(prefix.length).includes('/');
const file = (name: string) => (p: string) => p === name;
const any = (...tests: ((p: string) => boolean)[]) => (p: string) => tests.some((test) => test(p));
const history = (key: string, kind: HistoryKind, files: (p: string) => boolean, more: { noteFiles?: (p: string) => boolean; yamlNotes?: (a?: string, b?: string) => ChangeNote[] } = {}) => ({
  key,
  kind,
  files,
  ...more,
});

/** The ids of the 2025 targets table's rows (indicator-…, group-…), with the page's prefix. */
function targetAnchors(site: Site, prefix = ''): string[] {
  const groups = site.targetData?.data.groups ?? [];
  return [...groups.flatMap((g) => g.indicators.map((i) => rowIds.indicator(i.id, prefix))), ...groups.map((g) => rowIds.group(g.id, prefix))];
}

/** A page's parts as the sections its template shows: each Markdown entry with the parts that follow it (its tables, its task list). */
export interface EntrySection<C extends SiteEntry['collection'] = SiteEntry['collection']> {
  entry: SiteEntry<C>;
  idPrefix?: string | undefined;
  tasks?: SiteEntry<'tasks'>[];
  targets: boolean;
  /** The targets table's rows, when the section is followed by the table (and the content has its files). */
  targetsTable?: TargetsTableRows | undefined;
  survey: boolean;
}
export function entrySections(page: Page): EntrySection[] {
  const out: EntrySection[] = [];
  for (const part of page.parts) {
    if (part.kind === 'entry') out.push({ entry: part.entry, idPrefix: part.idPrefix, targets: false, survey: false });
    const last = out.at(-1);
    if (!last) continue;
    if (part.kind === 'tasks') last.tasks = part.entries;
    if (part.kind === 'targets') {
      last.targets = true;
      last.targetsTable = part.table;
    }
    if (part.kind === 'survey') last.survey = true;
  }
  return out;
}
/** The first part of one kind a page shows (its table, its list), as the model declares it. */
export const partOf = <K extends Part['kind']>(page: Page, kind: K): Extract<Part, { kind: K }> | undefined =>
  page.parts.find((p): p is Extract<Part, { kind: K }> => p.kind === kind);
/** The sections of `page` made from entries of one collection. */
export const sectionsOf = <C extends SiteEntry['collection']>(page: Page, collection: C): EntrySection<C>[] =>
  entrySections(page).filter((s): s is EntrySection<C> => s.entry.collection === collection);

/** The ids a part adds to the page (the Markdown's own ids excepted: the checker computes those). */
export function partAnchors(site: Site, part: Part): string[] {
  switch (part.kind) {
    case 'entry':
    case 'tasks':
    case 'chapters':
      return [];
    case 'targets':
      return [part.id, ...targetAnchors(site, part.idPrefix)];
    case 'survey':
      return [rowIds.surveyTable, ...(site.surveyData?.data.periods ?? []).map((p) => rowIds.period(p.id))];
    case 'glossary':
      return (site.glossary?.data.terms ?? []).map((term) => rowIds.term(term.id));
    case 'source': {
      const doc = site.sources.get(part.id);
      return [...(doc?.meta.corrections?.length ? ['corrections'] : []), ...(doc?.text.sections ?? []).flatMap((s) => [s.id, ...(s.heading ? [`${s.id}-h`] : [])])];
    }
  }
}

type Declaration = (site: Site, lang: Lang) => Page[];

const home: Declaration = (site, lang) => {
  const intro = notesOf(site, lang).slice(0, 1);
  return [page(lang, { kind: 'home', path: paths.home, title: t(lang, 'site.title'), parts: intro.map((entry) => ({ kind: 'entry', entry })), anchors: ['explore', 'targets'] })];
};

const notes: Declaration = (site, lang) => {
  const sections = notesOf(site, lang);
  const parts: Part[] = sections.flatMap((entry): Part[] => [{ kind: 'entry', entry }, ...(entry.data.surveyTable ? [surveyPart(site, lang)] : [])]);
  return [
    page(lang, {
      kind: 'notes',
      path: paths.notes,
      title: t(lang, 'notes.title'),
      parts,
      own: sections,
      anchors: [anchorIds.notes, anchorIds.toc, ...sections.map((s) => s.data.anchor)],
      search: 'notes',
      passages: true,
      dates: { from: sections },
      history: history('drafting-notes', 'markdown', dir(`content/${lang}/notes/`, '.md')),
    }),
  ];
};

const plan: Declaration = (site, lang) => {
  const entry = planOf(site, lang);
  const chapters = chaptersOf(site, lang);
  return [
    page(lang, {
      kind: 'plan',
      path: paths.plan,
      title: t(lang, 'plan.title'),
      // The plan's own text, then the Parts it lists (each linked, with its summary).
      parts: [...entry.map((e): Part => ({ kind: 'entry', entry: e })), { kind: 'chapters', entries: chapters }],
      own: entry,
      anchors: chapters.map((c) => anchorIds.part(num(c))),
      passages: true,
      // The overview is as new as the plan's own page and every Part it lists.
      dates: { from: [...entry, ...chapters] },
      history: history('plan', 'markdown', file(`content/${lang}/plan/index.md`)),
    }),
  ];
};

/** What a Part shows wherever it is shown (its own page, the full text): its text, its task areas, its targets table. */
const chapterParts = (site: Site, c: SiteEntry<'chapters'>, tasks: SiteEntry<'tasks'>[], idPrefix?: string): Part[] => [
  { kind: 'entry', entry: c, ...(idPrefix ? { idPrefix } : {}) },
  ...(c.data.tasks ? [{ kind: 'tasks', entries: tasks.filter((x) => x.data.chapter === num(c)) } as const] : []),
  ...(c.data.targets ? [targetsPart(site, c.lang, anchorIds.chapterTargets)] : []),
];

const chapter: Declaration = (site, lang) =>
  chaptersOf(site, lang).map((c) => {
    const n = num(c);
    return page(lang, {
      kind: 'chapter',
      path: paths.chapter(n),
      ...titles.chapter(lang, c.data),
      parts: chapterParts(site, c, tasksOf(site, lang)),
      own: [c],
      // Its contents list (toc-title) is there only when the Part has more than one section: not a link target.
      anchors: [anchorIds.part(n)],
      search: 'chapter',
      passages: true,
      dates: { from: [c] },
      history: history(`part-${n}`, 'markdown', file(`content/${lang}/chapters/${c.name}.md`)),
    });
  });

const tasks: Declaration = (site, lang) => {
  const list = tasksOf(site, lang);
  return [page(lang, { kind: 'tasks', path: paths.tasks, title: t(lang, 'tasks.title'), parts: [{ kind: 'tasks', entries: list }], anchors: list.map((x) => anchorIds.task(num(x))), dates: { from: list } })];
};

const task: Declaration = (site, lang) =>
  tasksOf(site, lang).map((x) =>
    page(lang, {
      kind: 'task',
      path: paths.task(num(x)),
      ...titles.task(lang, x.data),
      parts: [{ kind: 'entry', entry: x }],
      own: [x],
      search: 'task',
      passages: true,
      dates: { from: [x] },
      history: history(`task-${num(x)}`, 'markdown', file(`content/${lang}/tasks/${x.name}.md`)),
    }),
  );

const targets: Declaration = (site, lang) => {
  // The targets are set out in the Part with `targets: true`: its dates and change notes are the page's.
  const chapters = chaptersOf(site, lang).filter((c) => c.data.targets);
  return [
    page(lang, {
      kind: 'targets',
      path: paths.targets,
      title: site.targetText[lang]?.data.title ?? t(lang, 'targets.title'),
      tabTitles: [t(lang, 'nav.targets')],
      parts: [targetsPart(site, lang, rowIds.targetsTable)],
      anchors: [anchorIds.toc],
      search: 'targets',
      passages: true,
      dates: { from: chapters },
      history: history('targets', 'targets', any(file(`content/${lang}/targets.yaml`), file('content/data/targets.yaml')), {
        noteFiles: any(...chapters.map((c) => file(`content/${lang}/chapters/${c.name}.md`))),
      }),
    }),
  ];
};

const survey: Declaration = (site, lang) => {
  // Table 1 is part of the drafting notes (the section with `surveyTable: true`): its dates are that section's.
  const sections = notesOf(site, lang).filter((n) => n.data.surveyTable);
  return [
    page(lang, {
      kind: 'survey',
      path: paths.survey,
      title: t(lang, 'survey.title'),
      parts: [surveyPart(site, lang)],
      own: surveyOf(site, lang),
      anchors: [anchorIds.timeline, anchorIds.timelineText, anchorIds.surveyTitle],
      search: 'survey',
      passages: true,
      dates: { from: sections },
      history: history('survey', 'survey', any(dir(`content/${lang}/survey/`, '.md'), file('content/data/survey.yaml')), {
        noteFiles: any(...sections.map((s) => file(`content/${lang}/notes/${s.name}.md`))),
      }),
    }),
  ];
};

const glossary: Declaration = (site, lang) => [
  page(lang, {
    kind: 'glossary',
    path: paths.glossary,
    title: t(lang, 'glossary.title'),
    parts: [{ kind: 'glossary', terms: (site.glossary?.data.terms ?? []).map(({ id, zh, en }) => ({ id, zh, en })) }],
    search: 'glossary',
    // No front matter of its own: it carries the date the website was first published.
    dates: 'first-published',
    history: history('glossary', 'glossary', file('content/data/glossary.yaml')),
  }),
];

/** A term's pages: the first at its address (its facts, targets, tasks, first passages), the next ones with more passages. */
const term: Declaration = (site, lang) =>
  (site.glossary?.data.terms ?? []).flatMap((x) => {
    const cut = site.termPages?.[lang]?.get(x.id) ?? [];
    const count = Math.max(cut.length, 1);
    // In the tab: "Glossary: term", the term alone, then the term's short form (glossary `short`), labelled and alone.
    const short = x.short?.[lang];
    return Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const first = n === 1;
      const title = t(lang, 'term.title', { term: x[lang] });
      const tab = (term: string) => (first ? term : t(lang, 'termPages.title', { title: term, n, count }));
      return page(lang, {
        kind: 'term',
        path: paths.term(x.id, n),
        title: first ? title : t(lang, 'termPages.title', { title, n, count }),
        tabTitles: [tab(x[lang]), ...(short ? [tab(t(lang, 'term.title', { term: short })), tab(short)] : [])],
        anchors: first ? ['targets', 'tasks', 'passages'] : ['passages'],
        ...(count > 1 ? { paging: { n, count, ...cut[i]! } } : {}),
      });
    });
  });

const fixed = (kind: PageKind, path: string, key: Parameters<typeof t>[1], more: Partial<Made> = {}): Declaration => (_site, lang) => [page(lang, { kind, path, title: t(lang, key), ...more })];

const fullText: Declaration = (site, lang) => {
  const chapters = chaptersOf(site, lang);
  const taskList = tasksOf(site, lang);
  const parts: Part[] = [
    ...notes(site, lang)[0]!.parts,
    ...chapters.flatMap((c) => chapterParts(site, c, taskList, `${anchorIds.part(num(c))}-`)),
    ...taskList.map((x): Part => ({ kind: 'entry', entry: x, idPrefix: `${anchorIds.task(num(x))}-` })),
  ];
  // The introduction (the first section) has no id of its own here: it opens the drafting notes (#drafting-notes).
  const anchors = [anchorIds.notes, anchorIds.toc, anchorIds.tasks, ...notesOf(site, lang).slice(1).map((s) => s.data.anchor), ...chapters.map((c) => anchorIds.part(num(c))), ...taskList.map((x) => anchorIds.task(num(x)))];
  return [page(lang, { kind: 'full-text', path: paths.fullText, title: t(lang, 'fullText.title'), parts, anchors })];
};

/** The documents with a side-by-side view: the drafting notes and every Part (by the Chinese files). */
export const bilingualDocs = (site: Site) => ['drafting-notes', ...chaptersOf(site, 'zh').map((c) => `part-${num(c)}`)];

const bilingual: Declaration = (site, lang) => {
  // Each language's chapters by number, once (not once per document: thousands of Parts at scale).
  const chapters = new Map(LANGS.map((l) => [l, Map.groupBy(chaptersOf(site, l), (c) => num(c))]));
  const notesIn = new Map(LANGS.map((l) => [l, notesOf(site, l)]));
  const tasksIn = new Map(LANGS.map((l) => [l, tasksOf(site, l)]));
  return bilingualDocs(site).map((doc) => {
    const isNotes = doc === 'drafting-notes';
    const n = Number(doc.replace('part-', ''));
    const partIn = (l: Lang) => (isNotes ? [] : (chapters.get(l)!.get(n) ?? []));
    const ofLang = (l: Lang): SiteEntry<'notes' | 'chapters'>[] => (isNotes ? notesIn.get(l)! : partIn(l));
    const docTitle = isNotes ? (notesIn.get(lang)![0]?.data.title || t(lang, 'notes.title')) : partTitle(lang, n, partIn(lang)[0]?.data.title ?? '');
    // A Part's task areas and targets have a row of their own when either language's Part lists them.
    const chapterTargets = LANGS.some((l) => partIn(l)[0]?.data.targets);
    const chapterTasks = LANGS.some((l) => partIn(l)[0]?.data.tasks && tasksIn.get(l)!.some((x) => x.data.chapter === n));
    return page(lang, {
      kind: 'bilingual',
      path: paths.bilingual(doc),
      title: t(lang, 'bilingual.title', { doc: docTitle }),
      tabTitles: [t(lang, 'bilingual.title', { doc: isNotes ? t(lang, 'notes.title') : partLabel(lang, n) })],
      // Each language's column in turn: its entries, then (a Part) its task areas and its targets table,
      // each in a row of their own when either language's Part lists them.
      parts: LANGS.flatMap((l): Part[] => [
        ...ofLang(l).map((entry): Part => ({ kind: 'entry', entry })),
        ...(chapterTasks ? [{ kind: 'tasks', entries: partIn(l)[0]?.data.tasks ? tasksIn.get(l)!.filter((x) => x.data.chapter === n) : [] } as const] : []),
        ...(chapterTargets ? [targetsPart(site, l, `${l}-targets`, `${l}-`)] : []),
      ]),
      anchors: isNotes ? [] : [anchorIds.part(n), ...(chapterTasks ? [anchorIds.tasks] : []), ...(chapterTargets ? [anchorIds.chapterTargets] : [])],
      // The side-by-side page of a document is as new as the document's own page.
      dates: { from: ofLang(lang) },
    });
  });
};

const source: Declaration = (site, lang) =>
  [...site.sources.values()].map(({ meta }) =>
    page(lang, {
      kind: 'source',
      path: paths.source(meta.id),
      title: inLangOf(lang, meta, 'title'),
      tabTitles: [sourceTabTitle(lang, inLangOf(lang, meta, 'shortTitle'))],
      parts: [{ kind: 'source', id: meta.id }],
      // The official texts are language-neutral: each language's history of a source holds every version of its text.
      history: history(`source-${meta.id}`, 'source', file(`sources/${meta.file}`), { noteFiles: file('sources/manifest.yaml'), yamlNotes: sourceCorrections(meta.id, lang) }),
    }),
  );

/** Every kind of page, in the order of the site's menu (and of the page histories). */
const DECLARATIONS: readonly Declaration[] = [
  home,
  notes,
  plan,
  chapter,
  tasks,
  task,
  targets,
  survey,
  glossary,
  term,
  fixed('revisions', paths.revisions, 'revisions.title', { anchors: ['page-histories'] }),
  fixed('search', paths.search, 'search.title'),
  fixed('accessibility', paths.accessibility, 'a11y.title', { anchors: ['standards', 'status', 'conforms', 'not-yet', 'languages', 'report'], dates: 'first-published' }),
  fullText,
  bilingual,
  source,
];

/**
 * The history page of every page with a history (history/<key>/: its versions, newest first, with what
 * changed). Its versions, and the past-version pages (history/<key>/<n>/), come from git
 * (src/queries/history-queries.ts): a build without the git history publishes none of them. Not in the
 * sitemap, not searched, no dates of its own.
 */
const historyPages = (pages: readonly Page[], lang: Lang): Page[] =>
  pages.flatMap((p) => {
    if (!p.history) return [];
    const named = (title: string) => t(lang, 'history.title', { title });
    return [page(lang, { kind: 'history', path: paths.history(p.history.key), title: named(p.title), tabTitles: p.tabTitles.map(named), historyOf: p.path, dates: 'none', sitemap: false })];
  });

interface Built {
  pages: Page[];
  own: Map<SiteEntry, Page>;
  /** Each page by its path, and the pages of each kind (in menu order): looked up for every page built. */
  byPath: Map<string, Page>;
  byKind: Map<PageKind, Page[]>;
  dates?: Map<string, PageRevision>;
}
const memo = new WeakMap<Site, Map<Lang, Built>>();

function built(site: Site, lang: Lang): Built {
  let byLang = memo.get(site);
  if (!byLang) memo.set(site, (byLang = new Map()));
  let b = byLang.get(lang);
  if (!b) {
    const declared = DECLARATIONS.flatMap((declare) => declare(site, lang));
    const pages = [...declared, ...historyPages(declared, lang)];
    const own = new Map<SiteEntry, Page>();
    const byPath = new Map<string, Page>();
    const byKind = new Map<PageKind, Page[]>();
    for (const p of pages) {
      for (const e of p.own) if (!own.has(e)) own.set(e, p);
      if (!byPath.has(p.path)) byPath.set(p.path, p);
      (byKind.get(p.kind) ?? byKind.set(p.kind, []).get(p.kind)!).push(p);
    }
    byLang.set(lang, (b = { pages, own, byPath, byKind }));
  }
  return b;
}

/** Every page of the site in `lang` (computed once per content and language). */
export const sitePages = (site: Site, lang: Lang): Page[] => built(site, lang).pages;

/** The page at `path` in `lang`, if the site has one. */
export const pageAt = (site: Site, lang: Lang, path: string): Page | undefined => built(site, lang).byPath.get(path);

/** The pages of one kind in `lang`. */
export const pagesOf = (site: Site, lang: Lang, kind: PageKind): Page[] => [...(built(site, lang).byKind.get(kind) ?? [])];

/** The page an entry belongs to: its address, where relative links in it start. */
export function ownPageOf(site: Site, entry: SiteEntry): Page | undefined {
  return built(site, entry.lang).own.get(entry);
}

/** The history pages of `lang`, in menu order: spec of each page with a history. */
export function historySpecs(site: Site, lang: Lang): HistorySpec[] {
  return sitePages(site, lang).flatMap((p) => (p.history ? [{ ...p.history, path: p.path, lang }] : []));
}

/** The history key of the page a content file (repo-relative path) makes, in its language. */
export function historyKeyOf(site: Site, path: string): string | undefined {
  const lang = LANGS.find((l) => path.startsWith(`content/${l}/`)) ?? 'zh';
  return historySpecs(site, lang).find((s) => s.files(path))?.key;
}

const fieldsOf = (e: DatedEntry): RevisionFields => ({
  published: e.data.published,
  updated: e.data.updated,
  changes: e.data.changes,
});

/** Every page's dates in `lang`, by path (pages without dates are left out). */
export function pageDates(site: Site, lang: Lang): Map<string, PageRevision> {
  const b = built(site, lang);
  return (b.dates ??= computeDates(site, lang));
}

function computeDates(site: Site, lang: Lang): Map<string, PageRevision> {
  const all = datedEntries(site, lang).map(fieldsOf);
  const whole = pageRevision(all);
  const firstPublished = whole && { published: whole.published, updated: whole.published, changes: [] };
  const out = new Map<string, PageRevision>();
  for (const p of sitePages(site, lang)) {
    const d = p.dates === 'none' ? undefined : p.dates === 'site' ? whole : p.dates === 'first-published' ? firstPublished : pageRevision(p.dates.from.map(fieldsOf));
    if (d) out.set(p.path, d);
  }
  return out;
}

/** The entries that date pages, each with its page's path and title, in the order of the Revisions page. */
export function revisionSources(site: Site, lang: Lang): { path: string; title: string; fields: RevisionFields }[] {
  return datedEntries(site, lang).flatMap((e) => {
    const p = ownPageOf(site, e);
    return p ? [{ path: p.path, title: p.title, fields: fieldsOf(e) }] : [];
  });
}
