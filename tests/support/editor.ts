/**
 * Driving the browser editor (/admin/, Sveltia CMS) headless, as staff would, on a local folder: the
 * File System Access API's folder picker is replaced by a folder of the browser's own origin-private
 * file system (OPFS), filled with the project's files first; Sveltia's "Work with Local Repository"
 * then opens it. After saving, the files are read back out of that folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { watchedPage, type WatchedPage } from './chromium.ts';

/** The folder inside the origin-private file system that stands for the repository. */
const REPO = 'repository';

/** Every file of `root`'s content/, sources/ and public/images/ (what the editor reads), by repo-relative path. */
export function editableFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  for (const dir of ['content', 'sources']) walk(join(root, dir));
  return files;
}

/** Replaces the folder picker before any page script runs (applies to every page of `context`). */
export async function stubFolderPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript((repo) => {
    const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };
    w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true });
  }, REPO);
}

/** Writes `files` (and a minimal .git) into the picker's folder, replacing what was there. */
export async function fillFolder(page: Page, files: ReadonlyMap<string, string>): Promise<void> {
  await page.evaluate(
    async ({ repo, entries }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(repo, { recursive: true }).catch(() => {});
      const dir = await root.getDirectoryHandle(repo, { create: true });
      for (const [path, text] of entries) {
        const parts = path.split('/');
        let d = dir;
        for (const p of parts.slice(0, -1)) d = await d.getDirectoryHandle(p, { create: true });
        const file = await d.getFileHandle(parts.at(-1)!, { create: true });
        const w = await file.createWritable();
        await w.write(text);
        await w.close();
      }
    },
    { repo: REPO, entries: [...files, ['.git/HEAD', 'ref: refs/heads/main\n']] as [string, string][] },
  );
}

/** Every file now in the picker's folder (but .git), by path. */
export async function readFolder(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(async (repo) => {
    const out: [string, string][] = [];
    const walk = async (d: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (d as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (prefix === '' && name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out.push([`${prefix}${name}`, await (await (handle as FileSystemFileHandle).getFile()).text()]);
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repo), '');
    return out;
  }, REPO);
  return new Map(entries);
}

export interface EditorSession extends WatchedPage {
  context: BrowserContext;
}

/**
 * A new browser context on /admin/ with the folder picker stubbed and `files` in the folder, the
 * editor started on it (the "not configured" page's local button, then Sveltia's own), in Chinese.
 */
export async function openEditor(
  browser: Browser,
  baseUrl: string,
  files: ReadonlyMap<string, string>,
  { locale = 'zh-CN', record }: { locale?: string; record?: (page: Page) => Promise<void> } = {},
): Promise<EditorSession> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  // The editor is a large application: on a shared 2-core machine under load (30 and more was seen)
  // a step can take far longer than Playwright's 30 s default. A timeout there says nothing of the editor.
  context.setDefaultTimeout(120_000);
  await stubFolderPicker(context);
  const watched = await watchedPage(context as unknown as Browser);
  const { page } = watched;
  await record?.(page);
  await page.goto(new URL('admin/', baseUrl).href);
  await fillFolder(page, files);
  await page.locator('#cms-local-start').click();
  await page.getByRole('button', { name: /使用本地仓库|Work with Local Repository/ }).click();
  return { ...watched, context };
}

/** The field `keyPath` of the pane of `locale` (`_default` for a file in no language). */
export const field = (page: Page, locale: string, keyPath: string) =>
  page.locator(`.content-editor .pane[data-mode="edit"][data-locale="${locale}"] [data-key-path="${keyPath}"]`).first();

/** The text input (or text area) of a field. */
export const input = (page: Page, locale: string, keyPath: string) => field(page, locale, keyPath).locator('input, textarea').first();

/** Opens an entry (`hash`: the part after `#/collections/`) and waits for its editor. */
export async function openEntry(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(new URL(`admin/#/collections/${hash}`, baseUrl).href);
  await page.locator('.content-editor').waitFor();
}

