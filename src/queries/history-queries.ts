/**
 * Every page's history, for the history pages, the "last updated" line, the Revisions page and the
 * feeds. Git is read once per build (src/lib/history/git.ts, cached in this module); all logic is in
 * src/lib/history/. `PLAN_HISTORY=0` builds without history (used by the benchmark).
 */
import { getCollection } from 'astro:content';
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { COMPARISONS, type Comparison, type Lang } from '../lib/schemas.ts';
import { historyNotice, readGitHistory, type GitHistory } from '../lib/history/git.ts';
import { historySpecs } from '../lib/history/pages.ts';
import { pageVersions, type HistorySpec, type Version } from '../lib/history/versions.ts';
import { markdownPlugins } from '../integrations/markdown/pipeline.ts';
import { sourceDocuments } from './source-queries.ts';
import { t } from '../i18n/index.ts';
import { chapterTabTitles, partTitle, sourceTabTitle, taskLabel, taskTitle } from '../model/titles.ts';
import { paths } from '../model/routes.ts';

/**
 * Kept on globalThis, not in a module variable: Astro's build may load this module in more than one
 * bundle (chunk), and git must still be read — and the notice printed — once per build.
 */
const CACHE = Symbol.for('plan.history.git');
const store = globalThis as unknown as Record<symbol, GitHistory | undefined>;

/** The content's git history, read on first use; prints the one notice when there is none. */
export function gitHistory(): GitHistory {
  let git = store[CACHE];
  if (!git) {
    git = store[CACHE] = readGitHistory(process.cwd(), { enabled: process.env.PLAN_HISTORY !== '0' });
    const notice = historyNotice(git);
    if (notice) console.warn(`\n${notice}\n`);
  }
  return git;
}

export interface PageHistory {
  spec: HistorySpec;
  /** The page's current title in this language. */
  title: string;
  /**
   * Shorter names of the page for the browser tab, most descriptive first; the last is the page's
   * bare label ("Part 1", "Main Task 3", "2025 Targets", "Source: Drafting Notes"), which does not change
   * from version to version. Empty for pages whose title is short.
   */
  shortTitles: string[];
  /** Oldest first. */
  versions: Version[];
}

const inLang = (lang: Lang) => (entry: { id: string }) => entry.id.startsWith(`${lang}/`);
const cache = new Map<Lang, Promise<PageHistory[]>>();

async function build(lang: Lang): Promise<PageHistory[]> {
  const history = gitHistory();
  if (history.status !== 'ok') return [];
  const [chapters, tasks, notes, targetText] = await Promise.all([
    getCollection('chapters', inLang(lang)),
    getCollection('tasks', inLang(lang)),
    getCollection('notes', inLang(lang)),
    getCollection('targetText', inLang(lang)),
  ]);
  const name = (id: string) => id.slice(id.indexOf('/') + 1);
  const specs = historySpecs(lang, {
    chapters: chapters.map((c) => c.data.number).sort((a, b) => a - b),
    tasks: tasks.map((c) => c.data.number).sort((a, b) => a - b),
    targetChapters: chapters.filter((c) => c.data.targets).map((c) => c.data.number),
    surveyNotes: notes.filter((n) => n.data.surveyTable).map((n) => name(n.id)),
    sources: sourceDocuments().map((d) => ({ id: d.meta.id, file: d.meta.file })),
  });
  const titles = new Map<string, string>([
    [paths.plan, t(lang, 'plan.title')],
    [paths.notes, t(lang, 'notes.title')],
    [paths.targets, targetText[0]?.data.title ?? t(lang, 'targets.title')],
    [paths.survey, t(lang, 'survey.title')],
    [paths.glossary, t(lang, 'glossary.title')],
    ...chapters.map((c): [string, string] => [paths.chapter(c.data.number), partTitle(lang, c.data.number, c.data.title)]),
    ...tasks.map((c): [string, string] => [paths.task(c.data.number), taskTitle(lang, c.data.number, c.data.shortTitle)]),
    ...sourceDocuments().map((d): [string, string] => [paths.source(d.meta.id), lang === 'zh' ? d.meta.title : d.meta.en.title]),
  ]);
  const shortTitles = new Map<string, string[]>([
    [paths.targets, [t(lang, 'nav.targets')]],
    ...chapters.map((c): [string, string[]] => [paths.chapter(c.data.number), chapterTabTitles(lang, c.data)]),
    ...tasks.map((c): [string, string[]] => [paths.task(c.data.number), [taskLabel(lang, c.data.number)]]),
    ...sourceDocuments().map((d): [string, string[]] => [paths.source(d.meta.id), [sourceTabTitle(lang, lang === 'zh' ? d.meta.shortTitle : d.meta.en.shortTitle)]]),
  ]);
  return specs.map((spec) => ({
    spec,
    title: titles.get(spec.path) ?? spec.key,
    shortTitles: shortTitles.get(spec.path) ?? [],
    versions: pageVersions(history.commits, history.blobs, spec),
  }));
}

/** The history of every page of one language (empty when the build has no git history). */
export function pageHistories(lang: Lang): Promise<PageHistory[]> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = build(lang)));
  return p;
}

/** The history of the page at `path` (language-less), if it has one. */
export async function historyOfPath(lang: Lang, path: string): Promise<PageHistory | undefined> {
  return (await pageHistories(lang)).find((h) => h.spec.path === path);
}

/** The comparison wording of the targets page ("at least {v}" …), for figures old → new. */
export const comparisonTemplates = (lang: Lang) =>
  Object.fromEntries(COMPARISONS.map((c) => [c, t(lang, `comparison.${c}`)])) as Record<Comparison, string>;

let renderer: Promise<MarkdownRenderer> | undefined;
const rendered = new Map<string, Promise<string>>();

/**
 * A past version's Markdown as HTML, through the site's own pipeline (src/integrations/markdown/pipeline.ts:
 * anchors, base-aware links, sanitized). Cached by text, so a file unchanged across versions is
 * rendered once.
 */
export function renderMarkdown(body: string, frontmatter: Record<string, unknown>): Promise<string> {
  const key = `${JSON.stringify([frontmatter.anchor, frontmatter.period])}\u0000${body}`;
  let html = rendered.get(key);
  if (!html) {
    renderer ??= createMarkdownProcessor({ ...markdownConfigDefaults, ...markdownPlugins(import.meta.env.BASE_URL) });
    html = renderer.then((r) => r.render(body, { frontmatter })).then((r) => r.code);
    rendered.set(key, html);
  }
  return html;
}

/**
 * The history page that shows a change: `history/<key>/#v<n>` for the version whose change note is
 * `note`, or the page's history when no version carries it; undefined when the page has no history.
 */
export async function historyLink(lang: Lang, path: string, note?: string): Promise<string | undefined> {
  const h = await historyOfPath(lang, path);
  if (!h || !h.versions.length) return undefined;
  const v = note === undefined ? undefined : h.versions.find((x) => x.notes.some((c) => c.note === note));
  return `${paths.history(h.spec.key)}${v ? `#v${v.n}` : ''}`;
}
