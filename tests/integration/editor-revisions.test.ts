/**
 * The editing guide's revisions ("Publish from the browser", docs/editing-guide.*.md) made through the
 * browser editor's real interface (Sveltia CMS at /admin/, served by `astro dev` on a copy of the
 * project), in headless Chromium that resolves no host but 127.0.0.1, on a local folder behind a
 * stubbed folder picker (tests/support/editor.ts). In ONE editor session:
 *  a. a target figure corrected: the corrected official text uploaded as a file and the correction
 *     recorded in "Official texts"; the value in "Data"; every page stating it in both languages, with
 *     change notes, and the Part with the targets noted in both;
 *  b. an English-only wording fix, with its English change note;
 *  c. a new main task ("New"), with its source chosen;
 *  d. the full text of a Part: a new official text added and its file uploaded through the editor,
 *     then the Part set to full text citing it word for word, with headings with ids, a sub-heading,
 *     a list and a table.
 * (The fifth, a figure changed in one language only and refused, is tests/browser/editor.test.ts.)
 * Then what the editor wrote is put into the copy, and `npm run check` and ONE build run on it; each
 * revision is read back from the built pages. Which figure, Part, task and page are used, and every
 * expected value, are read from the content; the texts and figures written here are this test's own,
 * not the guide's examples.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { decodeHTML } from 'entities';
import { useBrowser } from '../support/chromium.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { addChangeNote, choose, editableFiles, field, input, openEditor, openEntry, readFolder, reveal, save, uploadInto, type EditorSession } from '../support/editor.ts';
import { blocks, numberTokens, readMarkdown, replaceFigure } from '../support/content-edit.ts';
import { collectionFiles, findCorrectableFigure, latestContentDate } from '../support/revise.ts';
import { MARKDOWN_COLLECTIONS } from '../../src/model/collections.ts';
import { paths } from '../../src/model/routes.ts';

const chromium = useBrowser();
const dir = copyProject(undefined, { prefix: 'plan-editor-' });
const out = join(dir, 'out');
const C = (p: string) => join(dir, p);
const rel = (abs: string) => relative(dir, abs).split('\\').join('/');
const yaml = (p: string) => parse(readFileSync(C(p), 'utf8')) as Record<string, unknown>;

/** The date of every note: today, or the content's latest date if that is later (notes are newest first). */
const today = new Date().toISOString().slice(0, 10);
const DATE = [today, latestContentDate(dir)].sort().at(-1)!;

const read = (page: string) => readFileSync(join(out, page, 'index.html'), 'utf8');
const text = (html: string) => decodeHTML(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const lastUpdated = (html: string) => /data-last-updated>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
const run = (script: string, env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, timeout: 400_000 });

/** The editor's address of a Markdown entry (content/zh/<folder>/<name>.md). */
const entryHash = (path: string) => {
  const [, folder, name] = /^content\/(?:zh|en)\/([^/]+)\/(.+)\.md$/.exec(path)!;
  return `${MARKDOWN_COLLECTIONS.find((c) => c.folder === folder)!.name}/entries/${folder}/${name}`;
};

/** The built page (folder under out/, with its language) that shows a Markdown file. */
const pageOf = (path: string) => {
  const [, lang, folder] = /^content\/(zh|en)\/([^/]+)\//.exec(path)!;
  const n = Number(readMarkdown(C(path)).data.number);
  const page = { notes: paths.notes, plan: paths.plan, chapters: paths.chapter(n), tasks: paths.task(n), survey: paths.survey }[folder!];
  if (page === undefined) throw new Error(`no page for ${path}`);
  return `${lang}/${page}`;
};

// ── What the revisions change, read from the copy ─────────────────────────────────────────────
type Doc = { id: string; file: string; corrections?: unknown[] };
const manifest = yaml('sources/manifest.yaml') as { documents: Doc[] };
const targets = yaml('content/data/targets.yaml') as { source: { document: string }; groups: { indicators: { id: string; value: number }[] }[] };
const zhNames = (yaml('content/zh/targets.yaml') as { indicators: Record<string, string> }).indicators;
const enNames = (yaml('content/en/targets.yaml') as { indicators: Record<string, string> }).indicators;
const zhEntries = (folder: string) => collectionFiles(dir, 'zh', folder).map(rel);

