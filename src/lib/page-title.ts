/**
 * Page titles (<title>) that fit browser tabs and search results: at most TITLE_MAX characters.
 * The page's own title comes first, then a short site name (i18n `site.tabName`) when both fit; the
 * full site name stays in the page header. A page title too long by itself gives way to a shorter
 * form of it (a Part's short title, "Part 1"), used whole; a formal name (a glossary term) is never
 * cut, even over the limit. Only a title with no shorter form is cut at a word boundary (or, in
 * Chinese, between characters) and ends with "…".
 */
export const TITLE_MAX = 70;
const SEP = ' - ';
const ELLIPSIS = '…';

/** Length in characters as readers count them (code points, not UTF-16 units). */
export const titleLength = (s: string) => [...s].length;

/** Cut `text` to at most `max` characters, ending with "…" when anything was cut. */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, Math.max(0, max - 1)).join('');
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
  /**
   * The last form is a formal name (a glossary term): it is never cut, and is shown whole even when
   * it is longer than the limit by itself — the one kind of title allowed over `max`.
   */
  keepWhole?: boolean;
  /** Between the page's title and the site name (i18n `title.sep`: " – " in English). */
  sep?: string;
  max?: number;
}

/**
 * `<title>` of a page: "Page title - Site" when the whole fits. Otherwise the first form of the
 * title (the title itself, then its `shorter` forms) that fits, beside the site name when there is
 * room, else alone: the page's own title matters more in a tab and in search results than the site
 * name, which the page itself shows. Only when no form fits is the last one cut to fit ("…") — or,
 * for a formal name (`keepWhole`), shown whole.
 */
export function pageTitle(title: string, siteName: string, options: TitleOptions = {}): string {
  const { shorter = [], keepWhole = false, sep = SEP, max = TITLE_MAX } = options;
  const forms = [title, ...shorter];
  const fits = forms.find((f) => titleLength(f) <= max);
  if (fits === undefined) return keepWhole ? forms.at(-1)! : fitText(forms.at(-1)!, max);
  const withSite = `${fits}${sep}${siteName}`;
  return titleLength(withSite) <= max ? withSite : fits;
}

/** `<title>` of a home page: the first of the candidate names that fits (full name first), else cut. */
export function homeTitle(names: string[], max = TITLE_MAX): string {
  const fits = names.find((n) => titleLength(n) <= max);
  return fits ?? fitText(names.at(-1) ?? '', max);
}
