/**
 * Staff revisions, made on a copy strictly as docs/editing-guide.*.md describes them, then built
 * once with `npm run build` and checked on the built site:
 *  1. a target figure corrected in both languages, after the official text was corrected;
 *  2. the full text of a Part, with headings that carry ids, a sub-heading, a list and a table,
 *     replacing its summary (with the Part's official text added to sources/);
 *  3. an English-only wording fix;
 *  4. a new task area;
 *  5. a figure corrected in one language only, which must be rejected.
 * Which figure, Part, page and task are used, and every expected value, are read from the content,
 * so the test keeps working after the content changes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { blocks, editMarkdown, editYaml, numberTokens, readMarkdown, readYaml, replaceFigure } from '../support/content-edit.ts';
import { listFiles } from '../../src/checker/node.ts';
import { t } from '../../src/i18n/index.ts';

const dir = copyProject();
const out = join(dir, 'out');
afterAll(() => removeCopy(dir));

const C = (p: string) => join(dir, p);
const read = (page: string) => readFileSync(join(out, page, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
const lastUpdated = (html: string) => /data-last-updated>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
const run = (script: string, env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, timeout: 300_000 });

// Dates after every date the content already has, so the new notes are the newest.
const allDates = listFiles(C('content'), ['.md']).flatMap((f) => readFileSync(f, 'utf8').match(/\d{4}-\d{2}-\d{2}/g) ?? []);
const latest = allDates.reduce((a, b) => (b > a ? b : a));
const day = (n: number) => new Date(Date.parse(`${latest}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const [D1, D2, D3] = [day(10), day(20), day(30)];

const manifest = readYaml(C('sources/manifest.yaml')) as { documents: { id: string; file: string }[] };
const targets = readYaml(C('content/data/targets.yaml')) as { source: { document: string }; groups: { indicators: { id: string; value: number }[] }[] };
const zhNames = (readYaml(C('content/zh/targets.yaml')) as { indicators: Record<string, string> }).indicators;
const entriesOf = (lang: string, collection: string) => listFiles(C(`content/${lang}/${collection}`), ['.md']).map((f) => f.slice(dir.length + 1));

/** Add a dated change note (newest first) and `updated`, as the guide says. */
const addNote = (file: string, date: string, note: string) =>
  editMarkdown(C(file), {
    data: (doc) => {
      doc.set('updated', date);
      const old = (doc.toJS().changes ?? []) as unknown[];
      doc.set('changes', doc.createNode([{ date, note }, ...old]));
    },
  });

// ── 1. A target figure, corrected in the official copy, the data and both languages ──────────────
const sourceFile = C(`sources/${manifest.documents.find((d) => d.id === targets.source.document)!.file}`);
const sourceRaw = readFileSync(sourceFile, 'utf8');
const indicator = targets.groups.flatMap((g) => g.indicators).find((i) => numberTokens(sourceRaw).filter((t) => t.value === i.value).length === 1 && i.value >= 11);
const fig = indicator && { id: indicator.id, old: indicator.value, next: indicator.value + 10 };
const figureFiles: string[] = [];
const targetChapters = entriesOf('zh', 'chapters').filter((f) => readMarkdown(C(f)).data.targets === true);

// ── 2. The full text of a Part ─────────────────────────────────────────────────────────────────
const part = entriesOf('zh', 'chapters')
  .map((f) => ({ f, d: readMarkdown(C(f)).data }))
  .filter((c) => !c.d.targets && !c.d.tasks)
  .sort((a, b) => Number(a.d.status !== 'summary') - Number(b.d.status !== 'summary'))[0];
const partNo = part?.d.number as number;
const partDoc = `plan-part-${partNo}`;
const draftDoc = `${partDoc}-draft`;

// ── 3. An English-only wording fix ──────────────────────────────────────────────────────────────
const enFix = entriesOf('en', 'tasks')[0]!;
const zhOfFix = enFix.replace('content/en/', 'content/zh/');
const zhFixUpdatedBefore = readMarkdown(C(zhOfFix)).data;
const fixNumber = readMarkdown(C(enFix)).data.number as number;

// ── 4. A new task area ─────────────────────────────────────────────────────────────────────────
const taskNumbers = entriesOf('zh', 'tasks').map((f) => readMarkdown(C(f)).data.number as number);
const newTask = Math.max(...taskNumbers) + 1;
const lastTask = readMarkdown(C(`content/zh/tasks/${Math.max(...taskNumbers)}.md`)).data;

