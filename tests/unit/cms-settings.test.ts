/**
 * The browser editor's Git host settings (PLAN_CMS_*, src/lib/site-settings.ts), the admin page's
 * "not configured" explanation (src/lib/cms-setup.ts), and the encoders of what a change request shows
 * (src/lib/ci-report.ts). The settings also stop `npm run build` (last test).
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  CMS_BACKENDS,
  CMS_SETTING_VARS,
  CmsSettingsError,
  cmsBackendConfig,
  cmsConnectOrigins,
  hasEditorialWorkflow,
  localRepositoryBackend,
  readCmsSettings,
} from '../../src/lib/site-settings.ts';
import { cmsSetupHelp, cmsSetupHelpHtml } from '../../src/lib/cms-setup.ts';
import { codeQualityReport, githubAnnotations, junitReport, summaryMarkdown, type Finding } from '../../src/lib/ci-report.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const V = CMS_SETTING_VARS;
const GITLAB = { [V.backend]: 'gitlab', [V.repo]: 'kjj/web/kjcx-plan', [V.baseUrl]: 'https://git.example.gov.cn/', [V.appId]: 'abc123' };

function problemsOf(env: Record<string, string>) {
  try {
    readCmsSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(CmsSettingsError);
    return (error as CmsSettingsError).problems;
  }
  throw new Error('expected the settings to be refused');
}

describe('reading the settings', () => {
  test('none set (or blank) means not configured', () => {
    expect(readCmsSettings({})).toBeUndefined();
    expect(readCmsSettings({ [V.repo]: '  ', [V.branch]: '' })).toBeUndefined();
  });

  test('GitLab self-hosted: PKCE sign-in on the bureau’s server, editorial workflow', () => {
    const settings = readCmsSettings(GITLAB)!;
    expect(settings).toEqual({ backend: 'gitlab', repo: 'kjj/web/kjcx-plan', branch: 'main', baseUrl: 'https://git.example.gov.cn', appId: 'abc123' });
    expect(cmsBackendConfig(settings)).toEqual({
      backend: {
        name: 'gitlab',
        repo: 'kjj/web/kjcx-plan',
        branch: 'main',
        base_url: 'https://git.example.gov.cn',
        api_root: 'https://git.example.gov.cn/api/v4',
        auth_type: 'pkce',
        app_id: 'abc123',
      },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConnectOrigins(settings)).toEqual(['https://git.example.gov.cn']);
  });

  test('Forgejo and Gitea: Sveltia’s gitea backend with PKCE, and no editorial workflow (Sveltia has none there)', () => {
    for (const backend of ['forgejo', 'gitea']) {
      const settings = readCmsSettings({ ...GITLAB, [V.backend]: backend, [V.repo]: 'kjj/kjcx-plan', [V.branch]: 'revisions' })!;
      expect(hasEditorialWorkflow(settings)).toBe(false);
      expect(cmsBackendConfig(settings)).toEqual({
        backend: { name: 'gitea', repo: 'kjj/kjcx-plan', branch: 'revisions', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v1', app_id: 'abc123' },
      });
    }
  });

  test('GitHub: a token, never an OAuth relay; GitHub Enterprise through the base URL', () => {
    const settings = readCmsSettings({ [V.backend]: 'GitHub', [V.repo]: 'kjj/kjcx-plan' })!;
    expect(cmsBackendConfig(settings)).toEqual({
      backend: { name: 'github', repo: 'kjj/kjcx-plan', branch: 'main', auth_methods: ['token'] },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConnectOrigins(settings)).toEqual(['https://github.com', 'https://api.github.com']);
    const enterprise = readCmsSettings({ [V.backend]: 'github', [V.repo]: 'kjj/kjcx-plan', [V.baseUrl]: 'https://github.example.gov.cn' })!;
    expect(cmsBackendConfig(enterprise).backend).toMatchObject({ api_root: 'https://github.example.gov.cn/api/v3', graphql_api_root: 'https://github.example.gov.cn/api/graphql' });
    expect(cmsConnectOrigins(enterprise)).toEqual(['https://github.example.gov.cn']);
  });

  test('each wrong or missing setting is named, with what was expected, in both languages', () => {
    const cases: [Record<string, string>, string, RegExp, RegExp][] = [
      [{ [V.repo]: 'kjj/kjcx-plan' }, V.backend, /not set; expected one of gitlab, forgejo, gitea, github/, /未设置/],
      [{ ...GITLAB, [V.backend]: 'bitbucket' }, V.backend, /is "bitbucket"; expected one of/, /当前为 "bitbucket"/],
      [{ ...GITLAB, [V.repo]: 'https://git.example.gov.cn/kjj/kjcx-plan' }, V.repo, /expected owner\/name .*not the full web address/, /不要填完整网址/],
      [{ ...GITLAB, [V.backend]: 'forgejo', [V.repo]: 'kjj/web/kjcx-plan' }, V.repo, /expected owner\/name/, /所有者\/仓库名/],
      [{ ...GITLAB, [V.branch]: 'my branch' }, V.branch, /expected a branch name/, /应为分支名称/],
      [{ ...GITLAB, [V.baseUrl]: 'git.example.gov.cn' }, V.baseUrl, /expected the Git host's https address/, /https 地址/],
      [{ ...GITLAB, [V.baseUrl]: 'http://git.example.gov.cn' }, V.baseUrl, /https address/, /https 地址/],
      [{ [V.backend]: 'gitlab', [V.repo]: 'kjj/kjcx-plan', [V.appId]: 'x' }, V.baseUrl, /GitLab needs the address of the bureau's own server/, /本单位服务器的地址/],
      [{ ...GITLAB, [V.appId]: '' }, V.appId, /application ID of the OAuth application registered on GitLab/, /OAuth 应用/],
      [{ [V.backend]: 'github', [V.repo]: 'kjj/kjcx-plan', [V.appId]: 'x' }, V.appId, /personal access token .* remove PLAN_CMS_APP_ID/, /请删除 PLAN_CMS_APP_ID/],
    ];
    for (const [env, variable, en, zh] of cases) {
      const problems = problemsOf(env);
      expect(problems.map((p) => p.variable), JSON.stringify(env)).toEqual([variable]);
      expect(problems[0]!.en).toMatch(en);
      expect(problems[0]!.zh).toMatch(zh);
    }
    // Every problem at once, and the message names each variable.
    const all = problemsOf({ [V.backend]: 'gitea', [V.repo]: 'x' });
    expect(all.map((p) => p.variable)).toEqual([V.repo, V.baseUrl, V.appId]);
    expect(() => readCmsSettings({ [V.backend]: 'gitea', [V.repo]: 'x' })).toThrow(/PLAN_CMS_REPO[\s\S]*PLAN_CMS_BASE_URL[\s\S]*PLAN_CMS_APP_ID/);
  });

  test('the local-repository placeholder names a Git backend and shows no sign-in that would reach a host', () => {
    const { backend } = localRepositoryBackend();
    expect(CMS_BACKENDS).toContain(backend.name);
    expect(backend.auth_methods).toEqual(['token']);
    expect(backend).not.toHaveProperty('base_url');
  });
});

describe('the "not configured" explanation', () => {
  test('both languages list every setting by its variable, with the same examples', () => {
    const zh = cmsSetupHelp('zh');
    const en = cmsSetupHelp('en');
    expect(zh.rows.map((r) => r.variable)).toEqual(Object.values(V));
    expect(en.rows.map((r) => r.variable)).toEqual(Object.values(V));
    expect(zh.rows.slice(0, 4).map((r) => r.example)).toEqual(en.rows.slice(0, 4).map((r) => r.example));
    // It says where the settings go and how to edit locally instead.
    expect(en.after).toContain('docs/deploy.md');
    expect(zh.after).toContain('docs/deploy.md');
    expect(en.local).toContain('npm run dev');
    expect(zh.local).toContain('npm run dev');
  });

  test('the HTML fragment holds every text as written, with no markup of its own in them', () => {
    const html = cmsSetupHelpHtml();
    for (const lang of ['zh', 'en'] as const) {
      const h = cmsSetupHelp(lang);
      const texts = [h.title, h.intro, h.caption, h.after, h.localTitle, h.local, ...h.columns, ...h.rows.flatMap((r) => [r.variable, r.meaning, r.example])];
      for (const text of texts) {
        expect(text).not.toMatch(/[<>&]/);
        expect(html).toContain(text);
      }
    }
    expect(html).toMatch(/^<section lang="zh-CN"[\s\S]*<section lang="en"/);
    // Well-formed: every element closes.
    expect(() => new XMLParser().parse(`<root>${html}</root>`, true)).not.toThrow();
  });
});

describe('what a change request shows', () => {
  const findings: Finding[] = [
    { file: 'content/en/chapters/1.md', line: 4, field: 'title', en: 'expected "A, B": got 50% | x\nnext', zh: '应为“甲，乙”：<b>', severity: 'error' },
    { file: 'content/data/glossary.yaml', en: 'an alias also appears in the text', zh: '别名出现在正文中', severity: 'warning' },
  ];
  const outcome = { mode: 'change-request' as const, steps: [{ name: 'check' as const, status: 'failed' as const }, { name: 'build' as const, status: 'skipped' as const }], findings };

  test('annotations: one per finding, properties and message encoded as workflow commands require', () => {
    expect(githubAnnotations(findings)).toEqual([
      '::error file=content/en/chapters/1.md,line=4,title=title::应为“甲，乙”：<b>%0Aexpected "A, B": got 50%25 | x%0Anext',
      '::warning file=content/data/glossary.yaml,title=content/data/glossary.yaml::别名出现在正文中%0Aan alias also appears in the text',
    ]);
  });

  test('the Markdown summary: one row per finding, cells on one line, no HTML or stray pipes', () => {
    const md = summaryMarkdown(outcome);
    const row = md.split('\n').find((l) => l.includes('`content/en/chapters/1.md`'))!;
    expect(row).toContain('| 4 ');
    expect(row).toContain('`title`');
    expect(row).toContain('应为“甲，乙”：&lt;b&gt;');
    expect(row).toContain('expected "A, B": got 50% \\| x next');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(md).toContain('#### 提醒（不影响发布，1）/ Warnings (publishing goes ahead, 1)');
  });

  test('Code Quality and JUnit: file, line and both languages; XML escaped', () => {
    const [issue, warning] = codeQualityReport(findings);
    expect(issue).toMatchObject({ severity: 'major', location: { path: 'content/en/chapters/1.md', lines: { begin: 4 } } });
    expect(issue!.description).toBe('title: 应为“甲，乙”：<b> / expected "A, B": got 50% | x\nnext');
    expect(warning).toMatchObject({ severity: 'minor', location: { path: 'content/data/glossary.yaml', lines: { begin: 1 } } });
    expect(new Set(codeQualityReport(findings).map((i) => i.fingerprint)).size).toBe(2);
    const xml = junitReport(outcome);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const cases = parsed.testsuites.testsuite.testcase as Record<string, unknown>[];
    const problem = cases.find((c) => c['@_name'] === 'content/en/chapters/1.md:4 [title]') as { failure: { '@_message': string } };
    expect(problem.failure['@_message']).toBe('应为“甲，乙”：<b> / expected "A, B": got 50% | x\nnext');
    expect(parsed.testsuites.testsuite['@_failures']).toBe('2');
  });
});

test('a wrong setting stops npm run build before anything is built, naming the variable', () => {
  const dir = copyProject();
  try {
    const env = { ...process.env, ...GITLAB, [V.baseUrl]: 'ftp://git.example.gov.cn', PLAN_OUT_DIR: undefined };
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PLAN_CMS_BASE_URL');
    expect(r.stderr).toContain('当前为 "ftp://git.example.gov.cn"；应为 Git 服务器的 https 地址');
    expect(r.stderr).toContain(`is "ftp://git.example.gov.cn"; expected the Git host's https address`);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  } finally {
    removeCopy(dir);
  }
});
