/**
 * Page histories on a built site (issue 12). A copy of the project gets a git history of dated
 * commits: the original; a target figure corrected in both languages with change notes (the value
 * read from content/data/targets.yaml and raised by one, and in the prose of the targets chapter
 * where it is written); an English-only wording fix with an English change note. The copy is built
 * once and served. A build from a shallow clone: tests/integration/unusual-builds.test.ts.
 * Expectations are read from the content files, never written out here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { serve } from '../support/server.ts';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { axe, MODE_RULES, readable, TAGS } from '../support/axe.ts';
import { allBuiltPages } from '../support/site.ts';
import { commitAll, initRepo } from '../support/git-history.ts';
import { addChangeNote, addDays, collectionFiles, correctFigure, editLastParagraph, latestContentDate, readMarkdown } from '../support/revise.ts';
import { editMarkdown } from '../support/content-edit.ts';
import { expectedNumber } from '../support/expected.ts';
import { DISPLAY_MODES, expectedState, modeState, useMode } from '../support/display-modes.ts';
import { t } from '../../src/i18n/index.ts';
import { historyKeyOf } from '../../src/model/pages.ts';
import { loadProject } from '../../src/checker/node.ts';

const LANGS = ['zh', 'en'] as const;
type L = (typeof LANGS)[number];

const chromium = useBrowser();
const temp: string[] = [];
let dir = '';
let out = '';
let url = '';
let close: (() => Promise<void>) | undefined;
let buildLog = '';

/** What the revisions changed, read from the content as it was. */
const edit = {
  indicator: { id: '', old: 0, now: 0, name: { zh: '', en: '' } },
  /** File name (e.g. `3`) of the chapter with `targets: true`. */
  chapter: '',
  /** History key of the page whose sentences stated the corrected figure ('' when none did). */
  proseKey: '',
  notes: { zh: '', en: '', enOnly: '' },
  /** The English-only fix: task file name, the sentence added. */
  task: '',
  /** The change notes the Chinese task file already had before the revisions (its first version's notes). */
  taskNotesBefore: [] as string[],
  added: ' This sentence clarifies the wording of the paragraph.',
  dates: { original: '', figure: '', english: '' },
};


beforeAll(async () => {
  dir = copyProject();
  out = mkdtempSync(join(tmpdir(), 'plan-history-out-'));
  temp.push(out);
  initRepo(dir);
  const d0 = addDays(latestContentDate(dir), 1);
  edit.dates = { original: d0, figure: addDays(d0, 1), english: addDays(d0, 2) };
  commitAll(dir, 'Original', d0);

  // 1. A target figure corrected in both languages, with change notes, after the official text was
  //    corrected (data, official text and the sentences that state it: tests/support/revise.ts).
  const zhChapter = collectionFiles(dir, 'zh', 'chapters').find((f) => readMarkdown(f).data.targets === true)!;
  edit.chapter = basename(zhChapter, '.md');
  const enChapter = join(dir, 'content', 'en', 'chapters', `${edit.chapter}.md`);
  const words = (lang: L) => parse(readFileSync(join(dir, 'content', lang, 'targets.yaml'), 'utf8')) as { indicators: Record<string, string> };
  const fix = correctFigure(dir);
  const pick = fix.indicator;
  edit.indicator = { id: pick.id, old: pick.value, now: pick.value + 1, name: { zh: words('zh').indicators[pick.id]!, en: words('en').indicators[pick.id]! } };
  edit.notes.zh = `更正${edit.indicator.name.zh}的目标数值`;
  edit.notes.en = `Corrected the target figure for ${edit.indicator.name.en}`;
  // The page whose sentences stated the figure (if any), and its history key.
  const prose = fix.files.find((f) => f.startsWith('content/zh/'));
  edit.proseKey = prose ? (historyKeyOf(loadProject(dir, { fresh: true }).content, prose) ?? '') : '';
  for (const f of new Set([zhChapter, enChapter, ...fix.files.map((f) => join(dir, f))])) {
    addChangeNote(f, edit.dates.figure, f.includes('/content/zh/') ? edit.notes.zh : edit.notes.en);
  }
  commitAll(dir, 'Figure correction', edit.dates.figure);

  // 2. An English-only wording fix, with an English change note.
  const enTask = collectionFiles(dir, 'en', 'tasks')[0]!;
  edit.task = basename(enTask, '.md');
  edit.taskNotesBefore = ((readMarkdown(join(dir, 'content', 'zh', 'tasks', `${edit.task}.md`)).data.changes as { note: string }[] | undefined) ?? []).map((c) => c.note);
  edit.notes.enOnly = 'Wording of the last paragraph clarified';
  editMarkdown(enTask, { body: (b) => editLastParagraph(b, (p) => `${p}${edit.added}`) });
  addChangeNote(enTask, edit.dates.english, edit.notes.enOnly);
  commitAll(dir, 'English-only wording fix', edit.dates.english);

  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PLAN_OUT_DIR: out, PLAN_BASE: '/' } });
  buildLog = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`the build of the revised copy failed:\n${buildLog.slice(-4000)}`);
  const server = await serve({ root: out });
  url = server.url;
  close = server.close;
}, 600_000);