let build: ReturnType<typeof run>;
/** Every text this test writes into the copy (see the copy's own glossary below). */
const fixtureTexts: string[] = [];

beforeAll(() => {
  // 1. Steps of "Correct a figure": the official copy first (with a correction record), then the data, then every text stating it.
  if (fig) {
    writeFileSync(sourceFile, replaceFigure(sourceRaw, fig.old, fig.next));
    editYaml(C('sources/manifest.yaml'), (doc) => {
      const i = manifest.documents.findIndex((d) => d.id === targets.source.document);
      doc.setIn(['documents', i, 'corrections'], doc.createNode([{ date: D1, note: `依据官方更正通知，“${zhNames[fig.id]}”由${fig.old}更正为${fig.next}。`, en: `Corrected from ${fig.old} to ${fig.next}, following the official notice of correction.` }]));
    });
    editYaml(C('content/data/targets.yaml'), (doc) => {
      targets.groups.forEach((g, gi) => g.indicators.forEach((ind, ii) => ind.id === fig.id && doc.setIn(['groups', gi, 'indicators', ii, 'value'], fig.next)));
    });
    for (const lang of ['zh', 'en']) {
      for (const f of listFiles(C(`content/${lang}`), ['.md']).map((x) => x.slice(dir.length + 1))) {
        if (numberTokens(readMarkdown(C(f)).body).some((t) => t.value === fig.old)) {
          editMarkdown(C(f), { body: (b) => replaceFigure(b, fig.old, fig.next) });
          if (!figureFiles.includes(f)) figureFiles.push(f);
        }
      }
    }
    for (const f of [...new Set([...figureFiles, ...targetChapters, ...targetChapters.map((x) => x.replace('/zh/', '/en/'))])]) {
      addNote(f, D1, f.includes('/zh/') ? `更正“${zhNames[fig.id]}”目标值。` : 'Corrected a 2025 target figure.');
    }
  }
  // 2. Steps of "Publish the full text of a Part": the official text into sources/, then the entry points at it.
  if (part) {
    // The test's own wording (no policy words, so no glossary term or alias decides whether it may be published).
    writeFileSync(C(`sources/${partDoc}.zh.txt`), ['第测部分 全文（测试文本）', '一、测试总则', '本段为测试用正文第一段。', '（一）测试分项', '到2025年，测试指标达到预期。', '测试列表第一项', '测试列表第二项', '项目', '数值', '测试指标甲', '4.7%', ''].join('\n'));
    // An earlier version of that text, which the new one replaces (manifest `supersedes`).
    writeFileSync(C(`sources/${draftDoc}.zh.txt`), ['第测部分 征求意见稿（测试文本）', '本段为测试用征求意见稿正文。', ''].join('\n'));
    editYaml(C('sources/manifest.yaml'), (doc) => {
      const list = doc.get('documents') as { add: (n: unknown) => void };
      list.add(doc.createNode({ id: draftDoc, title: `规划第${partNo}部分征求意见稿（测试）`, shortTitle: `《规划》第${partNo}部分征求意见稿`, lang: 'zh', status: '征求意见稿', file: `${draftDoc}.zh.txt`, provenance: '测试用官方文本的早先版本。', en: { title: `Part ${partNo}, draft for comments (test)`, shortTitle: `Plan, Part ${partNo}, draft for comments`, status: 'draft for comments', provenance: 'An earlier version of the official text for the test.' } }));
      list.add(doc.createNode({ id: partDoc, title: `规划第${partNo}部分全文（测试）`, shortTitle: `《规划》第${partNo}部分`, lang: 'zh', status: '送审稿', file: `${partDoc}.zh.txt`, provenance: '测试用官方文本。', supersedes: draftDoc, en: { title: `Full text of Part ${partNo} (test)`, shortTitle: `Plan, Part ${partNo}`, status: 'draft submitted for approval', provenance: 'An official text for the test.' } }));
    });
    const zhBody = ['', '## 一、测试总则 {#overall}', '', '本段为测试用正文第一段。', '', '### （一）测试分项 {#goals}', '', '到2025年，测试指标达到预期。', '', '- 测试列表第一项', '- 测试列表第二项', '', '| 项目 | 数值 |', '| --- | --- |', '| 测试指标甲 | 4.7% |', ''].join('\n');
    const enBody = ['', '## I. Test Provisions {#overall}', '', 'This is the first paragraph of the test text.', '', '### (1) Test Item {#goals}', '', 'By 2025, the test indicator will reach the expected level.', '', '- First test list item', '- Second test list item', '', '| Item | Value |', '| --- | --- |', '| Test indicator A | 4.7% |', ''].join('\n');
    fixtureTexts.push(zhBody, enBody);
    editMarkdown(C(part.f), { data: (doc) => (doc.set('status', 'full'), doc.set('source', doc.createNode({ document: partDoc, verbatim: true }))), body: () => zhBody });
    editMarkdown(C(part.f.replace('/zh/', '/en/')), { data: (doc) => void doc.set('status', 'full'), body: () => enBody });
    addNote(part.f, D2, '发布本部分全文。');
    addNote(part.f.replace('/zh/', '/en/'), D2, 'Published the full text of this Part.');
  }
  // 3. Steps of "Correct the English only": the English file, its own date and note; the Chinese file is not touched.
  editMarkdown(C(enFix), { body: (b) => { const p = blocks(b)[0]!; return b.replace(p.text, `${p.text.replace(/\.$/, '')}, as now worded.`); } });
  addNote(enFix, D3, 'Improved the English wording.');
  // 4. Steps of "Add a task area": a new pair of files, numbered next, in the chapter of the others.
  writeFileSync(C(`content/zh/tasks/${newTask}.md`), `---\nnumber: ${newTask}\nchapter: ${lastTask.chapter}\nshortTitle: 测试任务领域\ntitle: 测试任务领域，检验新增任务的发布流程\nstatus: summary\nsource:\n  document: ${targets.source.document}\n  verbatim: false\npublished: ${D3}\n---\n\n测试任务领域，检验新增任务的发布流程。\n`);
  writeFileSync(C(`content/en/tasks/${newTask}.md`), `---\nnumber: ${newTask}\nchapter: ${lastTask.chapter}\nshortTitle: Test task area\ntitle: A test task area, to try out publishing a new task\nstatus: summary\npublished: ${D3}\n---\n\nA test task area, to try out publishing a new task.\n`);

  fixtureTexts.push('测试任务领域，检验新增任务的发布流程', 'A test task area, to try out publishing a new task', ', as now worded.');
  // The copy's own glossary: an alias that this test's wording happens to contain is dropped here, so no
  // future search vocabulary can turn these revisions into errors (and no test decides what the glossary may hold).
  editYaml(C('content/data/glossary.yaml'), (doc) => {
    const terms = (doc.toJS() as { terms: Record<string, Record<string, string[]> | string>[] }).terms;
    terms.forEach((term, ti) => {
      for (const kind of ['abbreviations', 'synonyms']) {
        const lists = term[kind];
        if (!lists || typeof lists === 'string') continue;
        for (const [lang, list] of Object.entries(lists)) {
          for (let ai = list.length - 1; ai >= 0; ai--) {
            const alias = list[ai]!.toLowerCase();
            if (fixtureTexts.some((f) => f.toLowerCase().includes(alias))) doc.deleteIn(['terms', ti, kind, lang, ai]);
          }
        }
      }
    });
  });

  build = run('build', { PLAN_OUT_DIR: out });
}, 600_000);

