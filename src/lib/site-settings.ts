/**
 * Site settings that are not content: the fields Chinese government websites show in their footer
 * (主办单位, 网站标识码, ICP备案号, 公安备案号, contact details). None of them is in the source
 * document, so none has a default: each is read from an environment variable at build time and the
 * footer shows it only when it is set (documented in docs/deploy.md).
 */
import type { Lang } from './schemas.ts';
import { englishCount } from './format.ts';
import { ZH_LIST_SEP } from '../i18n/lang.ts';

/** Setting → environment variable. Text settings in both languages have a _ZH and an _EN variable. */
export const SETTING_VARS = {
  organizerZh: 'PLAN_ORGANIZER_ZH',
  organizerEn: 'PLAN_ORGANIZER_EN',
  siteCode: 'PLAN_SITE_CODE',
  icp: 'PLAN_ICP',
  psb: 'PLAN_PSB',
  phone: 'PLAN_CONTACT_PHONE',
  email: 'PLAN_CONTACT_EMAIL',
  addressZh: 'PLAN_CONTACT_ADDRESS_ZH',
  addressEn: 'PLAN_CONTACT_ADDRESS_EN',
} as const;
export type SettingName = keyof typeof SETTING_VARS;

export interface LocalText {
  text: string;
  /** The language the text is written in (an English page shows the Chinese text when no English is set). */
  lang: Lang;
}

export interface FooterField {
  key: 'organizer' | 'siteCode' | 'icp' | 'psb' | 'phone' | 'email' | 'address';
  value: LocalText;
  href?: string;
}

/** The registers the two record numbers can be looked up in (standard links on government sites). */
export const ICP_REGISTER = 'https://beian.miit.gov.cn/';
export const psbRegister = (psb: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${psb.replace(/\D/g, '')}`;

/** Settings read from `env`; empty values count as not set. Throws, naming the variable, on a malformed one. */
export function readSettings(env: Record<string, string | undefined>): Partial<Record<SettingName, string>> {
  const out: Partial<Record<SettingName, string>> = {};
  for (const [name, variable] of Object.entries(SETTING_VARS) as [SettingName, string][]) {
    const v = env[variable]?.trim();
    if (v) out[name] = v;
  }
  if (out.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out.email)) {
    throw new Error(`${SETTING_VARS.email} is "${out.email}": expected an e-mail address such as name@example.gov.cn`);
  }
  if (out.phone && !/^[0-9+()\-\s]+$/.test(out.phone)) {
    throw new Error(`${SETTING_VARS.phone} is "${out.phone}": expected a telephone number (digits, spaces, + ( ) -), e.g. 0579-12345678`);
  }
  return out;
}

/** The footer fields of one language, in display order; only those that are set. */
export function footerFields(lang: Lang, settings: Partial<Record<SettingName, string>>): FooterField[] {
  const local = (zh?: string, en?: string): LocalText | undefined =>
    lang === 'en' && en ? { text: en, lang: 'en' } : zh ? { text: zh, lang: 'zh' } : en ? { text: en, lang: 'en' } : undefined;
  const plain = (v?: string): LocalText | undefined => (v ? { text: v, lang } : undefined);
  const fields: (FooterField | undefined)[] = [
    withValue('organizer', local(settings.organizerZh, settings.organizerEn)),
    withValue('siteCode', plain(settings.siteCode)),
    withValue('icp', local(settings.icp), ICP_REGISTER),
    withValue('psb', local(settings.psb), settings.psb && psbRegister(settings.psb)),
    withValue('phone', plain(settings.phone), settings.phone && `tel:${settings.phone.replace(/[^\d+]/g, '')}`),
    withValue('email', plain(settings.email), settings.email && `mailto:${settings.email}`),
    withValue('address', local(settings.addressZh, settings.addressEn)),
  ];
  return fields.filter((f): f is FooterField => !!f);
}

function withValue(key: FooterField['key'], value: LocalText | undefined, href?: string): FooterField | undefined {
  return value && { key, value, ...(href ? { href } : {}) };
}

// ─── The browser editor's Git host (/admin/, docs/deploy.md "Publish from the browser") ───────────────

/** CMS setting → environment variable (board contract 4). */
export const CMS_SETTING_VARS = {
  backend: 'PLAN_CMS_BACKEND',
  repo: 'PLAN_CMS_REPO',
  branch: 'PLAN_CMS_BRANCH',
  baseUrl: 'PLAN_CMS_BASE_URL',
  appId: 'PLAN_CMS_APP_ID',
} as const;
export type CmsSettingName = keyof typeof CMS_SETTING_VARS;

/** The hosts the editor publishes through. Forgejo and Gitea share Sveltia CMS's `gitea` backend. */
export const CMS_BACKENDS = ['gitlab', 'forgejo', 'gitea', 'github'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

export interface CmsSettings {
  backend: CmsBackendName;
  /** `owner/name` (`group/subgroup/name` on GitLab). */
  repo: string;
  branch: string;
  /** The Git host's own address, without a trailing slash (`https://github.com` when not set for GitHub). */
  baseUrl: string;
  /** OAuth application id (browser sign-in with PKCE); GitHub signs in with a token and has none. */
  appId?: string;
}

