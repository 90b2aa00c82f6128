/**
 * `npm run ci:pipeline`: the one script every Git host's pipeline calls (.gitlab-ci.yml,
 * .forgejo/workflows/check.yml, .github/workflows/check.yml; docs/deploy.md).
 *
 * 1. `npm ci` (`--skip-install`: node_modules is already installed from this package-lock.json);
 * 2. `npm run check`, its problems also written as JSON (PLAN_CHECK_REPORT); on a change request
 *    compared with its target branch (PLAN_CHECK_SINCE), so a page changed without a change note fails;
 * 3. `npm run build` (only when the check passed):
 *    - on a change request (merge/pull request, any other branch, or a run outside CI) into
 *      .ci-report/preview/, which nothing serves: nothing is published;
 *    - on a push to the publishing branch (PLAN_PUBLISH_BRANCH, else the repository's default branch,
 *      else main) into PLAN_PUBLISH_DIR (default dist/), with the safe swap of scripts/build.ts: the
 *      folder is replaced only by a complete, checked site, and left as it was on any failure.
 * 4. The outcome, always, pass or fail, in .ci-report/ (summary.md, problems.json) and in the form the
 *    host shows on the change request (src/lib/ci-report.ts): GitHub's job summary and annotations,
 *    GitLab's Code Quality and JUnit reports (gl-code-quality-report.json, junit.xml), and, given
 *    PLAN_CI_TOKEN, one comment on the change request that each run updates (the only readable
 *    summary Forgejo shows today).
 * Exits 1 when any step failed, so the host marks the change request red and blocks the merge.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { REPORT_DIR, REPORT_FILES } from '../src/lib/ci-report-files.ts';
// Types only: the report code needs the packages that `npm ci` installs, so it is loaded after it.
import type { Finding, PipelineOutcome, StepName, StepResult } from '../src/lib/ci-report.ts';
import type { Problem } from '../src/checker/types.ts';

const root = process.cwd();
// A setting left empty in the host's variables (GitHub and Forgejo pass unset `vars` as '') is not set:
// PLAN_SITE='' would otherwise give every page an empty canonical address.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !(k.startsWith('PLAN_') && !v?.trim())));
const reportDir = join(root, REPORT_DIR);
const skipInstall = process.argv.includes('--skip-install');

type Host = 'github' | 'gitlab' | 'forgejo' | 'local';
// Forgejo's and Gitea's runners also set GITHUB_ACTIONS, so they are asked first.
const host: Host =
  env.FORGEJO_ACTIONS === 'true' || env.GITEA_ACTIONS === 'true' ? 'forgejo' : env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local';

interface Event {
  /** The branch pushed to; undefined on a change request. */
  pushedBranch?: string;
  defaultBranch?: string;
  /** The merge/pull request's number (GitLab: iid), when this run is for one. */
  changeRequest?: number;
}

function readEvent(): Event {
  if (host === 'gitlab') {
    const mr = env.CI_PIPELINE_SOURCE === 'merge_request_event';
    return {
      pushedBranch: mr ? undefined : env.CI_COMMIT_BRANCH,
      defaultBranch: env.CI_DEFAULT_BRANCH,
      changeRequest: mr && env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined,
    };
  }
  if (host === 'github' || host === 'forgejo') {
    let payload: { pull_request?: { number?: number }; number?: number; repository?: { default_branch?: string } } = {};
    try {
      if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      // No readable event file: the variables below still say what ran.
    }
    const pr = /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '');
    return {
      pushedBranch: env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF_NAME : undefined,
      defaultBranch: payload.repository?.default_branch,
      changeRequest: pr ? (payload.pull_request?.number ?? payload.number) : undefined,
    };
  }
  return {};
}