// a. The figure: stated once in the official texts, once in each page that states it.
const figure = findCorrectableFigure(dir);
const fig = figure.indicator;
// Another figure, of this test's own (not the guide's example): seven more, kept to the decimals it had.
const next = Math.round((fig.value + 7) * 100) / 100;
const figureSource = figure.sources.map(rel)[0]!;
const figureDoc = manifest.documents.findIndex((d) => `sources/${d.file}` === figureSource);
const [groupAt, indicatorAt] = (() => {
  for (const [g, group] of targets.groups.entries()) for (const [i, ind] of group.indicators.entries()) if (ind.id === fig.id) return [g, i];
  return [-1, -1];
})();
const figurePages = figure.pages.map(rel);
const targetParts = zhEntries('chapters').filter((f) => readMarkdown(C(f)).data.targets === true);
const figureEntries = [...new Set([...figurePages, ...targetParts])];
const correction = {
  zh: `依据官方更正通知，“${zhNames[fig.id]}”目标值由${fig.value}更正为${next}（编辑器验收）。`,
  en: `Target for ${enNames[fig.id]} corrected from ${fig.value} to ${next} after the official notice of correction (editor acceptance).`,
};

// b. An English-only fix: a task the figure does not touch, its first paragraph extended.
const enFix = collectionFiles(dir, 'en', 'tasks').map(rel).find((f) => !figureEntries.includes(f.replace('/en/', '/zh/')))!;
const enFixAddition = ', as the bureau now words it';
const enFixNote = 'Reworded the opening sentence of the English text.';
const zhOfFix = readMarkdown(C(enFix.replace('/en/', '/zh/'))).data;

// c. A new main task: numbered next, in the Part of the last one, citing the source the tasks cite.
const tasks = zhEntries('tasks').map((f) => readMarkdown(C(f)).data);
const lastTask = tasks.reduce((a, b) => (Number(b.number) > Number(a.number) ? b : a));
const newTask = Number(lastTask.number) + 1;
const taskSource = (lastTask.source as { document: string }).document;
const task = {
  zh: { shortTitle: '验收新增任务', title: '验收新增任务，检验编辑器中新建条目的流程', body: '验收新增任务，检验编辑器中新建条目的流程。' },
  en: { shortTitle: 'Acceptance task', title: 'An acceptance task, to try creating an entry in the editor', body: 'An acceptance task, to try creating an entry in the editor.' },
};

// d. The full text of a Part: one without targets or tasks, a summary first.
const part = zhEntries('chapters')
  .map((f) => ({ f, d: readMarkdown(C(f)).data }))
  .filter((c) => !c.d.targets && !c.d.tasks && !figureEntries.includes(c.f))
  .sort((a, b) => Number(a.d.status !== 'summary') - Number(b.d.status !== 'summary'))[0]!;
const partNo = Number(part.d.number);
const partDoc = { id: `part-${partNo}-full-text`, file: `part-${partNo}-full-text.zh.txt` };
const partSource = [
  `规划第${partNo}部分全文（编辑器验收文本）`,
  '一、编辑器验收的总体要求',
  '本段是通过浏览器编辑器发布的验收正文。',
  '（一）验收的具体事项',
  '到2025年，验收事项的完成率达到96.5%。',
  '通过编辑器上传官方文本',
  '通过编辑器发布全文',
  '事项',
  '完成率',
  '验收事项',
  '96.5%',
  '',
].join('\n');
const partBody = {
  zh: ['## 一、编辑器验收的总体要求 {#editor-acceptance}', '', '本段是通过浏览器编辑器发布的验收正文。', '', '### （一）验收的具体事项 {#acceptance-items}', '', '到2025年，验收事项的完成率达到96.5%。', '', '- 通过编辑器上传官方文本', '- 通过编辑器发布全文', '', '| 事项 | 完成率 |', '| --- | --- |', '| 验收事项 | 96.5% |', ''].join('\n'),
  en: ['## I. General Requirements for the Editor Acceptance {#editor-acceptance}', '', 'This paragraph is the acceptance text published through the browser editor.', '', '### (1) Specific Acceptance Items {#acceptance-items}', '', 'By 2025, the completion rate of the acceptance items will reach 96.5%.', '', '- Uploading the official text through the editor', '- Publishing the full text through the editor', '', '| Item | Completion rate |', '| --- | --- |', '| Acceptance items | 96.5% |', ''].join('\n'),
};
const partNotes = { zh: '发布本部分全文（编辑器验收）。', en: 'Published the full text of this Part (editor acceptance).' };

