/**
 * The staff preview (`npm run dev`): a content problem appears in the browser, on the page being
 * edited, as a banner in Chinese and English naming the file, the line, the field and what was
 * expected; once the file is fixed the banner is gone. Runs `astro dev` on a copy of the project.
 *
 * Nothing here pins today's content: the file, its field, its line and its valid value are read
 * from the copy, and the edit is a structured one (the front matter is parsed and re-written).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { pageUrl, paths } from '../../src/model/routes.ts';
import { BANNER_ID } from '../../src/integrations/dev-banner.ts';
import { checkProject } from '../../src/checker/node.ts';
import { namedItems, uiPattern } from '../support/statements.ts';

const ROOT = resolve('.');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const chromium = useBrowser();
/**
 * How long a page may take to show an edit. Not a speed target (the preview is quick alone, under a
 * second): npm test runs these tests at a lower priority beside the browser tests, and a page of the
 * dev server then took more than 30 s to follow an edit (2026-12-03 and 2026-12-04, once each).
 */
const POLL_MS = 120_000;

let dir = '';
let dev: DevServer | undefined;
let origin = '';

beforeAll(async () => {
  dir = copyProject(ROOT, { prefix: 'plan-dev-' });
  dev = await startDevServer(dir);
  origin = dev.origin;
}, 120_000);

afterAll(async () => {
  await dev?.close();
  if (dir) removeCopy(dir);
});

/** A Chinese chapter file of the copy, with its front matter as a YAML document (lines counted). */
function chapterFile() {
  const folder = join(dir, 'content', 'zh', 'chapters');
  const name = readdirSync(folder).filter((f) => f.endsWith('.md')).sort()[0];
  expect(name, 'a Chinese chapter file to edit').toBeTruthy();
  const file = join(folder, name!);
  const raw = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?\r?\n)---/.exec(raw);
  expect(m, `${file} has front matter`).toBeTruthy();
  const lineCounter = new LineCounter();
  const doc = parseDocument(m![1]!, { lineCounter });
  return { file, relative: `content/zh/chapters/${name}`, raw, front: m![1]!, doc, lineCounter };
}

const banner = (page: Page) => page.locator(`#${BANNER_ID}`);

async function axeBanner(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (id) => {
    const w = window as unknown as { axe: { run: (ctx: string, opts: object) => Promise<{ violations: { id: string; help: string }[] }> } };
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const result = await w.axe.run(`#${id}`, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  }, BANNER_ID);
}

describe('staff preview (astro dev) shows content problems in the browser', () => {
  test('no banner while the content is valid', async () => {
    const { page } = await watchedPage(chromium.browser);
    await page.goto(`${origin}/zh/`);
    expect(await banner(page).count()).toBe(0);
    await page.close();
  });

  test('a broken front-matter field: bilingual banner on the edited page naming file:line, field and what was expected; gone once fixed', async () => {
    const chapter = chapterFile();
    const number = chapter.doc.get('number');
    const status = chapter.doc.get('status');
    expect(typeof number, 'chapter number').toBe('number');
    expect(typeof status, 'chapter status').toBe('string');
    const statusNode = chapter.doc.get('status', true) as { range?: [number, number, number] };
    // Front-matter line + 1 for the opening ---.
    const line = chapter.lineCounter.linePos(statusNode.range![0]).line + 1;

    // Break the field: a value that is not one of the allowed ones (the valid one, misspelt).
    chapter.doc.set('status', `${String(status)}-typo`);
    writeFileSync(chapter.file, chapter.raw.replace(chapter.front, String(chapter.doc)));

    const { page } = await watchedPage(chromium.browser);
    const url = origin + pageUrl('/', 'zh', paths.chapter(number as number));
    await expect
      .poll(async () => {
        await page.goto(url);
        return banner(page).count();
      }, { timeout: POLL_MS, interval: 500 })
      .toBe(1);

    const box = banner(page);
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(await box.getAttribute('role')).toBe('alert');
    const heading = box.locator('h2');
    expect(await heading.getAttribute('id')).toBe(await box.getAttribute('aria-labelledby'));
    // zh first, then en.
    const zhHeading = (await heading.locator('[lang="zh-CN"]').innerText()).trim();
    const enHeading = (await heading.locator('[lang="en"]').innerText()).trim();
    expect(zhHeading).toMatch(new RegExp(`^${uiPattern('zh', 'devBanner.heading').source}$`));
    expect(enHeading).toMatch(new RegExp(`^${uiPattern('en', 'devBanner.heading').source}$`));
    expect(text.indexOf(zhHeading)).toBeLessThan(text.indexOf(enHeading));

    // The problem: file:line and field, then what was expected in zh and en (both name the valid value).
    const item = box.locator('li', { hasText: chapter.relative });
    expect(await item.count()).toBe(1);
    const where = (await item.locator('.where').innerText()).replace(/\s+/g, ' ');
    expect(where).toContain(`${chapter.relative}:${line}`);
    expect(where).toContain('status');
    const zh = await item.locator('[lang="zh-CN"]').innerText();
    const en = await item.locator('[lang="en"]').innerText();
    // The checker's own message for this file, word for word (its wording is the checker's: editing-guide.test.ts).
    const reported = checkProject(dir).problems.filter((p) => p.file === chapter.relative);
    expect(reported).toHaveLength(1);
    expect([zh.trim(), en.trim()]).toEqual([reported[0]!.zh, reported[0]!.en]);
    expect(zh).toContain(String(status));
    expect(en).toContain(String(status));

    // Accessible: the first Tab stop of the page, large text, and axe finds nothing in it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(BANNER_ID);
    const fontSize = await box.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('p')!).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    expect(await axeBanner(page)).toEqual([]);
    expect(await page.locator('script:not([src])', { hasText: BANNER_ID }).count()).toBe(0);

    // Fix the file (the valid value back): the banner is gone on reload, and the dev server is still running.
    chapter.doc.set('status', status);
    writeFileSync(chapter.file, chapter.raw.replace(chapter.front, String(chapter.doc)));
    await expect
      .poll(async () => {
        const response = await page.goto(url);
        return `${response?.status()} ${await banner(page).count()}`;
      }, { timeout: POLL_MS, interval: 500 })
      .toBe('200 0');
    expect(dev?.process.exitCode).toBeNull();
    await page.close();
  });
});

