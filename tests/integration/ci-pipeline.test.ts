/**
 * The pipeline script every Git host calls (`npm run ci:pipeline`, scripts/ci.ts), run on a copy of the
 * project as each host runs it (its environment variables), with a good and a bad revision:
 * - good, pushed to main: exit 0 and the site published (with the revision on it) by the safe swap;
 * - bad, as a pull request (GitHub), pushed to main (GitLab) and as a pull request with a comment
 *   (Forgejo, against a stand-in for its API): exit 1, nothing published, and what the host shows names
 *   the file, line and field with the check's message in both languages.
 * `--skip-install`: the copy's node_modules is the project's own (linked), so `npm ci` is not run.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { editMarkdown, readMarkdown } from '../support/content-edit.ts';
import { listFiles } from '../../src/checker/node.ts';
import { COMMENT_MARKER } from '../../src/lib/ci-report.ts';
import { REPORT_DIR } from '../../src/lib/ci-report-files.ts';
import { escapeText } from 'entities';

interface Run {
  status: number | null;
  out: string;
}

const dir = copyProject();
const work = mkdtempSync(join(tmpdir(), 'plan-ci-'));
// The published folder alone in its parent: the safe swap writes its fresh build beside it.
const site = join(work, 'web', 'site');
afterAll(() => {
  removeCopy(dir);
  rmSync(work, { recursive: true, force: true });
});

/** The environment of a runner: this machine's, less anything a CI host or the project's settings put there. */
function hostEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|GITLAB_|CI_|FORGEJO_|GITEA_|PLAN_|RUNNER_)|^CI$/.test(k)) env[k] = v;
  }
  return { ...env, FORCE_COLOR: '0', NO_COLOR: '1', PLAN_PUBLISH_DIR: site, ...vars };
}

function pipeline(vars: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'ci:pipeline', '--', '--skip-install'], { cwd: dir, env: hostEnv(vars) });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => done({ status, out }));
  });
}

const report = (name: string) => readFileSync(join(dir, REPORT_DIR, name), 'utf8');
const leftovers = () => readdirSync(join(work, 'web')).filter((n) => n !== 'site');
/** A message as a Markdown table cell shows it (markup characters and pipes escaped). */
const asCell = (text: string) => escapeText(text).replace(/\|/g, '\\|');
const snapshot = () => listFiles(site, ['.html']).map((f) => `${f}:${statSync(f).mtimeMs}`);

// The good revision: a sentence added to the first chapter in both languages (the guide's "Add a paragraph").
const chapters = listFiles(join(dir, 'content/zh/chapters'), ['.md']);
const chapter = chapters[0]!;
const number = readMarkdown(chapter).data.number as number;
const SENTENCE = { zh: '流水线测试新增的一句话。', en: 'A sentence added by the pipeline test.' };

let good: Run;
beforeAll(async () => {
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'old-page.html'), '<p>the site as it was</p>');
  editMarkdown(chapter, { body: (b) => `${b.trimEnd()}\n\n${SENTENCE.zh}\n` });
  editMarkdown(chapter.replace('/zh/', '/en/'), { body: (b) => `${b.trimEnd()}\n\n${SENTENCE.en}\n` });
  // Settings left empty, as GitHub passes unset `vars`, count as not set.
  good = await pipeline({ PLAN_SITE: '', PLAN_CMS_BACKEND: '', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_STEP_SUMMARY: join(work, 'good-summary.md') });
}, 600_000);

describe('a good revision pushed to main', () => {
  test('exits 0 and publishes the whole new site in place of the old one', () => {
    expect(good.status, good.out).toBe(0);
    expect(existsSync(join(site, 'old-page.html'))).toBe(false);
    for (const lang of ['zh', 'en'] as const) {
      const page = readFileSync(join(site, lang, `plan/part-${number}/index.html`), 'utf8');
      expect(page).toContain(SENTENCE[lang]);
    }
    expect(leftovers()).toEqual([]);
    // PLAN_SITE left empty counts as not set: pages still carry an absolute canonical address.
    expect(readFileSync(join(site, 'zh/index.html'), 'utf8')).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/zh\/">/);
  });

  test('the job summary says so, in both languages', () => {
    const summary = readFileSync(join(work, 'good-summary.md'), 'utf8');
    expect(summary).toContain('✓');
    expect(summary).toMatch(/已发布.*published/);
    expect(summary).not.toContain('✗');
  });
});