/** One wrong setting: the variable, what it holds, and what was expected, in both languages. */
export interface CmsSettingProblem {
  variable: string;
  en: string;
  zh: string;
}

export class CmsSettingsError extends Error {
  readonly problems: CmsSettingProblem[];
  constructor(problems: CmsSettingProblem[]) {
    super(formatCmsSettingProblems(problems));
    this.name = 'CmsSettingsError';
    this.problems = problems;
  }
}

export function formatCmsSettingProblems(problems: readonly CmsSettingProblem[]): string {
  return [
    `浏览器编辑器的设置有${problems.length}处错误（环境变量，见 docs/deploy.md “在浏览器中发布”）：/ ` +
      `The browser editor's settings have ${englishCount(problems.length, 'problem')} (environment variables, see docs/deploy.md "Publish from the browser"):`,
    ...problems.map((p) => `  ${p.variable}\n    ${p.zh}\n    ${p.en}`),
  ].join('\n');
}

const HOST_LABEL: Record<CmsBackendName, string> = { gitlab: 'GitLab', forgejo: 'Forgejo', gitea: 'Gitea', github: 'GitHub' };
/** Backends that sign in in the browser with PKCE and so need the host's address and an OAuth application id. */
const PKCE_BACKENDS: readonly CmsBackendName[] = ['gitlab', 'forgejo', 'gitea'];
/** Backends on which Sveltia CMS has its editorial workflow (draft → in review → ready → publish). */
export const WORKFLOW_BACKENDS: readonly CmsBackendName[] = ['gitlab', 'github'];
// A git branch name as `git check-ref-format --branch` accepts it (the common subset).
const BRANCH = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/\.|\.lock(?:\/|$)))[^\s~^:?*[\\\x00-\x1f\x7f]+(?<![./])$/;
const REPO_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * The editor's Git host settings from `env`, or undefined when none of them is set (the admin page
 * then explains what to set: src/lib/cms-setup.ts). Throws a CmsSettingsError naming every wrong or
 * missing variable when some are set.
 */
export function readCmsSettings(env: Record<string, string | undefined>): CmsSettings | undefined {
  const raw = Object.fromEntries(
    (Object.entries(CMS_SETTING_VARS) as [CmsSettingName, string][]).map(([name, variable]) => [name, env[variable]?.trim() || undefined]),
  ) as Partial<Record<CmsSettingName, string>>;
  if (!Object.values(raw).some(Boolean)) return undefined;
  const problems: CmsSettingProblem[] = [];
  const add = (name: CmsSettingName, en: string, zh: string) => problems.push({ variable: CMS_SETTING_VARS[name], en, zh });
  const shown = (v: string) => `"${v}"`;

  const backend = raw.backend?.toLowerCase() as CmsBackendName | undefined;
  if (!raw.backend) {
    add('backend', `not set; expected one of ${CMS_BACKENDS.join(', ')} (the other PLAN_CMS_ settings are set)`, `未设置；应为 ${CMS_BACKENDS.join(ZH_LIST_SEP)} 之一（其他 PLAN_CMS_ 设置已经设置）`);
  } else if (!CMS_BACKENDS.includes(backend!)) {
    add('backend', `is ${shown(raw.backend)}; expected one of ${CMS_BACKENDS.join(', ')}`, `当前为 ${shown(raw.backend)}；应为 ${CMS_BACKENDS.join(ZH_LIST_SEP)} 之一`);
  }
  const known = backend && CMS_BACKENDS.includes(backend) ? backend : undefined;

  const segments = raw.repo?.split('/') ?? [];
  // Subgroups exist on GitLab only; with an unknown backend only the backend is reported.
  const nested = known === 'gitlab' || !known;
  if (!raw.repo) {
    add('repo', 'not set; expected the repository as owner/name, e.g. kjj/kjcx-plan', '未设置；应填写仓库，格式为“所有者/仓库名”，例如 kjj/kjcx-plan');
  } else if (segments.length < 2 || (!nested && segments.length > 2) || !segments.every((s) => REPO_SEGMENT.test(s))) {
    add(
      'repo',
      `is ${shown(raw.repo)}; expected owner/name${nested ? ' (or group/subgroup/name)' : ''} with letters, digits, - _ . only, e.g. kjj/kjcx-plan — not the full web address`,
      `当前为 ${shown(raw.repo)}；应为“所有者/仓库名”${nested ? '（或“群组/子群组/仓库名”）' : ''}，只用字母、数字和 - _ .，例如 kjj/kjcx-plan，不要填完整网址`,
    );
  }

  const branch = raw.branch ?? 'main';
  if (!BRANCH.test(branch)) {
    add('branch', `is ${shown(branch)}; expected a branch name such as main (no spaces, no ~ ^ : ? * [ \\)`, `当前为 ${shown(branch)}；应为分支名称，例如 main（不能有空格和 ~ ^ : ? * [ \\）`);
  }

  let baseUrl = raw.baseUrl?.replace(/\/+$/, '');
  if (raw.baseUrl) {
    let url: URL | undefined;
    try {
      url = new URL(raw.baseUrl);
    } catch {
      url = undefined;
    }
    const local = url && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local)) || url.search || url.hash || url.username) {
      add(
        'baseUrl',
        `is ${shown(raw.baseUrl)}; expected the Git host's https address, e.g. https://git.example.gov.cn`,
        `当前为 ${shown(raw.baseUrl)}；应为 Git 服务器的 https 地址，例如 https://git.example.gov.cn`,
      );
    }
  } else if (known && PKCE_BACKENDS.includes(known)) {
    add(
      'baseUrl',
      `not set; ${HOST_LABEL[known]} needs the address of the bureau's own server, e.g. https://git.example.gov.cn`,
      `未设置；使用 ${HOST_LABEL[known]} 时必须填写本单位服务器的地址，例如 https://git.example.gov.cn`,
    );
  } else if (known === 'github') {
    baseUrl = 'https://github.com';
  }

  if (known && PKCE_BACKENDS.includes(known) && !raw.appId) {
    add(
      'appId',
      `not set; expected the application ID of the OAuth application registered on ${HOST_LABEL[known]} for browser sign-in (docs/deploy.md)`,
      `未设置；应填写在 ${HOST_LABEL[known]} 上为浏览器登录注册的 OAuth 应用的“应用 ID”（见 docs/deploy.md）`,
    );
  } else if (known === 'github' && raw.appId) {
    add(
      'appId',
      `is set, but GitHub is used with a personal access token and no OAuth application (browser sign-in there needs a server of its own); remove ${CMS_SETTING_VARS.appId}`,
      `已设置，但 GitHub 使用个人访问令牌登录，不使用 OAuth 应用（GitHub 的浏览器登录需要另设服务器）；请删除 ${CMS_SETTING_VARS.appId}`,
    );
  } else if (raw.appId && !/^[\w.-]+$/.test(raw.appId)) {
    add('appId', `is ${shown(raw.appId)}; expected the application ID as the host shows it (letters, digits, - _ .)`, `当前为 ${shown(raw.appId)}；应为服务器显示的“应用 ID”（字母、数字和 - _ .）`);
  }

  if (problems.length) throw new CmsSettingsError(problems);
  return { backend: known!, repo: raw.repo!, branch, baseUrl: baseUrl!, ...(raw.appId ? { appId: raw.appId } : {}) };
}