test('the revised content passes npm run build', () => {
  expect(build.status, build.stdout + build.stderr).toBe(0);
  expect(existsSync(join(out, 'zh/index.html'))).toBe(true);
});

describe('1. a figure corrected in both languages, after the official text', () => {
  test('the targets page shows the new figure in both languages, dated and noted', () => {
    expect(fig, 'no target figure that the source states once').toBeDefined();
    for (const lang of ['zh', 'en']) {
      const html = read(`${lang}/targets`);
      const row = new RegExp(`id="indicator-${fig!.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      expect(row, `${lang}: row of ${fig!.id}`).not.toBe('');
      expect(text(row).replace(/,/g, '')).toContain(String(fig!.next));
      expect(text(row).replace(/,/g, '')).not.toMatch(new RegExp(`\\b${fig!.old}\\b`));
      expect(lastUpdated(html)).toBe(D1);
    }
    expect(figureFiles.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en']) expect(read(`${lang}/revisions`)).toContain(D1);
  });

  test('the readable copy of the source shows the corrected text and its correction record', () => {
    const html = read(`zh/sources/${targets.source.document}`);
    expect(text(html)).toContain(String(fig!.next));
    expect(html).toContain(`datetime="${D1}"`);
    expect(text(read(`en/sources/${targets.source.document}`))).toContain(`Corrected from ${fig!.old} to ${fig!.next}`);
  });
});

describe('2. the full text of a Part replaces its summary', () => {
  test('headings with ids, a sub-heading, a list and a table, no summary notice, the new source cited', () => {
    expect(part, 'no Part without targets or tasks').toBeDefined();
    for (const lang of ['zh', 'en']) {
      const html = read(`${lang}/plan/part-${partNo}`);
      expect(html).toMatch(/<h2[^>]* id="overall"/);
      expect(html).toMatch(/<h3[^>]* id="goals"/);
      expect(html).toMatch(/<ul[^>]*>\s*<li>/);
      expect(html).toMatch(/<table[\s\S]*4\.7%[\s\S]*<\/table>/);
      expect(html).not.toContain('class="notice"');
      expect(html).toContain(`/${lang}/sources/${partDoc}/`);
      expect(lastUpdated(html)).toBe(D2);
    }
    expect(text(read(`zh/sources/${partDoc}`))).toContain('本段为测试用正文第一段。');
  });

  test('the earlier version of the official text names and links the version that replaces it, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = read(`${lang}/sources/${draftDoc}`);
      const row = new RegExp(`<dt>${t(lang, 'source.supersededBy')}</dt><dd><a href="([^"]+)">([^<]+)</a>`).exec(html);
      expect(row, `${lang}: no “${t(lang, 'source.supersededBy')}” entry`).not.toBeNull();
      expect(row![1]).toBe(`/${lang}/sources/${partDoc}/`);
      expect(row![2]).toBe(lang === 'zh' ? `规划第${partNo}部分全文（测试）` : `Full text of Part ${partNo} (test)`);
      // The replacing text itself names no later version.
      expect(read(`${lang}/sources/${partDoc}`)).not.toContain(`<dt>${t(lang, 'source.supersededBy')}</dt>`);
    }
  });
});

