/**
 * The guides' screenshots are rewritten only when they change meaningfully (tests/support/screenshot.ts):
 * a run of the browser tests that sees the editor as it was leaves docs/images/ — and the Git tree —
 * untouched; a changed layout replaces the image. Shown on images made here, and on the guides' own.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { changedShare, differsMeaningfully, keepImage, MEANINGFUL_SHARE } from '../support/screenshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-shots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A white image with a black block of `block` × `block` pixels at the top left. */
function image(width: number, height: number, block = 0): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = x < block && y < block ? 0 : 255;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

describe('a screenshot is kept unless it changed meaningfully', () => {
  test('a few changed pixels (a date, a caret) leave the file as it was; a changed layout or size replaces it', () => {
    const path = join(dir, 'shot.png');
    expect(keepImage(path, image(200, 100))).toBe(true);
    const written = statSync(path).mtimeMs;
    // 5 × 5 pixels of 20,000: 0.125 %.
    expect(changedShare(readFileSync(path), image(200, 100, 5))).toBeLessThan(MEANINGFUL_SHARE);
    expect(keepImage(path, image(200, 100, 5))).toBe(false);
    expect(readFileSync(path)).toEqual(image(200, 100));
    expect(statSync(path).mtimeMs).toBe(written);
    // 40 × 40 of 20,000: 8 %.
    expect(keepImage(path, image(200, 100, 40))).toBe(true);
    expect(readFileSync(path)).toEqual(image(200, 100, 40));
    expect(differsMeaningfully(readFileSync(path), image(201, 100))).toBe(true);
  });

  test('every screenshot the browser tests take is shown in both guides, and every screenshot the guides show is taken by a test', () => {
    const taken = readdirSync('tests/browser')
      .flatMap((f) => [...readFileSync(join('tests/browser', f), 'utf8').matchAll(/docs\/(images\/[\w-]+\.png)/g)].map((m) => m[1]!));
    expect(taken.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh']) {
      const guide = readFileSync(`docs/editing-guide.${lang}.md`, 'utf8');
      const shown = [...guide.matchAll(/\]\((images\/editor-[\w-]+\.png)\)/g)].map((m) => m[1]!);
      expect(new Set(shown), lang).toEqual(new Set(taken));
      for (const img of shown) expect(statSync(join('docs', img)).size, img).toBeGreaterThan(0);
    }
  });
});
