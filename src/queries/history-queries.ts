/**
 * Every page's history, for the history pages, the "last updated" line, the Revisions page and the
 * feeds. Git is read once per build (src/lib/history/git.ts, cached in this module); all logic is in
 * src/lib/history/. `PLAN_HISTORY=0` builds without history (used by the benchmark).
 */
import { createMarkdownProcessor, markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Lang } from '../lib/schemas.ts';
import { historyNotice, readGitHistory, type GitHistory } from '../lib/history/git.ts';
import { markdownSections, pageVersions, sourceLines, type HistorySpec, type Version } from '../lib/history/versions.ts';
import { pastGlossary, pastSurvey, pastTargets } from '../lib/history/past.ts';
import type { GlossaryRow, SurveyRow, TargetsTableRows } from '../lib/tables.ts';
import { markdownPlugins } from '../integrations/markdown/pipeline.ts';
import { historySpecs, pageAt, titles } from '../model/pages.ts';
import { paths } from '../model/routes.ts';
import { site } from './site-queries.ts';

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

const cache = new Map<Lang, Promise<PageHistory[]>>();

async function build(lang: Lang): Promise<PageHistory[]> {
  const history = gitHistory();
  if (history.status !== 'ok') return [];
  const content = site();
  return historySpecs(content, lang).map((spec) => {
    const page = pageAt(content, lang, spec.path);
    return { spec, title: page?.title ?? spec.key, shortTitles: page?.tabTitles ?? [], versions: pageVersions(history.commits, history.blobs, spec) };
  });
}

/** The history of every page of one language (empty when the build has no git history); once per build. */
export function pageHistories(lang: Lang): Promise<PageHistory[]> {
  if (import.meta.env.DEV) return build(lang);
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = build(lang)));
  return p;
}

/** The history of the page at `path` (language-less), if it has one. */
export async function historyOfPath(lang: Lang, path: string): Promise<PageHistory | undefined> {
  return (await pageHistories(lang)).find((h) => h.spec.path === path);
}

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

/** What a past version of a page shows, ready for the page's components (src/pages/[lang]/history/[page]/[version].astro). */
export interface PastVersion {
  /** The page's title as it stood then (a Part's or a task area's title is in its front matter). */
  title: string;
  /** Markdown pages: each file's title and text, rendered as the site renders them. */
  sections: { title?: string | undefined; html: string }[];
  targets?: TargetsTableRows;
  survey?: SurveyRow[];
  glossary?: GlossaryRow[];
  /** An official text: its lines, in the text's own language (sources/manifest.yaml `lang`). */
  source?: { lines: string[]; lang: Lang };
}

/** A past version of a page, read from that version's files: the same components as the current page show it. */
export async function pastVersion(lang: Lang, history: PageHistory, version: Version): Promise<PastVersion> {
  const { spec } = history;
  const files = version.files;
  const sections = await Promise.all(markdownSections(files).map(async (s) => ({ ...s, html: await renderMarkdown(s.body, s.data) })));
  const first = sections[0];
  const kind = pageAt(site(), lang, spec.path)?.kind;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const title =
    kind === 'chapter' && first?.title ? titles.chapter(lang, { number: Number(first.data.number), title: first.title }).title
    : kind === 'task' && first ? titles.task(lang, { number: Number(first.data.number), shortTitle: str(first.data.shortTitle) || str(first.data.title) }).title
    : history.title;
  const past: PastVersion = { title, sections: spec.kind === 'markdown' ? sections : [] };
  if (spec.kind === 'targets') past.targets = pastTargets(lang, files);
  if (spec.kind === 'survey') {
    const html = new Map(sections.map((s) => [s.path, s.html]));
    past.survey = pastSurvey(files, (s) => html.get(s.path) ?? '');
  }
  if (spec.kind === 'glossary') past.glossary = pastGlossary(files);
  if (spec.kind === 'source') {
    const id = pageAt(site(), lang, spec.path)?.parts.find((p) => p.kind === 'source');
    const meta = id?.kind === 'source' ? site().sources.get(id.id)?.meta : undefined;
    past.source = { lines: sourceLines(files), lang: meta?.lang === 'en' ? 'en' : 'zh' };
  }
  return past;
}
