/**
 * The staff preview's content-problems banner (`npm run dev` only): the same problems as
 * `npm run check`, shown at the top of every page in the browser, each with file:line, field and
 * what was expected, in Chinese first and English second.
 *
 * Pure: problems in, HTML out. It is injected into dev responses by src/integrations/content-guard.ts;
 * built pages never contain it (a build with problems stops before writing a page), and it has no
 * script, so it changes nothing for the Content-Security-Policy.
 */
import type { Problem } from '../checker/types.ts';
import { t } from '../i18n/index.ts';
import { escapeHtml } from '../lib/html.ts';
import { htmlLang } from '../i18n/lang.ts';
import { englishCount } from '../lib/format.ts';

/** The banner's element id (tests and the skip link look for it). */
export const BANNER_ID = 'content-problems';


// Self-contained styles: the banner must read well on any page, including Astro's own error pages.
// Large text, black on pale yellow (contrast > 15:1), thick dark-red border, visible focus ring.
const STYLE = `
#${BANNER_ID}{all:initial;display:block;box-sizing:border-box;margin:0;padding:1rem 1.25rem 1.25rem;
  background:#fff7e0;color:#1a1a1a;border:6px solid #9b1c1c;font:20px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
  position:relative;z-index:2147483647}
#${BANNER_ID}:focus{outline:4px solid #1a1a1a;outline-offset:-10px}
#${BANNER_ID} *{font:inherit;color:inherit;box-sizing:border-box}
#${BANNER_ID} h2{display:block;margin:0 0 .5rem;font-size:1.3em;font-weight:700;line-height:1.4}
#${BANNER_ID} h2 span{display:block}
#${BANNER_ID} p{display:block;margin:.25rem 0}
#${BANNER_ID} ol{display:block;margin:.75rem 0 0;padding:0 0 0 1.75em;list-style:decimal}
#${BANNER_ID} li{display:list-item;margin:0 0 .75rem;padding:.5rem .75rem;background:#fff;border-left:6px solid #9b1c1c}
#${BANNER_ID} .where{font-weight:700}
#${BANNER_ID} code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.95em;overflow-wrap:anywhere}
`.replace(/\n\s*/g, '');

const zhEn = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => ({
  zh: t('zh', key, vars),
  en: t('en', key, vars),
});

function problemItem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  const field = p.field
    ? ` · ${escapeHtml(t('zh', 'devBanner.field'))} / ${escapeHtml(t('en', 'devBanner.field'))} <code>${escapeHtml(p.field)}</code>`
    : '';
  return (
    `<li><p class="where"><code>${escapeHtml(where)}</code>${field}</p>` +
    `<p lang="${htmlLang('zh')}">${escapeHtml(p.zh)}</p>` +
    `<p lang="${htmlLang('en')}">${escapeHtml(p.en)}</p></li>`
  );
}

/** The counts the banner's heading gives: a number in Chinese, "one problem" / "3 problems" in English. */
export const headingCounts = (n: number) => ({ count: n, problems: englishCount(n, 'problem') });

/**
 * The banner's HTML for `problems`, or '' when there are none. One `role="alert"` region, labelled
 * by its heading, focusable (tabindex 0: the first Tab stop of the page), listing every problem.
 */
export function contentProblemsBanner(problems: readonly Problem[]): string {
  if (!problems.length) return '';
  const heading = zhEn('devBanner.heading', headingCounts(problems.length));
  const help = zhEn('devBanner.help');
  return (
    `<section id="${BANNER_ID}" role="alert" aria-labelledby="${BANNER_ID}-title" tabindex="0">` +
    `<style>${STYLE}</style>` +
    `<h2 id="${BANNER_ID}-title"><span lang="${htmlLang('zh')}">${escapeHtml(heading.zh)}</span><span lang="${htmlLang('en')}">${escapeHtml(heading.en)}</span></h2>` +
    `<p lang="${htmlLang('zh')}">${escapeHtml(help.zh)}</p>` +
    `<p lang="${htmlLang('en')}">${escapeHtml(help.en)}</p>` +
    `<ol>${problems.map(problemItem).join('')}</ol>` +
    `</section>`
  );
}

/** `html` with `banner` placed right after the opening `<body>` tag (or first, when there is none). */
export function injectBanner(html: string, banner: string): string {
  if (!banner) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return banner + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + banner + html.slice(at);
}