/** Whether changes made in the editor go through the editorial workflow (a merge/pull request per change). */
export const hasEditorialWorkflow = (settings: CmsSettings) => WORKFLOW_BACKENDS.includes(settings.backend);

/**
 * The `backend` section (and `publish_mode`) of Sveltia CMS's configuration for these settings.
 * Nothing in it leads the editor to a third host: GitHub signs in with a token only (its OAuth button
 * would go through a relay server, by default Netlify's).
 */
export function cmsBackendConfig(settings: CmsSettings): { backend: Record<string, unknown>; publish_mode?: 'editorial_workflow' } {
  const { repo, branch, baseUrl, appId } = settings;
  const workflow = hasEditorialWorkflow(settings) ? { publish_mode: 'editorial_workflow' as const } : {};
  switch (settings.backend) {
    case 'gitlab':
      return {
        backend: { name: 'gitlab', repo, branch, base_url: baseUrl, api_root: `${baseUrl}/api/v4`, auth_type: 'pkce', app_id: appId },
        ...workflow,
      };
    case 'forgejo':
    case 'gitea':
      return { backend: { name: 'gitea', repo, branch, base_url: baseUrl, api_root: `${baseUrl}/api/v1`, app_id: appId }, ...workflow };
    case 'github': {
      const enterprise = new URL(baseUrl).hostname !== 'github.com';
      return {
        backend: {
          name: 'github',
          repo,
          branch,
          auth_methods: ['token'],
          ...(enterprise ? { api_root: `${baseUrl}/api/v3`, graphql_api_root: `${baseUrl}/api/graphql` } : {}),
        },
        ...workflow,
      };
    }
  }
}

/** The origins the admin page talks to besides its own (its Content-Security-Policy's connect-src). */
export function cmsConnectOrigins(settings: CmsSettings): string[] {
  const { backend } = cmsBackendConfig(settings);
  const api = typeof backend.api_root === 'string' ? backend.api_root : 'https://api.github.com';
  return [...new Set([new URL(settings.baseUrl).origin, new URL(api).origin])];
}

/**
 * The backend section when nothing is configured, for `npm run dev` only: Sveltia CMS shows its
 * "Work with Local Repository" button (File System Access API, Chromium) on localhost whatever Git
 * backend is named, and needs one named. Its other sign-in buttons are hidden: there is no host.
 */
export function localRepositoryBackend(): { backend: Record<string, unknown> } {
  return { backend: { name: 'github', repo: 'local/repository', branch: 'main', auth_methods: ['token'] } };
}
