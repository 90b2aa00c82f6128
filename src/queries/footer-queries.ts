/**
 * What the site footer shows (src/components/Footer.astro): the official texts the content comes from
 * (every document of sources/manifest.yaml), whether the plan's full text is still not published, and
 * the government-site fields set at build time (src/lib/site-settings.ts).
 */
import type { Lang } from '../lib/schemas.ts';
import { footerFields, readSettings, type FooterField } from '../lib/site-settings.ts';
import { sourceDocuments } from './source-queries.ts';
import { hasSummaries } from './statement-queries.ts';
import { inLangOf } from '../i18n/lang.ts';

export interface FooterData {
  /** The official texts, each with its title in the page's language. */
  sources: { id: string; title: string }[];
  /** While any Part or task is only a summary, every page says that the plan's full text is not here. */
  notPublished: boolean;
  fields: FooterField[];
}

let settings: ReturnType<typeof readSettings> | undefined;

/** The government-site settings of this build (the PLAN_* variables, src/lib/site-settings.ts), read once. */
export function siteSettings(): ReturnType<typeof readSettings> {
  return (settings ??= readSettings(process.env));
}

export async function footerData(lang: Lang): Promise<FooterData> {
  return {
    sources: sourceDocuments().map((d) => ({ id: d.meta.id, title: inLangOf(lang, d.meta, 'title') })),
    notPublished: await hasSummaries(),
    fields: footerFields(lang, siteSettings()),
  };
}
