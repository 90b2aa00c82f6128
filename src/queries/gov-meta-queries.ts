/**
 * The values of a page's government <meta> tags (src/lib/gov-meta.ts), read from the page model
 * (src/model/pages.ts) and the content it is made of: the page's section in the menu, whether it is an
 * article page, the official texts its parts come from and the glossary terms its text uses.
 */
import type { Lang } from '../lib/schemas.ts';
import { pageUrl, paths, type PageKind } from '../model/routes.ts';
import { pageAt, sectionOf, type Part } from '../model/pages.ts';
import { t } from '../i18n/index.ts';
import { site } from './site-queries.ts';
import { termInfos } from './term-queries.ts';
import type { GovMetaInput } from '../lib/gov-meta.ts';
import { inLangOf } from '../i18n/lang.ts';

type Ref = { document?: string } | undefined;

/** The ids of the official texts one part of a page comes from (English entries: their Chinese counterpart's). */
function partSources(part: Part): string[] {
  const content = site();
  const zhOf = (e: { collection: keyof typeof content.entries; name: string; lang: Lang; data: Record<string, unknown> }) =>
    e.lang === 'zh' ? e : content.entries[e.collection].find((x) => x.lang === 'zh' && x.name === e.name);
  const ref = (r: unknown) => (r as Ref)?.document;
  switch (part.kind) {
    case 'entry':
      return [ref(zhOf(part.entry)?.data.source)].filter((d): d is string => !!d);
    case 'survey':
      return [ref(content.surveyData?.data.source), ...part.entries.map((e) => ref(zhOf(e)?.data.source))].filter((d): d is string => !!d);
    case 'targets':
      return [ref(content.targetData?.data.source)].filter((d): d is string => !!d);
    case 'source':
      return [part.id];
    case 'glossary':
    case 'tasks':
    case 'chapters':
      return [];
  }
}

/**
 * What a page's government <meta> tags say, but for the site settings: its column, and on article
 * pages its title, publication date, sources and keywords. A page's history is a column page (no
 * article tags: it is not the current text); the pages the model does not have (past versions, the
 * not-found page) get the site's tags only.
 */
export async function govMetaOfPage(
  lang: Lang,
  path: string,
  kind: PageKind,
  known: { published?: string | undefined; description?: string | undefined },
): Promise<Omit<GovMetaInput, 'siteName' | 'siteUrl' | 'siteCode'>> {
  const page = kind === 'not-found' ? undefined : pageAt(site(), lang, path);
  if (!page) return {};
  const section = sectionOf(path);
  const column = section ? t(lang, section.key) : undefined;
  // Column pages (the home page, lists, a page's history) have no article tags (the model's `column`).
  if (page.column) return { column, description: known.description };
  const docs = site().sources;
  const sources = [...new Set(page.parts.flatMap(partSources))].flatMap((id) => {
    const meta = docs.get(id)?.meta;
    return meta ? [inLangOf(lang, meta, 'title')] : [];
  });
  const base = import.meta.env.BASE_URL;
  const url = pageUrl(base, lang, path);
  const terms = await termInfos(lang, base);
  const keywords =
    page.kind === 'term'
      ? terms.filter((x) => pageUrl(base, lang, paths.term(x.term.id)) === url).map((x) => x.term[lang])
      : terms.filter((x) => x.pages.includes(url)).map((x) => x.term[lang]);
  return { column, article: { title: page.title, published: known.published, sources }, keywords, description: known.description };
}
