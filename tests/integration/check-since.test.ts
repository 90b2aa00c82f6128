/**
 * `npm run check` on a change request (PLAN_CHECK_SINCE, set by scripts/ci.ts to the target branch):
 * the content is compared with that commit's, and a page changed in a language without a new change
 * note in that language fails, naming the file and the field in both languages; with the note it
 * passes. Run on a copy of the project made a Git repository, as the host's runner checks it out.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { editMarkdown, readMarkdown } from '../support/content-edit.ts';
import { listFiles } from '../../src/checker/node.ts';
import { MESSAGES } from '../../src/checker/messages.ts';

const dir = copyProject();
afterAll(() => removeCopy(dir));
const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' });
const check = (env: Record<string, string>) =>
  spawnSync('npm', ['run', '--silent', 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, timeout: 300_000 });

// An English page with a publication date (a change note needs one), read from the content.
const page = listFiles(join(dir, 'content/en'), ['.md']).find((f) => readMarkdown(f).data.published && /\/(tasks|chapters)\//.test(f))!;
const file = page.slice(dir.length + 1);

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  git('add', 'content', 'sources');
  git('commit', '-q', '-m', 'content as it is');
  editMarkdown(page, { body: (b) => `${b.trimEnd()}\n\nA paragraph added on a change request.\n` });
  editMarkdown(page.replace('/en/', '/zh/'), { body: (b) => `${b.trimEnd()}\n\n变更请求中新增的一段。\n` });
});

test('a page changed without a change note fails against the target branch, and passes without a target', () => {
  const failed = check({ PLAN_CHECK_SINCE: 'main' });
  expect(failed.status, failed.stdout + failed.stderr).toBe(1);
  const report = failed.stdout + failed.stderr;
  const guide = MESSAGES.changeNoteMissing.guide;
  expect(report).toContain(`${file}:`);
  expect(report).toContain(file.replace('/en/', '/zh/'));
  expect(report).toContain(guide.en);
  expect(report).toContain(guide.zh);
  const plain = check({});
  expect(plain.status, plain.stdout + plain.stderr).toBe(0);
});

test('with a change note in each language that changed it passes', () => {
  // The note's date: the page's latest date (published, updated or a change), so `updated` stays valid.
  const data = readMarkdown(page).data as { published: string; updated?: string; changes?: { date: string }[] };
  const date = [data.published, data.updated ?? '', ...(data.changes ?? []).map((c) => String(c.date))].sort().at(-1)!;
  for (const [f, note] of [[page, 'Added a paragraph.'], [page.replace('/en/', '/zh/'), '增加一段。']] as const) {
    editMarkdown(f, {
      data: (doc) => {
        doc.set('changes', doc.createNode([{ date, note }, ...((doc.toJS().changes ?? []) as unknown[])]));
        if (!doc.has('updated') || String(doc.get('updated')) < date) doc.set('updated', date);
      },
    });
  }
  const r = check({ PLAN_CHECK_SINCE: 'main' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(readFileSync(page, 'utf8')).toContain('Added a paragraph.');
});

test('a target that is not a commit is said so, in both languages, and the check still runs', () => {
  const r = check({ PLAN_CHECK_SINCE: 'no-such-branch' });
  expect(r.stdout + r.stderr).toMatch(/无法读取 no-such-branch.*Cannot read no-such-branch/);
  expect(r.status, r.stdout + r.stderr).toBe(0);
});
