/**
 * The browser editor at /admin/ (Sveltia CMS, bundled with the site), driven as staff drive it, on a
 * local folder holding the project's files (tests/support/editor.ts), served by the real nginx with
 * docs/nginx.conf:
 *  - it loads nothing from any host but 127.0.0.1, under its own Content-Security-Policy, without a
 *    violation; it opens in Chinese, switches to English, and its icons are drawn by the icon font;
 *  - open and save change nothing else: every file is saved once through the editor (with an edit
 *    staff would make), and every byte but the edit's is as it was — the other language's file of
 *    the entry, saved unchanged, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/chromium.ts';
import { addChangeNote as addNote, appendTo, editableFiles, field, openEditor, readFolder, save, type EditorSession } from '../support/editor.ts';
import { recordCspViolations } from '../support/network.ts';
import { guideScreenshot } from '../support/screenshot.ts';
import { LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA } from '../../src/model/collections.ts';
import { SAVE_FAILED } from '../../src/integrations/editor.ts';

const chromium = useBrowser();
const conf = readFileSync('docs/nginx.conf', 'utf8');
/** The editor's policy as nginx sends it (its Git host variable filled in). */
const editorCsp = () => {
  const location = /location \/admin\/ \{([\s\S]*?)\n {4}\}/.exec(conf)?.[1] ?? '';
  const git = /set \$cms_git_origin "([^"]+)";/.exec(conf)?.[1] ?? '';
  return /set \$csp "([^"]+)";/.exec(location)?.[1]?.replaceAll('$cms_git_origin', git);
};

const today = new Date().toISOString().slice(0, 10);
const files = editableFiles('.');
const names = (folder: string) =>
  [...files.keys()].filter((p) => p.startsWith(`content/zh/${folder}/`) && p.endsWith('.md')).map((p) => p.slice(`content/zh/${folder}/`.length, -3));

/** A change note dated today, added at the top, and `updated` set to today. */
const addChangeNote = (page: Page, locale: string, note: string) => addNote(page, locale, note, today);

/** Lines removed and added between two texts. */
const changes = (before: string, after: string) => {
  const parts = diffLines(before, after);
  return {
    removed: parts.filter((p) => p.removed).flatMap((p) => p.value.split('\n').filter(Boolean)),
    added: parts.filter((p) => p.added).flatMap((p) => p.value.split('\n').filter(Boolean)),
  };
};

