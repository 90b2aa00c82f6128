/**
 * What /admin/ says when the browser editor is not connected to a Git host (no PLAN_CMS_ setting at
 * build time, src/lib/site-settings.ts): in plain words and both languages, what to set and where, and
 * that `npm run dev` in Chromium can edit a copy of the repository on this computer instead.
 * The admin page (editor's) shows `cmsSetupHelpHtml()`; docs/deploy.md says the same at length.
 */
import { CMS_SETTING_VARS } from './site-settings.ts';
import type { Lang } from './schemas.ts';
import { htmlLang } from '../i18n/lang.ts';
import { t } from '../i18n/index.ts';

export interface CmsSetupRow {
  variable: string;
  meaning: string;
  example: string;
}

export interface CmsSetupHelp {
  lang: Lang;
  title: string;
  intro: string;
  /** Caption of the settings table. */
  caption: string;
  columns: [string, string, string];
  rows: CmsSetupRow[];
  /** Where the settings go and what happens next. */
  after: string;
  localTitle: string;
  local: string;
}

const V = CMS_SETTING_VARS;

/** The help in `lang`: its words are the admin.setup.* interface strings (src/i18n/). */
function help(lang: Lang): CmsSetupHelp {
  const w = (key: 'title' | 'intro' | 'caption' | 'colVariable' | 'colMeaning' | 'colExample' | 'backend' | 'repo' | 'branch' | 'baseUrl' | 'appId' | 'appIdExample' | 'after' | 'localTitle' | 'local') =>
    t(lang, `admin.setup.${key}`);
  return {
    lang,
    title: w('title'),
    intro: w('intro'),
    caption: w('caption'),
    columns: [w('colVariable'), w('colMeaning'), w('colExample')],
    rows: [
      { variable: V.backend, meaning: w('backend'), example: 'gitlab' },
      { variable: V.repo, meaning: w('repo'), example: 'kjj/kjcx-plan' },
      { variable: V.branch, meaning: w('branch'), example: 'main' },
      { variable: V.baseUrl, meaning: w('baseUrl'), example: 'https://git.example.gov.cn' },
      { variable: V.appId, meaning: w('appId'), example: w('appIdExample') },
    ],
    after: w('after'),
    localTitle: w('localTitle'),
    local: w('local'),
  };
}

const HELP: Record<Lang, CmsSetupHelp> = { zh: help('zh'), en: help('en') };

export const cmsSetupHelp = (lang: Lang): CmsSetupHelp => HELP[lang];

/**
 * Both languages as one HTML fragment (Chinese first), for the admin page. Every text is written
 * above, none comes from input, and none contains markup characters (tests/unit/cms-settings.test.ts
 * checks), so nothing needs escaping.
 */
export function cmsSetupHelpHtml(): string {
  return (['zh', 'en'] as const)
    .map((lang) => {
      const h = HELP[lang];
      const rows = h.rows.map((r) => `<tr><th scope="row"><code>${r.variable}</code></th><td>${r.meaning}</td><td><code>${r.example}</code></td></tr>`).join('');
      return (
        `<section lang="${htmlLang(lang)}" class="cms-setup" aria-labelledby="cms-setup-${lang}">` +
        `<h2 id="cms-setup-${lang}">${h.title}</h2><p>${h.intro}</p>` +
        `<table><caption>${h.caption}</caption><thead><tr>${h.columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>` +
        `<p>${h.after}</p><h3>${h.localTitle}</h3><p>${h.local}</p></section>`
      );
    })
    .join('');
}