let dev: DevServer | undefined;
let session: EditorSession | undefined;
let before: Map<string, string>;
let written: Map<string, string>;
let check: ReturnType<typeof run>;
let build: ReturnType<typeof run>;

async function correctTheFigure(page: EditorSession['page'], base: string) {
  // "Official texts": the corrected copy uploaded under the same name, and the correction recorded.
  await openEntry(page, base, 'sources/entries/manifest');
  await uploadInto(page, field(page, '_default', `documents.${figureDoc}.file`), figureSource.slice('sources/'.length), replaceFigure(before.get(figureSource)!, fig.value, next));
  await field(page, '_default', `documents.${figureDoc}.corrections`).getByRole('button', { name: /添加/ }).click();
  await input(page, '_default', `documents.${figureDoc}.corrections.0.date`).fill(DATE);
  await input(page, '_default', `documents.${figureDoc}.corrections.0.note`).fill(correction.zh);
  await input(page, '_default', `documents.${figureDoc}.corrections.0.en`).fill(correction.en);
  await save(page);
  // "Data → 2025 targets (figures)": the value.
  await openEntry(page, base, 'data/entries/targetData');
  await input(page, '_default', `groups.${groupAt}.indicators.${indicatorAt}.value`).fill(String(next));
  await save(page);
  // Each page stating it, in both columns, and the Part with the targets: change notes in both.
  for (const zh of figureEntries) {
    await openEntry(page, base, entryHash(zh));
    for (const locale of ['zh', 'en']) {
      if (figurePages.includes(zh)) {
        const body = input(page, locale, 'body');
        await body.fill(replaceFigure(await body.inputValue(), fig.value, next));
      }
      await addChangeNote(page, locale, locale === 'zh' ? `更正“${zhNames[fig.id]}”目标值（编辑器验收）。` : `Corrected the 2025 target for ${enNames[fig.id]} (editor acceptance).`, DATE);
    }
    await save(page);
  }
}

