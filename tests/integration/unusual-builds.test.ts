/**
 * Two builds out of the ordinary, made as one build to keep npm test short (each whole build costs
 * about 12 CPU-seconds): a copy of the project with a git history of two commits is cloned with
 * `git clone --depth 1`, as a pipeline often checks out, and in the clone the content check is
 * bypassed and unsafe HTML put into the content (the bad-input cases unsafe-*). The one build must
 * - succeed from the shallow clone, print one notice and publish no history pages;
 * - let no trace of the unsafe HTML reach a built page: the sanitizer in the Markdown pipeline removes
 *   it even when nothing else stops it.
 * The two concerns do not touch each other: history is read from git, the pages' words from the files.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { commitAll, git, initRepo } from '../support/git-history.ts';
import { addDays, latestContentDate } from '../support/revise.ts';
import { badInput } from '../support/bad-input.ts';

const UNSAFE = ['unsafe-script', 'unsafe-iframe', 'unsafe-event-handler', 'unsafe-javascript-url'];
const temp: string[] = [];
const copy = copyProject();
const parent = mkdtempSync(join(tmpdir(), 'plan-shallow-'));
temp.push(parent);
const clone = join(parent, 'site');
const out = join(parent, 'out');
/** The file each unsafe case edits in the clone (its one expected problem is there). */
const fileOf = new Map<string, string>();
let log = '';
let status: number | null = null;

const count = (text: string, part: string) => text.split(part).length - 1;
const pageOf = (file: string) => {
  const m = /^content\/(zh|en)\/(chapters|tasks)\/(\d+)\.md$/.exec(file)!;
  return join(out, m[1]!, m[2] === 'chapters' ? `plan/part-${m[3]}` : `tasks/${m[3]}`, 'index.html');
};

beforeAll(() => {
  initRepo(copy);
  const d0 = addDays(latestContentDate(copy), 1);
  commitAll(copy, 'Original', d0);
  commitAll(copy, 'A later revision', addDays(d0, 1));
  git(parent, ['clone', '-q', '--depth', '1', `file://${copy}`, clone]);
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'), 'dir');
  // Bypass the checker in the clone only: the sanitizer must still remove everything.
  writeFileSync(join(clone, 'src/integrations/content-guard.ts'), "export default function contentGuard() { return { name: 'bypassed', hooks: {} }; }\n");
  for (const c of UNSAFE) fileOf.set(c, badInput(c).plan(clone).apply()[0]!.file);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: clone, encoding: 'utf8', env: { ...process.env, PLAN_OUT_DIR: out, FORCE_COLOR: '0' }, timeout: 580_000 });
  log = `${r.stdout}\n${r.stderr}`;
  status = r.status;
}, 600_000);

afterAll(() => {
  removeCopy(copy);
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

test('the build succeeds: nothing stops it but the sanitizer', () => {
  expect(status, log.slice(-3000)).toBe(0);
  // The fixtures really are in the clone.
  expect(readFileSync(join(clone, fileOf.get('unsafe-script')!), 'utf8')).toContain('<script>');
});

describe('shallow clone', () => {
  test('a build from `git clone --depth 1` prints one notice and publishes no history pages', () => {
    expect(existsSync(join(clone, '.git', 'shallow'))).toBe(true);
    expect(count(log, 'Notice:')).toBe(1);
    expect(log).toMatch(/shallow clone/);
    expect(existsSync(join(out, 'zh', 'history'))).toBe(false);
    const page = readFileSync(join(out, 'zh', 'targets', 'index.html'), 'utf8');
    expect(page).toContain('data-last-updated');
    expect(page).not.toContain('data-history-link');
  });
});

describe('unsafe HTML never reaches a built page, even with the content check bypassed', () => {
  test.each(UNSAFE)('%s: the built page has no trace of it, the safe text stays', (name) => {
    const spec = { file: fileOf.get(name)! };
    // The site's own scripts are files, not content: the display settings (src/client/display.js) and
    // bundled scripts under /_astro/ (e.g. the search highlighter's loader).
    const own = /<script src="[^"]*\/_astro\/display\.[\w-]+\.js"><\/script>|<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/g;
    const lang = /^content\/(zh|en)\//.exec(spec.file)![1]!;
    // The content also reaches the one-page full text.
    for (const page of [pageOf(spec.file), join(out, lang, 'full-text', 'index.html')]) {
      const html = readFileSync(page, 'utf8').replace(own, '');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:/i);
      if (name === 'unsafe-event-handler') expect(html.replace(/<[^>]+>/g, '')).toMatch(/Click\s*here/);
      if (name === 'unsafe-javascript-url') expect(html).toContain('点击这里');
    }
  });
});