/** Clicks "保存" (Save) and waits until the editor has saved and closed; fails with what it shows otherwise. */
export async function save(page: Page): Promise<void> {
  const invalid = page.locator('.content-editor [data-key-path]:has([aria-invalid="true"])');
  const invalidBefore = await invalid.count();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  // Saved: the editor closes and returns to the list. Refused by the site's checks: a dialog says why.
  // Refused by the editor's own validation of a field: the field is marked invalid.
  const refused = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ hasText: /未保存|nothing was saved|出错|error/i });
  const outcome = await Promise.race([
    page.locator('.content-editor').waitFor({ state: 'detached' }).then(() => 'saved' as const),
    refused.first().waitFor().then(() => 'refused' as const),
    ...(invalidBefore ? [] : [invalid.first().waitFor().then(() => 'invalid' as const)]),
  ]);
  if (outcome === 'saved') return;
  const problems = await page.locator('.plan-check-problem').allInnerTexts();
  const fields = await invalid.evaluateAll((els) => els.map((e) => `${e.closest('[data-locale]')?.getAttribute('data-locale')} ${e.getAttribute('data-key-path')}: ${(e as HTMLElement).innerText.replace(/\s+/g, ' ').slice(0, 200)}`));
  const dialog = outcome === 'refused' ? await refused.first().innerText() : '';
  throw new Error(`not saved (${outcome}): ${dialog}\n${problems.join('\n')}\n${fields.join('\n')}`);
}

/**
 * Chooses a radio option and waits until the editor shows it chosen. Right after a field appears (an
 * optional object just added, e.g. `source`), Sveltia can still be rendering it and a click may not
 * take: the option is clicked again until it is checked.
 */
export async function choose(radio: Locator): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await radio.getAttribute('aria-checked')) === 'true') return;
    await radio.click();
    try {
      await radio.locator('xpath=self::*[@aria-checked="true"]').waitFor({ timeout: 500 });
      return;
    } catch {
      // Not chosen yet: try again.
    }
  }
  throw new Error(`the option ${radio} could not be chosen`);
}

export async function appendTo(page: Page, locale: string, keyPath: string, text: string): Promise<void> {
  const box = input(page, locale, keyPath);
  await box.fill(`${await box.inputValue()}${text}`);
}

/** A change note dated `date`, added at the top of the list, and `updated` set to that date. */
export async function addChangeNote(page: Page, locale: string, note: string, date: string): Promise<void> {
  // The new note goes to the top of the list. Its fields are filled only once it is there (the note that
  // was first has moved to the second place): filled at once, the click's new item could still be on its
  // way, and the words went into the note that was first, overwriting it.
  const had = (await field(page, locale, 'changes.0.date').count()) > 0;
  await field(page, locale, 'changes').getByRole('button', { name: /添加/ }).click();
  await field(page, locale, had ? 'changes.1.date' : 'changes.0.date').waitFor();
  await field(page, locale, 'changes.0.date').locator('input').fill(date);
  await field(page, locale, 'changes.0.note').locator('input').fill(note);
  await field(page, locale, 'updated').locator('input').fill(date);
}

/**
 * Uploads `text` as the file `name` through a file field's dialog (its "替换"/Replace, or "浏览"/Browse when empty,
 * button, then "上传"/Upload), replacing a file of that name when the editor asks, then "插入"/Insert.
 */
export async function uploadInto(page: Page, fileField: Locator, name: string, text: string): Promise<void> {
  await fileField.getByRole('button', { name: /替换|Replace|浏览|Browse/ }).first().click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: '插入' }) });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '上传' }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  const conflict = page.getByRole('dialog').or(page.getByRole('alertdialog')).filter({ hasText: name }).getByRole('button', { name: '替换', exact: true });
  const picked = dialog.locator(`[role="option"][aria-label="${name}"][aria-selected="true"]`);
  // A file of that name exists: the editor asks whether to replace it.
  if ((await Promise.race([conflict.waitFor().then(() => 'conflict'), picked.waitFor().then(() => 'picked')])) === 'conflict') await conflict.click();
  await picked.waitFor();
  await dialog.getByRole('button', { name: '插入' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Brings a field into view. The editor draws the items of a long list only once they scroll into
 * view, so a field of a new item at the end of a list is not there until the column is scrolled to it.
 */
export async function reveal(page: Page, target: Locator): Promise<void> {
  const pane = page.locator('.content-editor .pane[data-mode="edit"]').first();
  for (let i = 0; i < 200 && !(await target.count()); i++) {
    // The column scrolled on by most of its height: the editor then draws what came into view.
    const atEnd = await pane.evaluate((root) => {
      const scrollers = [root, ...root.querySelectorAll('*')].filter((el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY));
      const el = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
      if (!el) return true;
      el.scrollBy(0, el.clientHeight * 0.8);
      return el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    });
    // Two frames: the editor has seen the new position and drawn what came into view.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (atEnd && i > 0 && !(await target.count())) await target.waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
  }
  await target.scrollIntoViewIfNeeded();
}
