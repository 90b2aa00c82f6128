/**
 * The site's two languages as the web writes them, in one place: the language tag of each
 * (`lang="…"`, `hreflang="…"`, the RSS `<language>`, the sitemap's alternates) and the other
 * language of a page. No strings, no imports at run time: browser code uses it too.
 */
import type { Lang } from '../lib/schemas.ts';

/** The language tag (BCP 47) of each site language. */
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/** The language tag of `lang`: `zh-CN` or `en`. */
export const htmlLang = (lang: Lang): (typeof HTML_LANG)[Lang] => HTML_LANG[lang];

/** The site's other language: zh ↔ en. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
