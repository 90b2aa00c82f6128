/**
 * `npm run bench:history`: what the page histories (issue 12) cost the build.
 *
 * Makes a throw-away copy of the project, commits it, then makes REVISIONS (default 50, env
 * BENCH_REVISIONS) dated commits of realistic edits, as staff make them: a wording fix in English
 * only, a paragraph revised in both languages (pages that are not verbatim copies of an official
 * text), each with its change notes, and every tenth a target figure corrected after the official
 * text was (tests/support/revise.ts correctFigure: data, source and sentences, value + 1). Then builds the copy without history
 * (PLAN_HISTORY=0) and with it, each from a cold cache, and prints both times, the ratio (target:
 * ≤ 1.5×) and how many history pages were built. Nothing is asserted; figures are printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, removeCopy } from '../tests/support/project-copy.ts';
import { commitAll, git, initRepo } from '../tests/support/git-history.ts';
import { addChangeNote, addDays, collectionFiles, correctFigure, editLastParagraph, latestContentDate, readMarkdown } from '../tests/support/revise.ts';
import { editMarkdown } from '../tests/support/content-edit.ts';
import { allBuiltPages } from '../tests/support/site.ts';

const REVISIONS = Number(process.env.BENCH_REVISIONS ?? 50);
const dir = copyProject();
const outs = mkdtempSync(join(tmpdir(), 'plan-bench-out-'));

const check = () => spawnSync(process.execPath, ['scripts/check.ts'], { cwd: dir, encoding: 'utf8' });

try {
  initRepo(dir);
  const start = addDays(latestContentDate(dir), 1);
  commitAll(dir, 'Original', start);
  // Pages whose Chinese text is not a verbatim copy of an official text (those change only with it).
  const pages = ['chapters', 'tasks', 'notes', 'plan']
    .flatMap((c) => collectionFiles(dir, 'en', c).map((en) => ({ en, zh: en.replace('/content/en/', '/content/zh/') })))
    .filter((p) => (readMarkdown(p.zh).data.source as { verbatim?: boolean } | undefined)?.verbatim !== true);
  let figures = 0;
  for (let i = 1; i <= REVISIONS; i++) {
    const date = addDays(start, i);
    const page = pages[i % pages.length]!;
    if (i % 10 === 0) {
      try {
        const fix = correctFigure(dir);
        for (const f of [...fix.files.filter((x) => x.includes('/zh/')), ...fix.files.filter((x) => x.includes('/en/'))]) {
          addChangeNote(join(dir, f), date, f.includes('/zh/') ? `更正${fix.indicator.id}指标数值` : `Corrected the figure ${fix.indicator.id}`);
        }
        if (check().status === 0) {
          figures += 1;
          commitAll(dir, `Corrected the target figure ${fix.indicator.id}`, date);
          continue;
        }
      } catch {
        /* no figure can be corrected without doubt: make a wording revision instead */
      }
      git(dir, ['checkout', '--', '.']);
    }
    if (i % 2 === 0) {
      editMarkdown(page.en, { body: (body) => editLastParagraph(body, (p) => `${p} This sentence was revised for clarity.`) });
      addChangeNote(page.en, date, `Wording of the last paragraph clarified (${date})`);
      commitAll(dir, 'English wording fix', date);
    } else {
      editMarkdown(page.zh, { body: (body) => editLastParagraph(body, (p) => `${p}（本段文字已于本次修订中完善。）`) });
      editMarkdown(page.en, { body: (body) => editLastParagraph(body, (p) => `${p} (This paragraph was improved in this revision.)`) });
      addChangeNote(page.zh, date, `完善最后一段的文字（${date}）`);
      addChangeNote(page.en, date, `Last paragraph improved (${date})`);
      commitAll(dir, 'Paragraph revised in both languages', date);
    }
  }
  const final = check();
  if (final.status !== 0) throw new Error(`the revised copy fails npm run check: the benchmark edits need updating\n${final.stdout}\n${final.stderr}`);

  const build = (history: boolean) => {
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const out = join(outs, history ? 'with' : 'without');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PLAN_OUT_DIR: out, PLAN_HISTORY: history ? '1' : '0' },
    });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`build ${history ? 'with' : 'without'} history failed:\n${r.stdout}\n${r.stderr}`);
    return { seconds, pages: allBuiltPages(out).length, history: allBuiltPages(out).filter((p) => /\/history\//.test(p)).length };
  };
  const without = build(false);
  const withHistory = build(true);
  const commits = Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());
  console.log(`History benchmark: ${commits} commits (${REVISIONS} revisions after the original, ${figures} of them target-figure corrections)`);
  console.log(`  build without history (PLAN_HISTORY=0): ${without.seconds.toFixed(1)} s, ${without.pages} pages`);
  console.log(`  build with history:                     ${withHistory.seconds.toFixed(1)} s, ${withHistory.pages} pages (${withHistory.history} history pages)`);
  console.log(`  ratio: ${(withHistory.seconds / without.seconds).toFixed(2)}× (target ≤ 1.5×)`);
} finally {
  removeCopy(dir);
  rmSync(outs, { recursive: true, force: true });
}