describe('3. an English-only wording fix', () => {
  test('the English page carries the fix, its own date and note; the Chinese page and lists do not', () => {
    const en = read(`en/tasks/${fixNumber}`);
    expect(text(en)).toContain('as now worded.');
    expect(lastUpdated(en)).toBe(D3);
    expect(text(en)).toContain('Improved the English wording.');
    const zh = read(`zh/tasks/${fixNumber}`);
    expect(lastUpdated(zh)).toBe((zhFixUpdatedBefore.updated as string | undefined) ?? (zhFixUpdatedBefore.published as string));
    expect(read('en/revisions')).toContain('Improved the English wording.');
    expect(read('zh/revisions')).not.toContain('Improved the English wording.');
    expect(readFileSync(join(out, 'en/rss.xml'), 'utf8')).toContain('Improved the English wording.');
    expect(readFileSync(join(out, 'zh/rss.xml'), 'utf8')).not.toContain('Improved the English wording.');
  });
});

describe('4. a new task area', () => {
  test('its pages exist in both languages and the lists link to them', () => {
    expect(text(read(`zh/tasks/${newTask}`))).toContain('测试任务领域，检验新增任务的发布流程');
    expect(text(read(`en/tasks/${newTask}`))).toContain('A test task area');
    for (const lang of ['zh', 'en']) expect(read(`${lang}/tasks`)).toContain(`/${lang}/tasks/${newTask}/`);
  });
});

describe('5. a figure corrected in one language only', () => {
  test('npm run check rejects it, naming both files, the line and the numbers; npm run build publishes nothing', () => {
    // A paragraph of a Chinese file with a figure its English paragraph states too.
    const zh = entriesOf('zh', 'notes').concat(entriesOf('zh', 'chapters')).find((f) => blocks(readMarkdown(C(f)).body).some((b) => numberTokens(b.text).some((t) => t.value >= 11)))!;
    expect(zh, 'no Chinese paragraph with a figure').toBeDefined();
    const block = blocks(readMarkdown(C(zh)).body).find((b) => numberTokens(b.text).some((t) => t.value >= 11))!;
    const value = numberTokens(block.text).find((t) => t.value >= 11)!.value;
    editMarkdown(C(zh), { body: (b) => b.replace(block.text, replaceFigure(block.text, value, value + 1)) });
    const line = readMarkdown(C(zh)).bodyLine + block.line - 1;
    const r = run('check');
    expect(r.status).not.toBe(0);
    const report = r.stdout + r.stderr;
    expect(report).toContain(zh.replace('/zh/', '/en/'));
    expect(report).toContain(`${zh}:${line}`);
    expect(report).toContain(String(value + 1));
    expect(report).toContain('数字与');
    const b = run('build', { PLAN_OUT_DIR: join(dir, 'rejected') });
    expect(b.status).not.toBe(0);
    expect(existsSync(join(dir, 'rejected'))).toBe(false);
  });
});