afterAll(async () => {
  await close?.();
  if (dir) removeCopy(dir);
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const { page } = await watchedPage(chromium.browser);
  const response = await page.goto(url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}
const text = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
const newest = async (page: Page) => Number(await page.getAttribute('.history-list > li:first-child', 'data-version'));

describe('history pages', () => {
  test('the build with full history printed no notice', () => {
    expect(buildLog).not.toMatch(/fetch-depth: 0/);
  });

  test('every history page exists in both languages and is linked from its page’s “last updated” line', { timeout: 180_000 }, async () => {
    const histories = (lang: L) => allBuiltPages(out).filter((p) => new RegExp(`^${lang}/history/[^/]+/$`).test(p)).map((p) => p.slice(3));
    expect(histories('en')).toEqual(histories('zh'));
    // Every page that links its history has one (read from the built pages, not a count).
    const linked = allBuiltPages(out)
      .filter((p) => /^(zh|en)\//.test(p) && !p.includes('/history/'))
      .flatMap((p) => [...readFileSync(join(out, p, 'index.html'), 'utf8').matchAll(/href="\/(zh|en)\/(history\/[^/"#]+\/)"[^>]*data-history-link/g)].map((m) => `${m[1]}/${m[2]}`));
    expect(linked.length).toBeGreaterThan(0);
    for (const h of new Set(linked)) expect(allBuiltPages(out), h).toContain(h);
    for (const lang of LANGS) {
      for (const [page, key] of [[`plan/part-${edit.chapter}/`, `part-${edit.chapter}`], ['targets/', 'targets'], [`tasks/${edit.task}/`, `task-${edit.task}`]] as const) {
        const p = await open(`${lang}/${page}`);
        expect(await p.getAttribute('[data-last-updated] a[data-history-link]', 'href'), page).toBe(`/${lang}/history/${key}/`);
        await p.click('[data-last-updated] a[data-history-link]');
        expect(await p.textContent('h1'), page).toContain(t(lang, 'history.title', { title: '' }).trim().replace(/[:：]$/, ''));
        await p.close();
      }
    }
  });

  test('history pages: one h1, hreflang alternates and a language switch to the same history; a past version switches to the other language’s history', async () => {
    for (const lang of LANGS) {
      const other = lang === 'zh' ? 'en' : 'zh';
      const p = await open(`${lang}/history/targets/`);
      expect(await p.locator('h1').count()).toBe(1);
      const alternates = await p.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => new URL(l.getAttribute('href')!).pathname));
      expect(alternates).toEqual(expect.arrayContaining(['/zh/history/targets/', '/en/history/targets/']));
      await p.click('[data-lang-switch]');
      expect(new URL(p.url()).pathname).toBe(`/${other}/history/targets/`);
      await p.goto(`${url}${lang}/history/targets/1/`);
      expect(await p.locator('h1').count()).toBe(1);
      await p.click('[data-lang-switch]');
      expect(new URL(p.url()).pathname).toBe(`/${other}/history/targets/`);
      await p.close();
    }
  });

  test('targets history: the correction’s change note, and the figure old → new labelled with the indicator’s name', async () => {
    for (const lang of LANGS) {
      const p = await open(`${lang}/history/targets/`);
      const v = await newest(p);
      expect(v).toBeGreaterThanOrEqual(2);
      const li = `.history-list > li[data-version="${v}"]`;
      expect(await text(p, `${li} [data-change-note]`)).toEqual([edit.notes[lang]]);
      const row = `${li} .history-data tr[data-id="${edit.indicator.id}"]`;
      expect(await p.textContent(`${row} th`)).toBe(edit.indicator.name[lang]);
      const del = (await p.textContent(`${row} del`))!;
      const ins = (await p.textContent(`${row} ins`))!;
      expect(del).toContain(expectedNumber(lang, edit.indicator.old));
      expect(ins).toContain(expectedNumber(lang, edit.indicator.now));
      expect(del).toContain(t(lang, 'history.deleted'));
      expect(ins).toContain(t(lang, 'history.inserted'));
      expect(await p.locator(`${li} .history-data tr`).count()).toBe(2); // header + the one changed figure
      await p.close();
    }
  });

  test('the redline of the page whose sentences stated the figure deletes the old figure and inserts the new one', async () => {
    expect(edit.proseKey, 'the corrected figure is stated in no page’s sentences: nothing to check').not.toBe('');
    for (const lang of LANGS) {
      const p = await open(`${lang}/history/${edit.proseKey}/`);
      const li = `.history-list > li[data-version="${await newest(p)}"]`;
      expect(await text(p, `${li} [data-change-note]`)).toContain(edit.notes[lang]);
      const strip = (s: string) => s.replace(/^[〔\[][^:：]*[:：]\s*/, '').replace(/[〕\]]$/, '').trim();
      expect((await text(p, `${li} .redline del`)).map(strip)).toContain(expectedNumber(lang, edit.indicator.old));
      expect((await text(p, `${li} .redline ins`)).map(strip)).toContain(expectedNumber(lang, edit.indicator.now));
      // Each change stated in words for screen readers.
      expect(await p.locator(`${li} .redline del .visually-hidden`).first().textContent()).toContain(t(lang, 'history.deleted'));
      expect(await p.locator(`${li} .redline ins .visually-hidden`).first().textContent()).toContain(t(lang, 'history.inserted'));
      // Word level: the deleted and inserted runs are short, never the whole paragraph.
      for (const d of await text(p, `${li} .redline del`)) expect(strip(d).length).toBeLessThan(20);
      await p.close();
    }
  });

  test('each language’s history holds only its own changes', async () => {
    const en = await open(`en/history/task-${edit.task}/`);
    const zh = await open(`zh/history/task-${edit.task}/`);
    const enVersions = await en.locator('.history-list > li').count();
    const zhVersions = await zh.locator('.history-list > li').count();
    expect(enVersions).toBe(zhVersions + 1);
    expect(await text(en, `.history-list > li[data-version="${enVersions}"] [data-change-note]`)).toEqual([edit.notes.enOnly]);
    expect(await text(en, `.history-list > li[data-version="${enVersions}"] .redline ins`)).toEqual([expect.stringContaining(edit.added.trim())]);
    expect(await zh.textContent('main')).not.toContain(edit.notes.enOnly);
    // The figure correction's notes: each in its own language only.
    const zhPart = await open(`zh/history/part-${edit.chapter}/`);
    const enPart = await open(`en/history/part-${edit.chapter}/`);
    expect(await zhPart.textContent('main')).not.toContain(edit.notes.en);
    expect(await enPart.textContent('main')).not.toContain(edit.notes.zh);
    for (const p of [en, zh, zhPart, enPart]) await p.close();
  });

  test('the first version shows the change notes its file had, or says that its date is the commit’s', async () => {
    const p = await open(`zh/history/task-${edit.task}/`);
    if (edit.taskNotesBefore.length) expect(await text(p, '.history-list > li[data-version="1"] [data-change-note]')).toEqual(edit.taskNotesBefore);
    else expect(await text(p, '.history-list > li[data-version="1"] [data-no-note]')).toEqual([t('zh', 'history.noNote')]);
    expect(await p.getAttribute('.history-list > li[data-version="1"] time', 'datetime')).toBe(edit.dates.original);
    await p.close();
  });

  test('point-in-time reading: the page as it stood, labelled not current, kept out of search engines and the search index', async () => {
    for (const lang of LANGS) {
      const p = await open(`${lang}/history/targets/`);
      const v = await newest(p);
      await p.click(`.history-list > li[data-version="${v - 1}"] a[href$="/${v - 1}/"]`);
      expect(new URL(p.url()).pathname).toBe(`/${lang}/history/targets/${v - 1}/`);
      expect(await p.textContent('[data-past-notice]')).toContain(t(lang, 'past.noticeTitle'));
      expect(await p.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      expect(await p.locator('[data-pagefind-body]').count()).toBe(0);
      expect(await p.getAttribute('.past-version', 'data-pagefind-ignore')).toBe('all');
      const row = await text(p, '.past-version tr');
      const old = row.find((r) => r.startsWith(edit.indicator.name[lang]));
      expect(old).toContain(expectedNumber(lang, edit.indicator.old));
      expect(old).not.toContain(expectedNumber(lang, edit.indicator.now));
      await p.goto(`${url}${lang}/history/targets/${v}/`);
      expect(await p.textContent('[data-past-notice]')).toContain(t(lang, 'past.latestTitle'));
      expect((await text(p, '.past-version tr')).find((r) => r.startsWith(edit.indicator.name[lang]))).toContain(expectedNumber(lang, edit.indicator.now));
      await p.close();
    }
    // The English task before and after its wording fix.
    const before = await open(`en/history/task-${edit.task}/1/`);
    expect(await before.textContent('.past-version')).not.toContain(edit.added.trim());
    const after = await open(`en/history/task-${edit.task}/2/`);
    expect(await after.textContent('.past-version')).toContain(edit.added.trim());
    for (const p of [before, after]) await p.close();
    // History pages are not in the sitemap.
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/zh/targets/<');
    expect(sitemap).not.toContain('/history/');
  });

  test('the Revisions page and each feed item link to the history that shows the change', async () => {
    for (const lang of LANGS) {
      const p = await open(`${lang}/revisions/`);
      const links = await p.$$eval('a[data-history-link]', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`/${lang}/history/part-${edit.chapter}/#v${(await (async () => {
        const h = await open(`${lang}/history/part-${edit.chapter}/`);
        const n = await newest(h);
        await h.close();
        return n;
      })())}`);
      await p.close();
      const rss = readFileSync(join(out, lang, 'rss.xml'), 'utf8');
      const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
      const changeItems = items.filter((i) => i.includes(lang === 'en' ? escapeXml(edit.notes.enOnly) : escapeXml(edit.notes.zh)));
      expect(changeItems.length).toBeGreaterThan(0);
      for (const item of changeItems) expect(item).toMatch(/\/history\/[a-z0-9-]+\/#v\d+/);
    }
  });

  test('accessible redlines: axe finds nothing (default and high contrast); deletions and insertions are not told by colour alone, on screen and in print', { timeout: 300_000 }, async () => {
    const pages = LANGS.flatMap((l) => [`${l}/history/targets/`, `${l}/history/${edit.proseKey}/`, `${l}/history/targets/1/`, `${l}/history/${edit.proseKey}/1/`]).concat([`en/history/task-${edit.task}/`]);
    for (const mode of DISPLAY_MODES.filter((m) => m.name === 'default' || (m.stored?.contrast === 'high' && !m.stored.size))) {
      const contrast = mode.stored?.contrast ?? null;
      const { page } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      for (const path of pages) {
        await page.goto(url + path);
        // The mode really is in force on the page (else the high-contrast run would check the default page again).
        expect(await modeState(page), `${path}, ${mode.name}`).toEqual(expectedState(mode));
        // Full axe in the default mode; in high contrast the rules a display mode can change.
        const violations = await axe(page, contrast ? { rules: MODE_RULES } : { tags: TAGS });
        expect(readable(`${path} (${contrast ?? 'default'})`, violations)).toBe('');
      }
      await page.goto(`${url}en/history/task-${edit.task}/`);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const style = await page.$eval('.redline ins', (el) => getComputedStyle(el).textDecorationLine);
        expect(style, `${media} ${contrast}`).toContain('underline');
      }
      await page.close();
    }
    const p = await open(`zh/history/targets/`);
    for (const media of ['screen', 'print'] as const) {
      await p.emulateMedia({ media });
      expect(await p.$eval('.history-data del', (el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    }
    await p.close();
  });
});

function escapeXml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