async function fixTheEnglish(page: EditorSession['page'], base: string) {
  await openEntry(page, base, entryHash(enFix));
  const body = input(page, 'en', 'body');
  const value = await body.inputValue();
  const first = blocks(value).find((b) => /[.]$/.test(b.text) && !/^(#|-|\||\d+\.)/.test(b.text))!;
  await body.fill(value.replace(first.text, `${first.text.slice(0, -1)}${enFixAddition}.`));
  await addChangeNote(page, 'en', enFixNote, DATE);
  await save(page);
}

async function addTheTask(page: EditorSession['page'], base: string) {
  await openEntry(page, base, 'tasks/new');
  await input(page, 'zh', 'number').fill(String(newTask));
  await input(page, 'zh', 'chapter').fill(String(lastTask.chapter));
  await choose(field(page, 'zh', 'status').getByRole('radio', { name: String(lastTask.status), exact: true }));
  await input(page, 'zh', 'published').fill(DATE);
  await field(page, 'zh', 'source').getByRole('checkbox').click();
  await choose(field(page, 'zh', 'source.document').locator(`[role="radio"][value="${taskSource}"]`));
  for (const locale of ['zh', 'en'] as const) {
    await input(page, locale, 'shortTitle').fill(task[locale].shortTitle);
    await input(page, locale, 'title').fill(task[locale].title);
    await input(page, locale, 'body').fill(task[locale].body);
  }
  await save(page);
}

async function publishThePart(page: EditorSession['page'], base: string) {
  // "Official texts": a new document, its text uploaded as a file.
  await openEntry(page, base, 'sources/entries/manifest');
  await field(page, '_default', 'documents').getByRole('button', { name: /添加/ }).last().click();
  const at = manifest.documents.length;
  // The new item is at the end of a long list: its fields are drawn as they scroll into view.
  const set = async (key: string, value: string) => {
    const box = input(page, '_default', `documents.${at}.${key}`);
    await reveal(page, box);
    await box.fill(value);
  };
  await set('id', partDoc.id);
  await set('title', `规划第${partNo}部分全文（编辑器验收）`);
  await set('shortTitle', `《规划》第${partNo}部分（验收）`);
  await choose(field(page, '_default', `documents.${at}.lang`).getByRole('radio', { name: 'zh', exact: true }));
  await set('status', '送审稿');
  await reveal(page, field(page, '_default', `documents.${at}.file`));
  await uploadInto(page, field(page, '_default', `documents.${at}.file`), partDoc.file, partSource);
  await set('provenance', '编辑器验收用的官方文本。');
  await set('en.title', `Full text of Part ${partNo} (editor acceptance)`);
  await set('en.shortTitle', `Plan, Part ${partNo} (acceptance)`);
  await set('en.status', 'draft submitted for approval');
  await set('en.provenance', 'An official text for the editor acceptance.');
  await save(page);
  // The Part: full text, citing the new document word for word.
  await openEntry(page, base, entryHash(part.f));
  await choose(field(page, 'zh', 'status').getByRole('radio', { name: 'full', exact: true }));
  await choose(field(page, 'zh', 'source.document').locator(`[role="radio"][value="${partDoc.id}"]`));
  await input(page, 'zh', 'source.section').fill('');
  const verbatim = field(page, 'zh', 'source.verbatim').getByRole('switch');
  if ((await verbatim.getAttribute('aria-checked')) !== 'true') await verbatim.click();
  for (const locale of ['zh', 'en'] as const) {
    await input(page, locale, 'body').fill(partBody[locale]);
    await addChangeNote(page, locale, partNotes[locale], DATE);
  }
  await save(page);
}

beforeAll(async () => {
  before = editableFiles(dir);
  dev = await startDevServer(dir, { readyPath: 'admin/' });
  const base = `${dev.origin}/`;
  session = await openEditor(chromium.browser, base, before);
  const { page } = session;
  await page.getByText(MARKDOWN_COLLECTIONS[0].label.zh).first().waitFor();
  try {
    await correctTheFigure(page, base);
    await fixTheEnglish(page, base);
    await addTheTask(page, base);
    await publishThePart(page, base);
  } catch (e) {
    // What the editor showed when a step failed, for whoever reads the failure.
    await page.screenshot({ path: join(tmpdir(), 'editor-revisions-failure.png') }).catch(() => {});
    throw e;
  }
  written = await readFolder(page);
  await session.context.close();
  await dev.close();
  // What the editor wrote goes into the copy, as a commit of the local folder would.
  for (const [path, text] of written) {
    if (before.get(path) === text) continue;
    mkdirSync(dirname(C(path)), { recursive: true });
    writeFileSync(C(path), text);
  }
  check = run('check');
  build = run('build', { PLAN_OUT_DIR: out });
}, 900_000);

afterAll(async () => {
  await session?.context.close().catch(() => {});
  await dev?.close();
  removeCopy(dir);
});

describe('the guide’s revisions, through the browser editor', () => {
  test('no request left 127.0.0.1; the editor wrote exactly the files of the revisions; npm run check and the build pass on them', () => {
    expect(session!.external).toEqual([]);
    const changed = [...written.keys()].filter((p) => before.get(p) !== written.get(p)).sort();
    const en = (f: string) => f.replace('/zh/', '/en/');
    const expected = [
      'sources/manifest.yaml',
      figureSource,
      `sources/${partDoc.file}`,
      'content/data/targets.yaml',
      ...figureEntries.flatMap((f) => [f, en(f)]),
      enFix,
      `content/zh/tasks/${newTask}.md`,
      `content/en/tasks/${newTask}.md`,
      part.f,
      en(part.f),
    ];
    expect(changed).toEqual([...new Set(expected)].sort());
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  test('a. the corrected figure: the targets page, every page that stated it and the official text’s readable copy, with the correction record', () => {
    for (const lang of ['zh', 'en']) {
      const html = read(`${lang}/targets`);
      const row = new RegExp(`id="indicator-${fig.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      expect(text(row).replace(/,/g, '')).toContain(String(next));
      expect(numberTokens(text(row)).map((t) => t.value)).not.toContain(fig.value);
      expect(lastUpdated(html)).toBe(DATE);
    }
    for (const zh of figurePages) {
      for (const file of [zh, zh.replace('/zh/', '/en/')]) {
        const body = readMarkdown(C(file)).body;
        expect(numberTokens(body).map((t) => t.value), file).toContain(next);
        expect(numberTokens(body).map((t) => t.value), file).not.toContain(fig.value);
        expect(numberTokens(text(read(pageOf(file)))).map((t) => t.value), pageOf(file)).toContain(next);
      }
    }
    const id = manifest.documents[figureDoc]!.id;
    expect(text(read(`zh/sources/${id}`))).toContain(String(next));
    expect(text(read(`zh/sources/${id}`))).toContain(correction.zh);
    expect(text(read(`en/sources/${id}`))).toContain(correction.en);
  });

  test('b. the English-only fix: on the English page with its note and date; the Chinese page keeps its date, its revisions do not list it', () => {
    const n = readMarkdown(C(enFix)).data.number;
    const en = read(`en/tasks/${n}`);
    expect(text(en)).toContain(`${enFixAddition}.`);
    expect(text(en)).toContain(enFixNote);
    expect(lastUpdated(en)).toBe(DATE);
    expect(lastUpdated(read(`zh/tasks/${n}`))).toBe(String(zhOfFix.updated ?? zhOfFix.published));
    expect(read('en/revisions')).toContain(enFixNote);
    expect(read('zh/revisions')).not.toContain(enFixNote);
  });

  test('c. the new main task: its pages in both languages, in the lists, citing its source', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = read(`${lang}/tasks/${newTask}`);
      expect(text(html)).toContain(task[lang].title);
      expect(text(html)).toContain(task[lang].body);
      expect(html).toContain(`/${lang}/sources/${taskSource}/`);
      expect(read(`${lang}/tasks`)).toContain(`/${lang}/tasks/${newTask}/`);
    }
  });

  test('d. the Part’s full text: headings with ids, a sub-heading, a list and a table, no summary notice, the new source cited and readable', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = read(`${lang}/plan/part-${partNo}`);
      expect(html).toMatch(/<h2[^>]* id="editor-acceptance"/);
      expect(html).toMatch(/<h3[^>]* id="acceptance-items"/);
      expect(html).toMatch(/<ul[^>]*>\s*<li>/);
      expect(html).toMatch(/<table[\s\S]*96\.5%[\s\S]*<\/table>/);
      expect(html).not.toContain('class="notice"');
      expect(html).toContain(`/${lang}/sources/${partDoc.id}/`);
      expect(text(html)).toContain(partNotes[lang]);
      expect(lastUpdated(html)).toBe(DATE);
    }
    expect(text(read(`zh/sources/${partDoc.id}`))).toContain('本段是通过浏览器编辑器发布的验收正文。');
    expect(existsSync(C(`sources/${partDoc.file}`))).toBe(true);
    expect(readFileSync(C(`sources/${partDoc.file}`), 'utf8')).toBe(partSource);
  });
});
