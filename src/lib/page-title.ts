/**
 * Page titles (<title>) that fit browser tabs and search results: at most TITLE_MAX characters.
 * The page's own title comes first, then a short site name (i18n `site.tabName`); the full site
 * name stays in the page header. A title too long to fit is cut at a word boundary (or, in
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

/** Below this many characters left for the page's own title, the site name is left out instead. */
export const MIN_OWN_TITLE = 24;

/**
 * `<title>` of a page: "Page title - Site". When the whole would not fit, the page title is shortened;
 * if that would leave it fewer than MIN_OWN_TITLE characters, the site name is left out (the page's
 * own title matters more in a tab) and the page title alone is fitted.
 */
export function pageTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const whole = `${title}${SEP}${siteName}`;
  if (titleLength(whole) <= max) return whole;
  const room = max - titleLength(SEP) - titleLength(siteName);
  if (room < MIN_OWN_TITLE) return fitText(title, max);
  return `${fitText(title, room)}${SEP}${siteName}`;
}

/** `<title>` of a home page: the first of the candidate names that fits (full name first), else cut. */
export function homeTitle(names: string[], max = TITLE_MAX): string {
  const fits = names.find((n) => titleLength(n) <= max);
  return fits ?? fitText(names.at(-1) ?? '', max);
}