/** Runs a command, its output shown as it comes and kept (the last part goes into the summary on failure). */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => (chunks.push(d), process.stdout.write(d)));
    child.stderr.on('data', (d: Buffer) => (chunks.push(d), process.stderr.write(d)));
    child.on('error', (e) => chunks.push(Buffer.from(`${e}\n`)));
    child.on('close', (code) => done({ status: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

const tail = (text: string, lines = 40) =>
  text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n');

const event = readEvent();
const publishBranch = env.PLAN_PUBLISH_BRANCH?.trim() || event.defaultBranch || 'main';
const mode: PipelineOutcome['mode'] = event.pushedBranch !== undefined && event.pushedBranch === publishBranch ? 'publish' : 'change-request';
const publishDir = resolve(root, env.PLAN_PUBLISH_DIR?.trim() || 'dist');
const outDir = mode === 'publish' ? publishDir : join(reportDir, REPORT_FILES.preview);

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
console.log(
  `流水线：${mode === 'publish' ? `发布分支 ${publishBranch}，发布到 ${outDir}` : '变更请求：检查并构建，不发布'} / ` +
    `Pipeline (${host}): ${mode === 'publish' ? `publishing branch ${publishBranch}, publishing to ${outDir}` : 'change request: check and build, nothing is published'}`,
);

const steps: StepResult[] = [];
let failureLog: string | undefined;
let findings: Finding[] = [];
async function step(name: StepName, command: string, args: string[], extraEnv?: Record<string, string>): Promise<boolean> {
  if (steps.some((s) => s.status === 'failed')) {
    steps.push({ name, status: 'skipped' });
    return false;
  }
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status, output } = await run(command, args, extraEnv);
  const passed = status === 0;
  steps.push({ name, status: passed ? 'passed' : 'failed', seconds: (performance.now() - started) / 1000 });
  if (!passed && name !== 'check') failureLog = tail(output);
  return passed;
}

if (skipInstall) steps.push({ name: 'install', status: 'skipped' });
else await step('install', 'npm', ['ci', '--no-audit', '--no-fund']);

if (steps[0]!.status === 'failed') {
  console.error('\n✗ npm ci 未通过，网站未发布。/ npm ci failed; nothing was published.');
  process.exit(1);
}
const { COMMENT_MARKER, codeQualityReport, commentBody, githubAnnotations, headline, junitReport, ok, summaryMarkdown } = await import(
  '../src/lib/ci-report.ts'
);

const problemsFile = join(reportDir, REPORT_FILES.problems);
// On a change request, the check also compares each page with the target branch: a language changed
// without a new change note in it is a problem (src/checker/rules/change-notes.ts). The pipelines fetch
// the whole history (fetch-depth: 0, GIT_DEPTH: 0), so the target is there.
const target =
  mode !== 'change-request'
    ? undefined
    : host === 'gitlab'
      ? env.CI_MERGE_REQUEST_DIFF_BASE_SHA
      : host !== 'local' && env.GITHUB_BASE_REF
        ? `origin/${env.GITHUB_BASE_REF}`
        : undefined;
await step('check', 'npm', ['run', '--silent', 'check'], { PLAN_CHECK_REPORT: problemsFile, ...(target && !env.PLAN_CHECK_SINCE ? { PLAN_CHECK_SINCE: target } : {}) });
if (existsSync(problemsFile)) {
  const { problems = [], warnings = [] } = JSON.parse(readFileSync(problemsFile, 'utf8')) as { problems?: Problem[]; warnings?: Problem[] };
  findings = [...problems.map((p) => ({ ...p, severity: 'error' as const })), ...warnings.map((p) => ({ ...p, severity: 'warning' as const }))];
} else if (steps.at(-1)?.status === 'failed') {
  failureLog = '内容检查没有运行完（见日志）。/ The content check did not run to the end (see the log).';
}

// The build replaces outDir only after it has built and checked the whole site (scripts/build.ts).
await step('build', 'npm', ['run', '--silent', 'build'], { PLAN_OUT_DIR: outDir });
if (mode === 'change-request' && steps.at(-1)?.status === 'passed') {
  console.log(`（这是变更请求的预览构建，没有发布。/ This was the change request's preview build; nothing was published.）`);
}
if (mode === 'publish') steps.push({ name: 'publish', status: steps.at(-1)?.status === 'passed' ? 'passed' : 'skipped' });

const outcome: PipelineOutcome = {
  mode,
  steps,
  findings,
  ...(failureLog ? { failureLog } : {}),
  ...(mode === 'publish' && ok({ mode, steps, findings }) ? { publishedTo: relative(root, publishDir) || '.' } : {}),
};

// ── What the host shows ─────────────────────────────────────────────────────────────────────────────
const summary = summaryMarkdown(outcome);
writeFileSync(join(reportDir, REPORT_FILES.summary), summary);
console.log(`\n${headline(outcome)}`);
if (host === 'github' || host === 'forgejo') {
  for (const line of githubAnnotations(findings)) console.log(line);
  // GitHub shows it on the run's page; Gitea (1.27+) too; Forgejo's runner prints it in the log.
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
}
// Written on every host (the GitLab pipeline declares them as reports; elsewhere they are files to download).
writeFileSync(join(reportDir, REPORT_FILES.codeQuality), JSON.stringify(codeQualityReport(findings), null, 2));
writeFileSync(join(reportDir, REPORT_FILES.junit), junitReport(outcome));
if (event.changeRequest !== undefined && env.PLAN_CI_TOKEN) await keepComment(event.changeRequest, commentBody(outcome));

process.exitCode = ok(outcome) ? 0 : 1;

/** Creates, or updates, the pipeline's one comment on the change request (marked with COMMENT_MARKER). */
async function keepComment(number: number, body: string): Promise<void> {
  const token = env.PLAN_CI_TOKEN!;
  let api: { list: string; create: string; update: (id: number) => string; method: 'PATCH' | 'PUT'; headers: Record<string, string> };
  if (host === 'gitlab') {
    const base = `${env.CI_API_V4_URL}/projects/${env.CI_PROJECT_ID}/merge_requests/${number}/notes`;
    api = { list: `${base}?per_page=100&sort=asc`, create: base, update: (id) => `${base}/${id}`, method: 'PUT', headers: { 'PRIVATE-TOKEN': token } };
  } else if (host === 'github' || host === 'forgejo') {
    const apiRoot = host === 'github' ? (env.GITHUB_API_URL ?? 'https://api.github.com') : `${env.GITHUB_SERVER_URL}/api/v1`;
    const repo = `${apiRoot}/repos/${env.GITHUB_REPOSITORY}`;
    api = {
      list: `${repo}/issues/${number}/comments?${host === 'github' ? 'per_page=100' : 'limit=50'}`,
      create: `${repo}/issues/${number}/comments`,
      update: (id) => `${repo}/issues/comments/${id}`,
      method: 'PATCH',
      headers: host === 'github' ? { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json' } : { Authorization: `token ${token}` },
    };
  } else {
    return;
  }
  const headers = { ...api.headers, 'Content-Type': 'application/json' };
  try {
    const listed = await fetch(api.list, { headers });
    if (!listed.ok) throw new Error(`GET ${api.list}: ${listed.status}`);
    const comments = (await listed.json()) as { id: number; body?: string }[];
    const mine = comments.find((c) => c.body?.startsWith(COMMENT_MARKER));
    const res = mine
      ? await fetch(api.update(mine.id), { method: api.method, headers, body: JSON.stringify({ body }) })
      : await fetch(api.create, { method: 'POST', headers, body: JSON.stringify({ body }) });
    if (!res.ok) throw new Error(`${mine ? api.method : 'POST'}: ${res.status}`);
    console.log(`已在变更请求 #${number} 上更新检查结果。/ The summary is on change request #${number}.`);
  } catch (error) {
    // The check's verdict stands either way; only the comment is missing.
    console.warn(`注意：无法在变更请求上留言（${String(error)}）。/ Notice: could not comment on the change request (${String(error)}).`);
  }
}
