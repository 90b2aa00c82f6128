/**
 * The guides' screenshots (docs/images/*.png), taken by the browser tests so they show the editor as
 * it is — without dirtying the Git tree on every run. A screenshot is written only when it differs
 * meaningfully from the file already there: a different size, or more than `share` of its pixels
 * changed (pixelmatch, anti-aliasing ignored). What changes from run to run without changing what the
 * guide shows — today's date in a field, a caret, sub-pixel text rendering — stays below that, so the
 * committed image stays as it is; a changed layout, a new field or another language is far above it,
 * and the image is replaced (and shows up in `git status`, to be committed with the change).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { CJK_FONT_CANDIDATES } from './system-paths.ts';

/** Share of pixels that may differ before an image counts as changed. */
export const MEANINGFUL_SHARE = 0.01;

/** The share of pixels that differ between two PNG images (1 when their sizes differ). */
export function changedShare(before: Buffer, after: Buffer): number {
  const a = PNG.sync.read(before);
  const b = PNG.sync.read(after);
  if (a.width !== b.width || a.height !== b.height) return 1;
  const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1, includeAA: false });
  return differing / (a.width * a.height);
}

/** Whether `after` should replace the image `before` (undefined: there is none yet). */
export const differsMeaningfully = (before: Buffer | undefined, after: Buffer, share = MEANINGFUL_SHARE) =>
  !before || changedShare(before, after) > share;

/** Writes `png` to `path` only when it differs meaningfully from what is there. True when written. */
export function keepImage(path: string, png: Buffer): boolean {
  const before = existsSync(path) ? readFileSync(path) : undefined;
  if (!differsMeaningfully(before, png)) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
  return true;
}

/** A screenshot of the page for the guides, kept at `path` unless it has not changed meaningfully. */
export async function guideScreenshot(page: Page, path: string): Promise<boolean> {
  // Without a Chinese font Chromium draws Chinese as empty boxes: such a picture would replace a
  // good one (npm test installs the font where it can: tests/support/prerequisites.ts).
  if (!CJK_FONT_CANDIDATES.some((font) => existsSync(font))) return false;
  // No blinking caret in the picture: it is there in one run and not in the next.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  return keepImage(path, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
}