describe('the preview shows edits to sources/ and to the data files, without a restart', () => {
  /** The text of a page of the dev server (`path` from the site root, e.g. zh/glossary/). */
  const pageText = async (path: string) => {
    const response = await fetch(`${origin}/${path}`, { signal: AbortSignal.timeout(60_000) });
    return (await response.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  };

  test('an official text in sources/: its readable copy shows the new line', async () => {
    const manifest = parseDocument(readFileSync(join(dir, 'sources', 'manifest.yaml'), 'utf8')).toJS() as { documents: { id: string; file: string }[] };
    const doc = manifest.documents[0]!;
    const file = join(dir, 'sources', doc.file);
    const before = readFileSync(file, 'utf8');
    const line = '预览测试在官方文本末尾新增的一行文字';
    expect(await pageText(`zh/${paths.source(doc.id)}`)).not.toContain(line);
    writeFileSync(file, `${before.trimEnd()}\n${line}\n`);
    try {
      await expect.poll(() => pageText(`zh/${paths.source(doc.id)}`), { timeout: POLL_MS, interval: 500 }).toContain(line);
    } finally {
      writeFileSync(file, before);
    }
  });

  test('a data file (content/data/glossary.yaml): the glossary shows the new rendering', async () => {
    const file = join(dir, 'content', 'data', 'glossary.yaml');
    const before = readFileSync(file, 'utf8');
    const doc = parseDocument(before);
    const rendering = 'Rendering Written During The Preview Test';
    doc.setIn(['terms', 0, 'en'], rendering);
    writeFileSync(file, String(doc));
    try {
      await expect.poll(() => pageText(`en/${paths.glossary}`), { timeout: POLL_MS, interval: 500 }).toContain(rendering);
    } finally {
      writeFileSync(file, before);
    }
  });

  test("a part's status: the accessibility statement's list of summaries follows", async () => {
    const chapter = chapterFile();
    const n = chapter.doc.get('number') as number;
    const status = String(chapter.doc.get('status'));
    const flipped = status === 'summary' ? 'full' : 'summary';
    const summaryParts = async () => {
      const { page } = await watchedPage(chromium.browser);
      await page.goto(origin + pageUrl('/', 'en', paths.accessibility));
      const item = page.locator('[data-statement="a11y.notYet2"]');
      const parts = (await item.count()) ? namedItems('en', await item.innerText()).parts : [];
      await page.close();
      return parts;
    };
    const before = await summaryParts();
    expect(before.includes(n)).toBe(status === 'summary');
    const files = ['zh', 'en'].map((lang) => join(dir, 'content', lang, 'chapters', chapter.file.replace(/^.*[\\/]/, '')));
    const originals = files.map((f) => readFileSync(f, 'utf8'));
    files.forEach((f, i) => writeFileSync(f, originals[i]!.replace(/^status: .*$/m, `status: ${flipped}`)));
    try {
      await expect.poll(async () => (await summaryParts()).includes(n), { timeout: POLL_MS, interval: 1000 }).toBe(flipped === 'summary');
    } finally {
      files.forEach((f, i) => writeFileSync(f, originals[i]!));
    }
  });
});
