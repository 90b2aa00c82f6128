/**
 * Page titles (<title>) that fit browser tabs and search results: at most TITLE_MAX characters.
 * The page's own title comes first, then a short site name (i18n `site.tabName`) when both fit; the
 * full site name stays in the page header. A page title too long by itself is cut at a word boundary
 * (or, in Chinese, between characters) and ends with "…".
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

/**
 * `<title>` of a page: "Page title - Site" when the whole fits. Otherwise the page's own title alone
 * (it matters more in a tab and in search results than the site name, which the page itself shows),
 * cut to fit only when it is longer than the limit by itself.
 */
export function pageTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const whole = `${title}${SEP}${siteName}`;
  if (titleLength(whole) <= max) return whole;
  return fitText(title, max);
}

/** `<title>` of a home page: the first of the candidate names that fits (full name first), else cut. */
export function homeTitle(names: string[], max = TITLE_MAX): string {
  const fits = names.find((n) => titleLength(n) <= max);
  return fits ?? fitText(names.at(-1) ?? '', max);
}
