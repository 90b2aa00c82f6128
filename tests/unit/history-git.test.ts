/**
 * Reading git (src/lib/history/git.ts) on real repositories made here: full history, a shallow clone
 * (status `shallow`, so the build prints its one notice and publishes no history pages), a folder
 * that is not a repository, and history switched off.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyNotice, readGitHistory } from '../../src/lib/history/git.ts';
import { commitAll, git, initRepo } from '../support/git-history.ts';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'plan-git-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repoWithHistory() {
  const dir = temp();
  initRepo(dir);
  mkdirSync(join(dir, 'content', 'zh'), { recursive: true });
  writeFileSync(join(dir, 'content', 'zh', 'a.md'), '---\ntitle: 甲\n---\n\n第一版。\n');
  writeFileSync(join(dir, 'README.md'), 'not content\n');
  commitAll(dir, 'first', '2026-12-01');
  writeFileSync(join(dir, 'content', 'zh', 'a.md'), '---\ntitle: 甲\n---\n\n第二版。\n');
  commitAll(dir, 'second', '2026-12-02');
  writeFileSync(join(dir, 'README.md'), 'still not content\n');
  commitAll(dir, 'third, outside content', '2026-12-03');
  return dir;
}

describe('readGitHistory', () => {
  test('full history: only commits that touched content/, oldest first, with each file version’s text', () => {
    const h = readGitHistory(repoWithHistory());
    expect(h.status).toBe('ok');
    expect(h.commits.map((c) => c.subject)).toEqual(['first', 'second']);
    expect(h.commits.map((c) => c.date.slice(0, 10))).toEqual(['2026-12-01', '2026-12-02']);
    const texts = h.commits.map((c) => h.blobs.get(c.files[0]!.blob!));
    expect(texts[0]).toContain('第一版');
    expect(texts[1]).toContain('第二版');
  });
  test('a shallow clone has no history, and one notice says so', () => {
    const source = repoWithHistory();
    const clone = join(temp(), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    const h = readGitHistory(clone);
    expect(h.status).toBe('shallow');
    expect(h.commits).toEqual([]);
    expect(historyNotice(h)).toMatch(/shallow clone/);
  });
  test('a folder that is not a repository: no history, a notice', () => {
    const h = readGitHistory(temp());
    expect(h.status).toBe('no-git');
    expect(historyNotice(h)).toMatch(/no git history/);
  });
  test('switched off (PLAN_HISTORY=0): no history, no notice, git not read', () => {
    const h = readGitHistory(repoWithHistory(), { enabled: false });
    expect(h.status).toBe('disabled');
    expect(historyNotice(h)).toBeUndefined();
  });
});
