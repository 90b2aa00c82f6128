/** /zh/rss.xml and /en/rss.xml: the site's revisions (src/pages/[lang]/revisions.astro) as an RSS feed. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { LANGS, type Lang } from '../../lib/schemas.ts';
import { pageUrl, paths } from '../../model/routes.ts';
import { history } from '../../queries/revision-queries.ts';
import { historyLink } from '../../queries/history-queries.ts';
import { eventId } from '../../lib/revisions.ts';
import { t } from '../../i18n/index.ts';
import { escapeHtml } from '../../lib/html.ts';
import { htmlLang } from '../../i18n/lang.ts';

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? new URL('https://kjcx.example');
  const siteTitle = t(lang, 'site.title');
  const events = await history(lang);
  return rss({
    title: t(lang, 'feed.title', { site: siteTitle }),
    description: t(lang, 'feed.description', { site: siteTitle }),
    site: new URL(pageUrl(base, lang, paths.home), site).href,
    customData: `<language>${htmlLang(lang)}</language>`,
    items: await Promise.all(events.map(async (e) => {
      const link = new URL(pageUrl(base, lang, e.path), site).href;
      // Each item links to the history page showing the change (issue 12), when the build has history.
      const changes = e.kind === 'site' ? undefined : await historyLink(lang, e.path, e.note);
      const changesUrl = changes && new URL(pageUrl(base, lang, changes), site).href;
      const title =
        e.kind === 'site' ? t(lang, 'revisions.site') : e.kind === 'page' ? `${t(lang, 'revisions.page')}${t(lang, 'label.sep')}${e.title}` : `${e.title}${t(lang, 'revisions.noteSep')}${e.note}`;
      return {
        title,
        link,
        pubDate: new Date(`${e.date}T00:00:00+08:00`),
        description: changesUrl ? `<p>${escapeHtml(title)}</p><p><a href="${escapeHtml(changesUrl)}">${escapeHtml(t(lang, 'feed.history'))}</a></p>` : title,
        customData: `<guid isPermaLink="false">${new URL(pageUrl(base, lang, paths.revisions), site).href}#${eventId(e)}</guid>`,
      };
    })),
  });
}