test('a wrong editor setting among the host’s variables: the build stops, nothing is published, the summary names the variable in both languages', async () => {
  const before = snapshot();
  const run = await pipeline({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main', PLAN_CMS_BACKEND: 'gitlab', PLAN_CMS_REPO: 'kjj/kjcx-plan' });
  expect(run.status, run.out).toBe(1);
  expect(snapshot()).toEqual(before);
  expect(leftovers()).toEqual([]);
  const summary = report('summary.md');
  expect(summary).toContain('✗ “构建”未通过，网站未发布 / Build failed; nothing was published');
  expect(summary).toContain('PLAN_CMS_BASE_URL');
  expect(summary).toContain('本单位服务器的地址');
  expect(summary).toContain("GitLab needs the address of the bureau's own server");
  expect(report('junit.xml')).toMatch(/<failure message="[^"]*" type="build">[^<]*PLAN_CMS_APP_ID/);
});

describe('a bad revision: a chapter number written as a word', () => {
  let before: string[];
  let line: number;
  let problem: { file: string; line: number; field: string; zh: string; en: string };
  const file = chapter.slice(dir.length + 1);
  beforeAll(() => {
    before = snapshot();
    editMarkdown(chapter, { data: (doc) => doc.set('number', 'three') });
    line = readFileSync(chapter, 'utf8').split('\n').findIndex((l) => l.startsWith('number:')) + 1;
  });

  test('as a GitHub pull request: exit 1, annotations at the file and line, the job summary names file, line, field in both languages', async () => {
    const event = join(work, 'pr.json');
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
    const summaryFile = join(work, 'bad-summary.md');
    const run = await pipeline({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_EVENT_PATH: event, GITHUB_STEP_SUMMARY: summaryFile });
    expect(run.status, run.out).toBe(1);
    // The check's own problem for the edit, as the checker wrote it.
    const { problems } = JSON.parse(report('problems.json')) as { problems: (typeof problem)[] };
    problem = problems.find((p) => p.file === file && p.field === 'number')!;
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem.line).toBe(line);
    const encoded = (s: string) => s.replace(/%/g, '%25').replace(/\n/g, '%0A');
    expect(run.out).toContain(`::error file=${file},line=${line},title=number::${encoded(`${problem.zh}\n${problem.en}`)}`);
    const summary = readFileSync(summaryFile, 'utf8');
    const row = summary.split('\n').find((l) => l.includes(`\`${file}\``) && l.includes('`number`'));
    expect(row, summary).toBeDefined();
    expect(row).toContain(`| ${line} `);
    expect(row).toContain(asCell(problem.zh));
    expect(row).toContain(asCell(problem.en));
    expect(summary).toMatch(/✗ 内容检查发现\d+个问题，网站未发布 \/ The content check found (one problem|\d+ problems); nothing was published/);
    expect(snapshot()).toEqual(before);
  });

  test('pushed to main on GitLab: exit 1, nothing published; the Code Quality and JUnit reports name file, line, field in both languages', async () => {
    const run = await pipeline({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
    expect(run.status, run.out).toBe(1);
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
    const quality = JSON.parse(report('gl-code-quality-report.json')) as { description: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const issue = quality.find((q) => q.location.path === file && q.location.lines.begin === line);
    expect(issue, JSON.stringify(quality)).toBeDefined();
    expect(issue!.description).toBe(`number: ${problem.zh} / ${problem.en}`);
    expect(issue!.severity).toBe('major');
    const junit = report('junit.xml');
    expect(junit).toContain(`name="${file}:${line} [number]"`);
    expect(junit).toContain(`${problem.zh}\n${problem.en}`);
    expect(junit).toMatch(/<testcase name="构建 \/ Build \(npm run build\)"[^>]*>\s*<skipped/);
  });

  test('as a Forgejo pull request: exit 1, and one comment on the pull request, updated by the next run, names file, line, field in both languages', async () => {
    const comments: { id: number; body: string }[] = [];
    const requests: string[] = [];
    const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      const send = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (req.method === 'GET' && req.url?.startsWith('/api/v1/repos/kjj/plan/issues/3/comments')) return send(200, [{ id: 1, body: 'a reviewer’s comment' }, ...comments]);
      if (req.method === 'POST' && req.url === '/api/v1/repos/kjj/plan/issues/3/comments') {
        comments.push({ id: 2, body: JSON.parse(body).body });
        return send(201, comments.at(-1));
      }
      if (req.method === 'PATCH' && req.url === '/api/v1/repos/kjj/plan/issues/comments/2') {
        comments[0]!.body = JSON.parse(body).body;
        return send(200, comments[0]);
      }
      send(404, {});
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const event = join(work, 'forgejo-pr.json');
    writeFileSync(event, JSON.stringify({ number: 3, pull_request: { number: 3 } }));
    const vars = {
      FORGEJO_ACTIONS: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SERVER_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      GITHUB_REPOSITORY: 'kjj/plan',
      PLAN_CI_TOKEN: 'secret-token',
    };
    try {
      const first = await pipeline(vars);
      expect(first.status, first.out).toBe(1);
      const second = await pipeline(vars);
      expect(second.status, second.out).toBe(1);
    } finally {
      await new Promise((ok) => server.close(ok));
    }
    expect(requests.map((r) => r.replace(/\?.*? /, ' '))).toEqual([
      'GET /api/v1/repos/kjj/plan/issues/3/comments token secret-token',
      'POST /api/v1/repos/kjj/plan/issues/3/comments token secret-token',
      'GET /api/v1/repos/kjj/plan/issues/3/comments token secret-token',
      'PATCH /api/v1/repos/kjj/plan/issues/comments/2 token secret-token',
    ]);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    const row = body.split('\n').find((l) => l.includes(`\`${file}\``) && l.includes('`number`'));
    expect(row, body).toContain(`| ${line} `);
    expect(row).toContain(asCell(problem.zh));
    expect(row).toContain(asCell(problem.en));
    expect(snapshot()).toEqual(before);
  });
});
