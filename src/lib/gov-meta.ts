/**
 * The page metadata Chinese government websites carry in <head> (《政府网站发展指引》, 网页设置规范):
 * `<meta name="SiteName">` and the rest. Pure: Base.astro gathers the values from the site settings
 * (src/lib/site-settings.ts, the deployment's environment) and the page model (src/model/pages.ts),
 * and this turns them into the tags. A value that is not known is left out with its tag: nothing is
 * guessed (no site identification code, no domain, no date the page model does not give).
 */

/** The tag names, in the order the guidelines list them. */
export const GOV_META_NAMES = ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Description'] as const;
export type GovMetaName = (typeof GOV_META_NAMES)[number];

export interface GovMetaInput {
  /** 网站名称 (i18n `site.title`). */
  siteName: string;
  /** The site's own address, only when the deployment sets it (PLAN_SITE): its host is the SiteDomain. */
  siteUrl?: string | undefined;
  /** 网站标识码 (PLAN_SITE_CODE). */
  siteCode?: string | undefined;
  /** 栏目名称: the main section the page is in (its name in the site's menu). */
  column?: string | undefined;
  /** On an article page (a page of content, not a list or the home page): its title, date and sources. */
  article?:
    | {
        title: string;
        /** YYYY-MM-DD: the date the page was published on this website. */
        published?: string | undefined;
        /** The official texts the page's content is taken from (their titles). */
        sources?: readonly string[];
      }
    | undefined;
  /** Keywords: the glossary terms the page uses. */
  keywords?: readonly string[];
  description?: string | undefined;
}

/**
 * Between the items of a list tag (Keywords, ContentSource): a comma, as the guidelines write it; in
 * English a semicolon, since English terms and titles may hold commas.
 */
export const GOV_META_LIST_SEP = { zh: ',', en: '; ' } as const;

/** The host of a site address, or undefined when it is not set or not an address. */
export function siteDomain(siteUrl: string | undefined): string | undefined {
  const value = siteUrl?.trim();
  if (!value) return undefined;
  try {
    return new URL(value).host || undefined;
  } catch {
    return undefined;
  }
}

/** The government <meta> tags of one page, in the guidelines' order; only those with a value. */
export function govMeta(input: GovMetaInput, listSep: string = GOV_META_LIST_SEP.zh): { name: GovMetaName; content: string }[] {
  const { article } = input;
  const values: Record<GovMetaName, string | undefined> = {
    SiteName: input.siteName,
    SiteDomain: siteDomain(input.siteUrl),
    SiteIDCode: input.siteCode,
    ColumnName: input.column,
    ArticleTitle: article?.title,
    PubDate: article?.published,
    ContentSource: article?.sources?.length ? [...new Set(article.sources)].join(listSep) : undefined,
    Keywords: input.keywords?.length ? [...new Set(input.keywords)].join(listSep) : undefined,
    Description: input.description,
  };
  return GOV_META_NAMES.flatMap((name) => {
    const content = values[name]?.replace(/\s+/g, ' ').trim();
    return content ? [{ name, content }] : [];
  });
}
