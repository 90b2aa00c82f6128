/**
 * The pages the Markdown texts appear on and the anchors each page has, for the link, alignment and
 * duplicate-anchor rules: the pages and what they show come from the page model (src/model/pages.ts);
 * the ids of each text are computed as the build's remark and rehype plugins make them
 * (src/lib/markdown-anchors.ts `topLevelIds`, from the tree already parsed), from the same
 * front matter. Computed once per check.
 */
import type { Root as MdastRoot } from 'mdast';
import { topLevelIds } from '../lib/markdown-anchors.ts';
import { ownPageOf, partAnchors, sitePages } from '../model/pages.ts';
import { LANGS } from '../lib/schemas.ts';
import type { Content, Entry, EntryOf, Lang, MarkdownCollection } from './types.ts';

export interface ParsedBody {
  entry: Entry;
  collection: MarkdownCollection;
  tree: MdastRoot;
  /** Ids the Markdown text produces, in document order. */
  ids: { id: string; line?: number }[];
  /** Language-less path of the page the text appears on (first page, for relative links). */
  page: string;
}

const bodies = new WeakMap<Content, ParsedBody[]>();

/** Every entry's text as a tree with its ids and its page. */
export function parsedBodies(content: Content): ParsedBody[] {
  let list = bodies.get(content);
  if (!list) {
    list = [];
    for (const entries of Object.values(content.entries) as EntryOf[][]) {
      for (const entry of entries) {
        const tree = content.markdown(entry.file.body);
        list.push({ entry, collection: entry.collection, page: ownPageOf(content, entry)?.path ?? '', tree, ids: topLevelIds(tree, entry.data) });
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

/** Every page's anchors: those its template and parts add, and the ids of the texts it shows. */
function allAnchors(content: Content, anchorSet: (lang: Lang, page: string) => Set<string>): void {
  const idsOf = new Map<object, ParsedBody['ids']>(parsedBodies(content).map((p) => [p.entry, p.ids]));
  for (const lang of LANGS) {
    for (const page of sitePages(content, lang)) {
      const set = anchorSet(lang, page.path);
      for (const id of page.anchors) set.add(id);
      for (const part of page.parts) {
        for (const id of partAnchors(content, part)) set.add(id);
        const texts = part.kind === 'entry' ? [part.entry] : part.kind === 'survey' ? part.entries : [];
        const prefix = part.kind === 'entry' ? (part.idPrefix ?? '') : '';
        for (const entry of texts) for (const { id } of idsOf.get(entry) ?? []) set.add(prefix + id);
      }
    }
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
  allAnchors(content, anchorSet);
  const pageSets = new Map<Lang, Set<string>>();
  const result: PageAnchors = {
    of: anchorSet,
    pages(lang) {
      let set = pageSets.get(lang);
      if (!set) {
        set = new Set(sitePages(content, lang).map((p) => p.path));
        pageSets.set(lang, set);
      }
      return set;
    },
  };
  anchorsMemo.set(content, result);
  return result;
}
