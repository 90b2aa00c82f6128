/**
 * The three hosts' pipeline files (.gitlab-ci.yml, .forgejo/workflows/, .github/workflows/) call the
 * one project script and nothing else that checks or builds, with the full git history, on every change
 * request and on the publishing branch, and GitLab reads the reports where scripts/ci.ts writes them.
 * (The script itself: tests/integration/ci-pipeline.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { REPORT_DIR, REPORT_FILES } from '../../src/lib/ci-report-files.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML as written, checked field by field below
const read = (path: string): any => parse(readFileSync(path, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

test('npm run ci:pipeline is scripts/ci.ts', () => {
  expect(pkg.scripts['ci:pipeline']).toBe('node scripts/ci.ts');
});

describe.each([
  ['GitHub', '.github/workflows'],
  ['Forgejo', '.forgejo/workflows'],
])('%s Actions', (_host, folder) => {
  const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
  const workflows = files.map((f) => read(`${folder}/${f}`));

  test('one workflow, run on pull requests and on pushes to main', () => {
    expect(files).toHaveLength(1);
    const on = workflows[0].on;
    expect(on).toHaveProperty('pull_request');
    expect(on).toHaveProperty('push');
    if (on.push?.branches) expect(on.push.branches).toContain('main');
  });

  test('its only command is npm run ci:pipeline, after a full-history checkout, with the token for the summary comment', () => {
    const steps = Object.values(workflows[0].jobs as Record<string, { steps: Record<string, any>[] }>).flatMap((j) => j.steps);
    expect(steps.filter((s) => s.run).map((s) => s.run.trim())).toEqual(['npm run ci:pipeline']);
    const checkout = steps.find((s) => String(s.uses).includes('actions/checkout'))!;
    expect(checkout.with['fetch-depth']).toBe(0);
    expect(steps.find((s) => s.run)!.env.PLAN_CI_TOKEN).toBe('${{ github.token }}');
  });
});

describe('GitLab CI', () => {
  const ci = read('.gitlab-ci.yml');
  const jobs: [string, any][] = Object.entries(ci).filter(([name, v]) => !['workflow', 'variables', 'stages', 'default'].includes(name) && (v as any).script);

  test('one job whose only command is npm run ci:pipeline, with the full history, on merge requests and branches', () => {
    expect(jobs).toHaveLength(1);
    expect(jobs[0]![1].script).toEqual(['npm run ci:pipeline']);
    expect(ci.variables.GIT_DEPTH).toBe('0');
    const rules = ci.workflow.rules.map((r: { if: string }) => r.if);
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
  });

  test('the Code Quality and JUnit reports are read where scripts/ci.ts writes them, also when the check fails', () => {
    const { artifacts } = jobs[0]![1];
    expect(artifacts.when).toBe('always');
    expect(artifacts.reports.codequality).toBe(`${REPORT_DIR}/${REPORT_FILES.codeQuality}`);
    expect(artifacts.reports.junit).toBe(`${REPORT_DIR}/${REPORT_FILES.junit}`);
  });
});
