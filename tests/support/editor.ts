/**
 * Driving the browser editor (/admin/, Sveltia CMS) headless, as staff would, on a local folder: the
 * File System Access API's folder picker is replaced by a folder of the browser's own origin-private
 * file system (OPFS), filled with the project's files first; Sveltia's "Work with Local Repository"
 * then opens it. After saving, the files are read back out of that folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
