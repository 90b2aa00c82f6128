/**
 * The site's two languages as the web writes them, in one place: the language tag of each
 * (`lang="…"`, `hreflang="…"`, the RSS `<language>`, the sitemap's alternates) and the other
 * language of a page; and the few pieces of language code builds text with (the Chinese list
 * separator, a field or a note in the reader's language). No imports at run time: browser code uses it too.
 */
import type { Lang } from '../lib/schemas.ts';

/** The language tag (BCP 47) of each site language. */
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/** The language tag of `lang`: `zh-CN` or `en`. */
export const htmlLang = (lang: Lang): (typeof HTML_LANG)[Lang] => HTML_LANG[lang];

/** The site's other language: zh ↔ en. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** The Chinese enumeration comma (顿号) between the items of a list: 甲、乙、丙. */
export const ZH_LIST_SEP = '、';

/** The separator between the items of a list written inline: 、 in Chinese, `en` (', ' unless told) in English. */
export const listSep = (lang: Lang, en = ', '): string => (lang === 'zh' ? ZH_LIST_SEP : en);

/**
 * A field of a record written in Chinese with its English under `en` (an official text's entry in
 * sources/manifest.yaml): `meta.title` in Chinese, `meta.en.title` in English.
 */
/** A note written as `note` (Chinese) and `en` (English), e.g. a correction of an official text (sources/manifest.yaml), in `lang`. */
export const noteIn = <T>(lang: Lang, record: { note: T; en: T }): T => (lang === 'zh' ? record.note : record.en);

export function inLangOf<T extends { en: object }, K extends keyof T & keyof T['en']>(lang: Lang, record: T, key: K): T[K] | T['en'][K] {
  const en: T['en'] = record.en;
  return lang === 'zh' ? record[key] : en[key];
}
