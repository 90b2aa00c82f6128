/**
 * The editorial workflow (draft → in review → ready → publish, a second person approves) is on for
 * exactly the Git hosts on which the pinned Sveltia CMS has it (issue 19, point 5). Which backends
 * those are is read from the editor's own bundle (its configuration check warns
 * "editorial_workflow_unsupported" for any other), so an upgrade that brings the workflow to
 * Forgejo/Gitea fails here until the settings turn it on there too (src/lib/site-settings.ts
 * WORKFLOW_BACKENDS) and docs/deploy.md 6.3 says so.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CMS_BACKENDS, cmsBackendConfig, WORKFLOW_BACKENDS, type CmsSettings } from '../../src/lib/site-settings.ts';

const require = createRequire(import.meta.url);
// The npm build, the one the site bundles (src/integrations/editor.ts).
const bundle = readFileSync(require.resolve('@sveltia/cms'), 'utf8');

/** The backends Sveltia's configuration check accepts the editorial workflow on. */
function sveltiaWorkflowBackends(): string[] {
  const check = /([\w$]+)=\[([^\]]*)\],[\w$]+=\([\w$,]*\)=>\{[^{}]*?!\1\.includes\([\w$]+\.backend\?\.name\)&&[\w$]+\(\{type:`warning`,strKey:`editorial_workflow_unsupported`/.exec(bundle);
  if (!check) throw new Error("Sveltia's check of the editorial workflow's backends was not found in its bundle (another version?): check its support per backend by hand and update this test");
  return [...check[2]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
}

const settingsFor = (backend: CmsSettings['backend']): CmsSettings => ({ backend, repo: 'kjj/kjcx-plan', branch: 'main', baseUrl: 'https://git.example.gov.cn', appId: 'abc' });

test('the editorial workflow is on exactly where the pinned Sveltia CMS supports it, and off elsewhere', () => {
  const supported = new Set(sveltiaWorkflowBackends());
  expect(supported.size).toBeGreaterThan(0);
  for (const backend of CMS_BACKENDS) {
    const config = cmsBackendConfig(settingsFor(backend));
    const name = config.backend.name as string;
    expect(config.publish_mode === 'editorial_workflow', `${backend} (Sveltia backend ${name})`).toBe(supported.has(name));
    expect(WORKFLOW_BACKENDS.includes(backend)).toBe(supported.has(name));
  }
});

test('docs/deploy.md says where the workflow is not available, in both languages', () => {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const off = CMS_BACKENDS.filter((b) => !WORKFLOW_BACKENDS.includes(b));
  expect(off.length).toBeGreaterThan(0);
  expect(doc).toContain('**no editorial workflow**');
  expect(doc).toContain('**没有编辑工作流**');
});
