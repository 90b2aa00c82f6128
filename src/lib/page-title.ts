/**
 * Page titles (<title>) that fit browser tabs and search results: at most TITLE_MAX characters.
 * The page's own title comes first, then a short site name (i18n `site.tabName`) when both fit; the
 * full site name stays in the page header. A page title too long by itself gives way to a shorter
 * form of it (a Part's short title, "Part 1"; a glossary term's `short` form), used whole. Only when no
 * form fits is the last one cut at a word boundary (or, in Chinese, between characters), ending with
 * "…": no page's <title> is ever longer than TITLE_MAX (tests/browser/titles.test.ts reads every
 * built page). A long glossary term without a `short` form is therefore cut in the tab, never refused:
 * the page itself shows it whole (docs/editing-guide.*.md, glossary).
 */
import { escapeHtml } from './html.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from './schemas.ts';

export const TITLE_MAX = 70;
const SEP = ' - ';
const ELLIPSIS = '…';

/**
 * Length of a title in characters as it is written in the page's HTML: a character written as a
 * character reference counts as that reference ("R&D" is "R&amp;D", 7), in UTF-16 units — as
 * html-validate's `long-title` counts it (tests/browser/html-validate.test.ts). Never fewer than the
 * characters a reader sees (an apostrophe counts as &apos;, one more than Astro's &#39;), so a title
 * within TITLE_MAX by this count is within it in the HTML and for readers too.
 */
export const titleLength = (s: string) => escapeHtml(s).length;

/** Cut `text` to at most `max` characters, ending with "…" when anything was cut. */
export function fitText(text: string, max: number): string {
  if (titleLength(text) <= max) return text;
  // The longest start that leaves room for "…".
  let cut = '';
  for (const ch of text) {
    if (titleLength(cut + ch) > max - titleLength(ELLIPSIS)) break;
    cut += ch;
  }
  // Prefer a word boundary for spaced (e.g. English) text, unless it would drop more than a third.
  const space = cut.lastIndexOf(' ');
  if (space > (cut.length * 2) / 3) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,:;、，：；-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * Page titles of up to this many characters always keep the site name beside them: a short site name
 * (i18n `site.tabName`) must leave this much room (tests/unit/content.test.ts).
 */
export const MIN_OWN_TITLE = 24;

export interface TitleOptions {
  /**
   * Shorter forms of the page's title, most descriptive first (e.g. "Part 1: Review of …", then
   * "Part 1"), tried in turn when the title does not fit: a form is used whole or not at all.
   */
  shorter?: readonly string[];
  /** Between the page's title and the site name (i18n `title.sep`: " – " in English). */
  sep?: string;
  /** The site name's closing words, left out beside a title that ends with them (see siteNameBeside). */
  closing?: string;
  max?: number;
}

/**
 * The site name as it stands beside a page's title: without its closing words when the title already
 * ends with them, so that a tab never says them twice. The closing words are `closing` when the site
 * name ends with them (the document's name: "起草说明", "Drafting Notes"), else what follows the site
 * name's last ": ". The site name "Jindong Innovation Plan: Drafting Notes" beside the page "Drafting
 * Notes" (or "Glossary: Drafting Notes") is "Jindong Innovation Plan"; "金东区…规划起草说明" beside
 * "起草说明" (or "术语：起草说明") is "金东区…规划". The title must end with the whole closing words,
 * after a space, a colon or a closing title mark 》 ("ProtoDrafting Notes" keeps the full site name).
 */
export function siteNameBeside(title: string, siteName: string, closing?: string): string {
  let stem: string;
  let tail: string;
  if (closing && siteName.endsWith(closing) && siteName.length > closing.length) {
    tail = closing;
    stem = siteName.slice(0, -closing.length).replace(/(: |：|:)$/u, '');
  } else {
    const at = siteName.lastIndexOf(': ');
    if (at <= 0) return siteName;
    tail = siteName.slice(at + 2);
    stem = siteName.slice(0, at);
  }
  if (title === tail) return stem;
  if (!title.endsWith(tail)) return siteName;
  const before = title.slice(0, -tail.length);
  return /(\s|:|：|》)$/u.test(before) ? stem : siteName;
}

/**
 * `<title>` of a page: "Page title - Site" when the whole fits (the site name without the closing
 * words the title already ends with: siteNameBeside). Otherwise the first form of the
 * title (the title itself, then its `shorter` forms) that fits, beside the site name when there is
 * room, else alone: the page's own title matters more in a tab and in search results than the site
 * name, which the page itself shows. Only when no form fits is the last one cut to fit ("…").
 */
export function pageTitle(title: string, siteName: string, options: TitleOptions = {}): string {
  const { shorter = [], sep = SEP, max = TITLE_MAX, closing } = options;
  const forms = [title, ...shorter];
  const fits = forms.find((f) => titleLength(f) <= max);
  if (fits === undefined) return fitText(forms.at(-1)!, max);
  const withSite = `${fits}${sep}${siteNameBeside(fits, siteName, closing)}`;
  return titleLength(withSite) <= max ? withSite : fits;
}

/** `<title>` of a home page: the first of the candidate names that fits (full name first), else cut. */
export function homeTitle(names: string[], max = TITLE_MAX): string {
  const fits = names.find((n) => titleLength(n) <= max);
  return fits ?? fitText(names.at(-1) ?? '', max);
}

/**
 * The site's `<title>` of a page, in one place (src/layouts/Base.astro, and the tests that check it):
 * the home page's first name that fits; any other page's title beside the short site name, without the
 * document's name twice (the site name's closing words, i18n `notes.title`).
 */
export function documentTitle(lang: Lang, page: { path: string; title: string; tabTitles?: readonly string[]; home?: boolean }): string {
  if (page.home) return homeTitle([t(lang, 'site.title'), t(lang, 'site.shortTitle'), t(lang, 'site.tabName')]);
  return pageTitle(page.title, t(lang, 'site.tabName'), { shorter: page.tabTitles ?? [], sep: t(lang, 'title.sep'), closing: t(lang, 'notes.title') });
}
