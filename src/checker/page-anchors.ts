/**
 * The pages the Markdown texts appear on and the anchors each page has, for the link, alignment and
 * duplicate-anchor rules. Ids are computed exactly as the build makes them: the same remark and rehype
 * plugins (src/integrations/markdown/anchors.ts), the same front matter. Computed once per check.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { remarkHeadingIds, rehypeParagraphAnchors } from '../integrations/markdown/anchors.ts';
import { paths } from '../model/routes.ts';
import { LANGS } from '../lib/schemas.ts';
import type { Content, Entry, Lang, MarkdownCollection } from './types.ts';

export interface ParsedBody {
  entry: Entry;
  collection: MarkdownCollection;
  tree: MdastRoot;
  /** Ids the Markdown text produces, in document order. */
  ids: { id: string; line?: number }[];
  /** Language-less path of the page the text appears on (first page, for relative links). */
  page: string;
}

function idsOf(entry: Entry, tree: MdastRoot): { id: string; line?: number }[] {
  const copy = structuredClone(tree); // the tree is shared with the other rules
  remarkHeadingIds()(copy);
  const hast = unified().use(remarkRehype).runSync(copy) as HastRoot;
  rehypeParagraphAnchors()(hast, { data: { astro: { frontmatter: entry.data } } });
  const ids: { id: string; line?: number }[] = [];
  for (const node of hast.children) {
    if (node.type === 'element' && typeof (node as Element).properties.id === 'string') {
      ids.push({ id: (node as Element).properties.id as string, line: node.position?.start.line });
    }
  }
  return ids;
}

function pageOf(collection: MarkdownCollection, entry: Entry): string {
  const d = entry.data;
  switch (collection) {
    case 'notes':
      return paths.notes;
    case 'chapters':
      return paths.chapter(d.number as number);
    case 'tasks':
      return paths.task(d.number as number);
    case 'survey':
      return paths.survey;
    case 'plan':
      return paths.plan;
  }
}

const bodies = new WeakMap<Content, ParsedBody[]>();

/** Every entry's text as a tree with its ids and its page. */
export function parsedBodies(content: Content): ParsedBody[] {
  let list = bodies.get(content);
  if (!list) {
    list = [];
    for (const [collection, entries] of Object.entries(content.entries) as [MarkdownCollection, Entry[]][]) {
      for (const entry of entries) {
        const tree = content.markdown(entry.file.body);
        list.push({ entry, collection, page: pageOf(collection, entry), tree, ids: idsOf(entry, tree) });
      }
    }
    bodies.set(content, list);
  }
  return list;
}

export interface PageAnchors {
  /** The anchors of a page (language-less path) in `lang`. */
  of(lang: Lang, page: string): Set<string>;
  /** The language-less paths of the pages that exist in `lang`. */
  pages(lang: Lang): Set<string>;
}

/** Ids the page templates add around the Markdown text. */
function templateAnchors(content: Content, anchorSet: (lang: Lang, page: string) => Set<string>): void {
  const indicators = content.targetData?.data.groups.flatMap((g) => g.indicators.map((i) => `indicator-${i.id}`)) ?? [];
  const groups = content.targetData?.data.groups.map((g) => `group-${g.id}`) ?? [];
  const periods = content.surveyData?.data.periods.map((p) => `period-${p.id}`) ?? [];
  const terms = content.glossary?.data.terms.map((term) => `term-${term.id}`) ?? [];
  for (const lang of LANGS) {
    for (const id of ['explore', 'targets-table', 'toc-title']) anchorSet(lang, paths.home).add(id);
    for (const id of ['targets-table', ...indicators, ...groups]) anchorSet(lang, paths.targets).add(id);
    for (const id of ['table-1', ...periods]) {
      anchorSet(lang, paths.survey).add(id);
      anchorSet(lang, paths.notes).add(id);
    }
    anchorSet(lang, paths.notes).add('toc-title');
    for (const id of terms) anchorSet(lang, paths.glossary).add(id);
  }
  for (const p of parsedBodies(content)) {
    if (p.collection === 'chapters' && p.entry.data.targets) for (const id of ['chapter-targets', ...indicators, ...groups]) anchorSet(p.entry.lang, p.page).add(id);
  }
}

/** Anchors the Markdown texts give their pages (and the pages that list them). */
function textAnchors(content: Content, anchorSet: (lang: Lang, page: string) => Set<string>): void {
  const parsed = parsedBodies(content);
  const firstNotes = new Map<Lang, number>();
  for (const p of parsed) {
    if (p.collection === 'notes') firstNotes.set(p.entry.lang, Math.min(firstNotes.get(p.entry.lang) ?? Infinity, p.entry.data.order as number));
  }
  for (const p of parsed) {
    const set = anchorSet(p.entry.lang, p.page);
    if (p.collection === 'notes') set.add(String(p.entry.data.anchor));
    // The home page shows the first drafting-notes section (the introduction) too.
    if (p.collection === 'notes' && p.entry.data.order === firstNotes.get(p.entry.lang)) for (const { id } of p.ids) anchorSet(p.entry.lang, paths.home).add(id);
    if (p.collection === 'chapters') {
      anchorSet(p.entry.lang, paths.plan).add(`part-${p.entry.data.number}`);
      set.add('toc-title');
    }
    if (p.collection === 'tasks') anchorSet(p.entry.lang, paths.tasks).add(`task-${p.entry.data.number}`);
    if (p.collection === 'survey') continue; // its paragraphs carry no page-wide anchors
    for (const { id } of p.ids) set.add(id);
  }
}

const anchorsMemo = new WeakMap<Content, PageAnchors>();

export function pageAnchors(content: Content): PageAnchors {
  const known = anchorsMemo.get(content);
  if (known) return known;
  const anchors = new Map<string, Set<string>>();
  const anchorSet = (lang: Lang, page: string) => {
    const key = `${lang}/${page}`;
    if (!anchors.has(key)) anchors.set(key, new Set(['main']));
    return anchors.get(key)!;
  };
  templateAnchors(content, anchorSet);
  textAnchors(content, anchorSet);
  const pageSets = new Map<Lang, Set<string>>();
  const result: PageAnchors = {
    of: anchorSet,
    pages(lang) {
      let set = pageSets.get(lang);
      if (!set) {
        // Every fixed page of src/model/routes.ts (new ones are picked up automatically), plus one page per chapter and task.
        set = new Set<string>(Object.values(paths as Record<string, unknown>).filter((p): p is string => typeof p === 'string'));
        for (const p of parsedBodies(content)) if (p.entry.lang === lang && (p.collection === 'chapters' || p.collection === 'tasks')) set.add(p.page);
        pageSets.set(lang, set);
      }
      return set;
    },
  };
  anchorsMemo.set(content, result);
  return result;
}