describe('the browser editor (/admin/)', () => {
  let session: EditorSession;
  beforeAll(async () => {
    session = await openEditor(chromium.browser, inject('baseUrl'), files, { record: recordCspViolations });
  });
  afterAll(async () => {
    await session?.context.close();
  });

  test('is served with its own Content-Security-Policy, loads nothing from another host, opens in Chinese, draws its icons with the icon font', async () => {
    const { page } = session;
    const response = await page.request.get(new URL('admin/', inject('baseUrl')).href);
    expect(response.headers()['content-security-policy']).toBe(editorCsp());
    // The list drawn: the first collection's name visible, and its entries listed beside it (the name is in
    // the page, hidden, before the list is drawn: a picture taken then showed an empty editor).
    await page.getByText(MARKDOWN_COLLECTIONS[0].label.zh).filter({ visible: true }).first().waitFor();
    await page.getByRole('checkbox').filter({ visible: true }).nth(1).waitFor();
    // The guides' screenshot of what the editor lists (docs/editing-guide.*.md, refreshed by this test).
    await guideScreenshot(page, 'docs/images/editor-collections.png');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await page.getByRole('button', { name: '创建条目或资源' }).count()).toBe(1);
    // Icons are ligatures of the icon font: the word "search" is drawn as one square glyph.
    const icon = await page.evaluate(async () => {
      const faces = await document.fonts.load('24px "Material Symbols Outlined"', 'search');
      const el = [...document.querySelectorAll('span, i')].find((e) => e.textContent?.trim() === 'search' && e.children.length === 0) as HTMLElement;
      const { width } = el.getBoundingClientRect();
      return { faces: faces.length, width, size: parseFloat(getComputedStyle(el).fontSize), family: getComputedStyle(el).fontFamily };
    });
    expect(icon.family).toContain('Material Symbols Outlined');
    expect(icon.faces).toBeGreaterThan(0);
    expect(icon.width).toBeLessThan(icon.size * 1.5);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['(no recorder)'])).toEqual([]);
    expect(session.external).toEqual([]);
  });

  test('open and save change nothing else: every content and data file, saved through the editor, differs only by its edit', async () => {
    const { page } = session;
    const base = inject('baseUrl');
    const open = async (hash: string) => {
      await page.goto(new URL(`admin/#/collections/${hash}`, base).href);
      await page.locator('.content-editor').waitFor();
    };
    /** path → how it must differ from the file as it was (undefined: not at all). */
    const expected = new Map<string, (before: string, after: string) => void>();
    const appended = (suffix: string) => (before: string, after: string) => {
      const { removed, added } = changes(before, after);
      expect(removed).toHaveLength(1);
      expect(added).toEqual([`${removed[0]}${suffix}`]);
    };
    const noted = (before: string, after: string) => {
      const { removed, added } = changes(before, after);
      expect(removed.every((l) => l.startsWith('updated:')), removed.join('\n')).toBe(true);
      // `updated` becomes today (unchanged when the file was already updated today).
      if (before.includes(`\nupdated: ${today}\n`)) expect(after).toContain(`\nupdated: ${today}\n`);
      else expect(added).toContain(`updated: ${today}`);
      // The new note, plain or quoted as the file's other notes are.
      expect(added.join('\n')).toMatch(/note: "?Round trip\."?/);
    };

    let shot = false;
    for (const decl of MARKDOWN_COLLECTIONS) {
      for (const name of names(decl.folder)) {
        await open(`${decl.name}/entries/${decl.folder}/${name}`);
        const path = `content/en/${decl.folder}/${name}.md`;
        if (await field(page, 'en', 'changes').count()) {
          await addChangeNote(page, 'en', 'Round trip.');
          if (!shot) {
            // The guides' screenshot of an entry with a new change note.
            await field(page, 'en', 'changes').scrollIntoViewIfNeeded();
            await guideScreenshot(page, 'docs/images/editor-entry.png');
            shot = true;
          }
          expected.set(path, noted);
        } else {
          await appendTo(page, 'en', 'body', ' Z');
          expected.set(path, appended(' Z'));
        }
        await save(page);
      }
    }
    for (const decl of LOCALIZED_DATA) {
      await open(`${decl.name}/entries/${decl.name}`);
      await appendTo(page, 'en', 'title', ' Z');
      expected.set(`content/en/${decl.file}`, appended(' Z'));
      await save(page);
    }
    // Table 1's dates (content/data/survey.yaml) have no edit the checks accept without a new official
    // text: that file's round trip is proved by tests/unit/editor-format.test.ts (same formats).
    // When it names a section: leaving out the optional section (the figures are then looked for in
    // the whole document). Without one, its round trip is proved by the same unit test as survey.yaml's.
    for (const decl of NEUTRAL_DATA.filter((d) => d.name === 'targetData' && /^\s+section: /m.test(files.get(d.path) ?? ''))) {
      await open(`data/entries/${decl.name}`);
      await field(page, '_default', 'source.section').locator('input').fill('');
      expected.set(decl.path, (before, after) => {
        const { removed, added } = changes(before, after);
        expect(added).toEqual([]);
        expect(removed).toHaveLength(1);
        expect(removed[0]).toMatch(/^\s+section: /);
      });
      await save(page);
    }
    await open('data/entries/glossary');
    await appendTo(page, '_default', 'terms.0.en', ' Z');
    expected.set('content/data/glossary.yaml', appended(' Z'));
    await save(page);
    await open('sources/entries/manifest');
    await appendTo(page, '_default', 'documents.0.provenance', ' Z');
    expected.set('sources/manifest.yaml', appended(' Z'));
    await save(page);

    const after = await readFolder(page);
    expect([...after.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, before] of files) {
      const check = expected.get(path);
      if (check) check(before, after.get(path)!);
      else expect(after.get(path), path).toBe(before);
    }
  });

  test('the site’s checks run before saving: a figure changed in one language only is refused, with the check’s message in both languages above the field, and nothing is written', async () => {
    const { page } = session;
    const before = await readFolder(page);
    // A Part's or a section's English text with a figure that its Chinese text gives too (read from
    // the content, not pinned: any whole number of two digits or more that both texts state).
    const bodyOf = (p: string) => before.get(p)?.split('\n---\n').slice(1).join('\n---\n') ?? '';
    const figures = (t: string) => new Set([...t.matchAll(/(?<![\d.,])\d{2,}(?![\d.,]\d)/g)].map((m) => m[0]));
    const both = (p: string) => [...figures(bodyOf(p))].filter((f) => figures(bodyOf(p.replace('/en/', '/zh/'))).has(f) && !/^(19|20)\d\d$/.test(f));
    // A percentage first (the guides' screenshot shows one), else any such figure.
    const texts = [...before.keys()].filter((p) => /^content\/en\/(notes|chapters)\/.*\.md$/.test(p) && both(p).length > 0);
    const path = texts.find((p) => /\d%/.test(bodyOf(p))) ?? texts[0];
    expect(path, 'no English text with a figure that its Chinese text gives too').toBeDefined();
    const [, folder, name] = /^content\/en\/([^/]+)\/(.+)\.md$/.exec(path!)!;
    const decl = MARKDOWN_COLLECTIONS.find((c) => c.folder === folder)!;
    await page.goto(new URL(`admin/#/collections/${decl.name}/entries/${folder}/${name}`, inject('baseUrl')).href);
    const body = field(page, 'en', 'body').locator('textarea');
    const text = await body.inputValue();
    const pick = both(path!).find((f) => new RegExp(`(?<![\\d.,])${f}%`).test(text)) ?? both(path!)[0];
    const figure = new RegExp(`(?<![\\d.,])${pick}(?![\\d.,]\\d)`).exec(text)!;
    await body.fill(text.slice(0, figure.index) + String(Number(figure[0]) + 1) + text.slice(figure.index + figure[0].length));
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const problem = page.locator('.content-editor .pane[data-mode="edit"] [data-key-path] .plan-check-problem');
    await problem.first().waitFor();
    expect(await problem.first().locator('[lang="zh-CN"]').innerText()).toMatch(/\p{Script=Han}/u);
    expect(await problem.first().locator('[lang="en"]').innerText()).toMatch(/[a-z]/);
    const dialog = await page.getByRole('alertdialog').or(page.getByRole('dialog')).last().innerText();
    expect(dialog).toContain('nothing was saved');
    // The editor's own heading says the entry was not saved, not "try again later" (src/integrations/editor.ts).
    expect(dialog).toContain(SAVE_FAILED.zh.description);
    expect(dialog).not.toMatch(/稍后重试/);
    await guideScreenshot(page, 'docs/images/editor-refused.png');
    expect(await readFolder(page)).toEqual(before);
  });
});
