/**
 * 朗读本页 / Read aloud (issue #11, 适老化), against a stubbed speechSynthesis that behaves as
 * Chromium's does (tests/support/speech.ts: voices arrive later with `voiceschanged`, every event is
 * asynchronous, a cancelled utterance gets a late event): what is spoken, in what order and language,
 * the controls (keyboard, pause/resume/stop, the paragraph marked and scrolled into view, the live
 * status), late events of cancelled utterances ignored, hidden without a local voice, and the reader
 * loaded only on first use. Expectations come from the content files and the interface strings.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { frontMatter, indicatorIds } from '../support/content-facts.ts';
import { t } from '../../src/i18n/index.ts';
import { MAIN_SECTIONS } from '../../src/model/pages.ts';
import { axe, MODE_RULES, readable, TAGS } from '../support/axe.ts';
import { DISPLAY_MODES, expectedState, modeState, useMode } from '../support/display-modes.ts';
import { eventsAfter, eventsDelivered, finish, LOCAL_VOICES, speaking, spoken, spokenCount, stubSpeech, voicesLoaded } from '../support/speech.ts';
import { uiPattern } from '../support/statements.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const LANGS = ['zh', 'en'] as const;
type L = (typeof LANGS)[number];
const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const;
/** The progress line for paragraph n, of any total, as the interface string says it. */
const progressOf = (lang: L, n: number) => new RegExp(`^${uiPattern(lang, 'readAloud.progress', { n: String(n) }).source}$`);

const isVisible = (page: Page, sel: string) => page.locator(sel).isVisible();

/** A chapter that carries the targets table (else the first chapter), and its words in each language. */
const chapterFiles = readdirSync('content/zh/chapters').filter((f) => f.endsWith('.md')).sort();
const chosen = chapterFiles.find((f) => frontMatter(`content/zh/chapters/${f}`).targets === true) ?? chapterFiles[0]!;
const words = (lang: L) => {
  const file = `content/${lang}/chapters/${chosen}`;
  const fm = frontMatter(file);
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p && !p.startsWith('#'));
  const names = (parse(readFileSync(`content/${lang}/targets.yaml`, 'utf8')) as { indicators: Record<string, string> }).indicators;
  return { number: fm.number as number, title: fm.title as string, paragraphs, indicators: fm.targets ? indicatorIds().map((id) => names[id]!) : [] };
};

/** Page furniture that must never be read out. */
const furniture = (lang: L) => [
  t(lang, 'skip'),
  t(lang, 'footer.source'),
  t(lang, 'source.label'),
  t(lang, 'readAloud.start'),
  t(lang, 'bilingual.link'),
  t(lang, 'revision.published'),
  t(lang, 'permalink.label', { title: '' }),
  t(lang, 'search.label'),
  t(lang, 'toc.title'),
];

/** `items` occur in `texts` in this order (each inside some spoken text, later than the one before). */
function inOrder(texts: string[], items: string[]): string[] {
  const problems: string[] = [];
  let at = -1;
  for (const item of items) {
    const i = texts.findIndex((s, k) => k > at && s.includes(item));
    if (i < 0) problems.push(`not spoken after #${at}: ${item}`);
    else at = i;
  }
  return problems;
}

describe('hidden where it cannot work', () => {
  for (const [name, options] of [
    ['no speechSynthesis', { absent: true }],
    ['no voices', { voices: [] }],
    ['only network voices for the language', { voices: LOCAL_VOICES.map((v) => ({ ...v, localService: false })) }],
  ] as const) {
    test(`${name}: the control stays hidden (zh and en)`, async () => {
      const { page, errors } = await watchedPage(chromium.browser);
      await stubSpeech(page, options);
      for (const lang of LANGS) {
        await page.goto(`${baseUrl}${lang}/plan/part-${words(lang).number}/`);
        expect(await page.locator('[data-read-aloud]').count(), lang).toBe(1);
        // The voices (if any) have arrived and the loader has seen them: its verdict is final.
        if (!('absent' in options)) await voicesLoaded(page);
        expect(await isVisible(page, '[data-read-aloud]'), lang).toBe(false);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('a voice for one language only: shown on that language’s pages, hidden on the other’s', async () => {
    const { page } = await watchedPage(chromium.browser);
    await stubSpeech(page, { voices: [LOCAL_VOICES[0]!] });
    await page.goto(`${baseUrl}zh/drafting-notes/`);
    await page.locator('[data-read-aloud] [data-ra="start"]').waitFor({ state: 'visible' });
    await page.goto(`${baseUrl}en/drafting-notes/`);
    await voicesLoaded(page);
    expect(await isVisible(page, '[data-read-aloud]')).toBe(false);
    await page.close();
  });
});

describe('shown once a local voice is known', () => {
  test('voices that arrive later (voiceschanged, as in Chromium): hidden until then, shown after', async () => {
    const { page } = await watchedPage(chromium.browser);
    await stubSpeech(page);
    await page.goto(`${baseUrl}zh/drafting-notes/`);
    const before = await page.evaluate(() => ({ loaded: (window as unknown as { __voicesLoaded: boolean }).__voicesLoaded, hidden: document.querySelector<HTMLElement>('[data-read-aloud]')!.hidden }));
    // The page may already have had its voices by now; if not, the control must still be hidden.
    if (!before.loaded) expect(before.hidden).toBe(true);
    await voicesLoaded(page);
    expect(await isVisible(page, '[data-read-aloud] [data-ra="start"]')).toBe(true);
    await page.close();
  });

  test('voices known at once: shown at once', async () => {
    const { page } = await watchedPage(chromium.browser);
    await stubSpeech(page, { voicesAtOnce: true });
    await page.goto(`${baseUrl}en/drafting-notes/`);
    expect(await isVisible(page, '[data-read-aloud] [data-ra="start"]')).toBe(true);
    await page.close();
  });
});

describe('reads the main text, in order, in the page’s language', () => {
  for (const lang of LANGS) {
    test(`${lang}: a chapter page — title, paragraphs, targets; no page furniture; loaded on first use`, async () => {
      const { page, errors, external } = await watchedPage(chromium.browser);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await stubSpeech(page, { auto: 5 });
      const w = words(lang);
      await page.goto(`${baseUrl}${lang}/plan/part-${w.number}/`);
      await page.locator('[data-ra="start"]').waitFor({ state: 'visible' });
      expect(await page.getAttribute('[data-read-aloud] [data-ra="start"]', 'type')).toBe('button');
      expect(await page.textContent('[data-read-aloud] [data-ra="start"]')).toBe(t(lang, 'readAloud.start'));
      const before = [...scripts];
      expect(before.length).toBeGreaterThan(0);
      await page.click('[data-ra="start"]');
      await page.waitForFunction((done) => document.querySelector('[data-ra-status]')?.textContent === done, t(lang, 'readAloud.done'));
      // The reader was fetched by the press, not with the page.
      const loaded = scripts.filter((s) => !before.includes(s));
      expect(loaded.length).toBe(1);
      expect(before.some((s) => loaded.includes(s))).toBe(false);

      const said = await spoken(page);
      expect(said.length).toBeGreaterThan(w.paragraphs.length);
      for (const s of said) {
        expect(s.lang, s.text).toBe(HTML_LANG[lang]);
        expect(s.voice, s.text).toBe(LOCAL_VOICES.find((v) => v.lang.startsWith(lang))!.name);
      }
      const texts = said.map((s) => s.text);
      expect(inOrder(texts, [w.title, ...w.paragraphs, ...w.indicators])).toEqual([]);
      for (const bit of furniture(lang)) {
        expect(texts.filter((s) => s.includes(bit.trim())), `furniture read: ${bit}`).toEqual([]);
      }
      // The navigation menu (its labels may also occur in the text, so only whole items count).
      for (const [key] of MAIN_SECTIONS) expect(texts, `menu item read: ${t(lang, key)}`).not.toContain(t(lang, key));
      // Back to the start: the button is there again, nothing marked.
      expect(await isVisible(page, '[data-ra="start"]')).toBe(true);
      expect(await page.locator('.read-aloud-current').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    });
  }

  test('side-by-side view: only the column in the page’s language is read', async () => {
    const { page } = await watchedPage(chromium.browser);
    await stubSpeech(page, { auto: 5 });
    for (const lang of LANGS) {
      const other: L = lang === 'zh' ? 'en' : 'zh';
      await page.goto(`${baseUrl}${lang}/bilingual/part-${words(lang).number}/`);
      await page.click('[data-ra="start"]'); // (waits for the control to be shown)
      await page.waitForFunction((done) => document.querySelector('[data-ra-status]')?.textContent === done, t(lang, 'readAloud.done'));
      const texts = (await spoken(page)).map((s) => s.text);
      expect(inOrder(texts, [...words(lang).paragraphs, ...words(lang).indicators]), lang).toEqual([]);
      for (const p of [...words(other).paragraphs, ...words(other).indicators]) {
        expect(texts.some((s) => s.includes(p)), `${lang} page read the ${other} text: ${p}`).toBe(false);
      }
    }
    await page.close();
  });
});

describe('controls', () => {
  test('keyboard: start, pause, resume, stop; the paragraph is marked and scrolled into view; the state is announced', async () => {
    const { page, errors } = await watchedPage(chromium.browser, { viewport: { width: 800, height: 500 } });
    await stubSpeech(page);
    const lang = 'zh';
    await page.goto(`${baseUrl}${lang}/plan/part-${words(lang).number}/`);
    const status = page.locator('[data-ra-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-ra'));

    await page.locator('[data-ra="start"]').waitFor({ state: 'visible' });
    await page.focus('[data-ra="start"]');
    await page.keyboard.press('Enter');
    await spokenCount(page, 1);
    expect(await status.textContent()).toBe(t(lang, 'readAloud.reading'));
    expect(await focused()).toBe('pause');
    expect([await isVisible(page, '[data-ra="start"]'), await isVisible(page, '[data-ra="pause"]'), await isVisible(page, '[data-ra="stop"]')]).toEqual([false, true, true]);
    const progress = () => page.evaluate(() => document.querySelector('[data-ra-progress]')?.textContent ?? '');
    expect(await progress()).toMatch(progressOf(lang, 1));
    const marked = () => page.evaluate(() => {
      const el = document.querySelector('.read-aloud-current');
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        text: (el.textContent ?? '').replace(/\s+/g, ''),
        inView: r.bottom > 0 && r.top < innerHeight,
        below: r.top + scrollY > innerHeight, // would be out of view without scrolling
        scrolled: scrollY > 0,
        count: document.querySelectorAll('.read-aloud-current').length,
      };
    });
    let said = await spoken(page);
    expect((await marked())?.text).toContain(said[0]!.text.replace(/\s+/g, ''));

    // Read on to a paragraph further down: it is marked and scrolled into view.
    for (let i = 0; i < 4; i++) {
      await finish(page);
      await spokenCount(page, i + 2);
    }
    said = await spoken(page);
    // Scrolling may be smooth: wait until the marked paragraph is in view (or time out: not scrolled).
    await page.waitForFunction(() => {
      const r = document.querySelector('.read-aloud-current')?.getBoundingClientRect();
      return !!r && r.bottom > 0 && r.top < innerHeight;
    });
    const m = await marked();
    expect(m?.count).toBe(1);
    expect(m?.text).toContain(said.at(-1)!.text.replace(/\s+/g, '').slice(0, 20));
    expect(m?.inView).toBe(true);
    if (m?.below) expect(m.scrolled).toBe(true);
    expect(await progress()).toMatch(progressOf(lang, 5));

    // Pause (Space): speech is cancelled, nothing more is spoken, Resume has the focus.
    const delivered = await eventsDelivered(page);
    await page.keyboard.press('Space');
    expect(await status.textContent()).toBe(t(lang, 'readAloud.paused'));
    expect(await speaking(page)).toBe(false);
    expect(await focused()).toBe('resume');
    // The cancelled utterance's late event has arrived, and nothing more was said.
    await eventsAfter(page, delivered);
    expect((await spoken(page)).length).toBe(said.length);

    // Resume (Enter): the paragraph that was interrupted is read again from its start.
    await page.keyboard.press('Enter');
    expect(await status.textContent()).toBe(t(lang, 'readAloud.reading'));
    const resumed = await spoken(page);
    expect(resumed.length).toBe(said.length + 1);
    expect(resumed.at(-1)).toEqual(said.at(-1));
    expect(await focused()).toBe('pause');

    // Stop (Tab to it, Enter): cancelled, nothing marked, Start has the focus again.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('stop');
    await page.keyboard.press('Enter');
    expect(await status.textContent()).toBe(t(lang, 'readAloud.stopped'));
    expect(await speaking(page)).toBe(false);
    expect(await page.locator('.read-aloud-current').count()).toBe(0);
    expect(await focused()).toBe('start');

    // Start again, then Escape stops from anywhere; starting again reads from the top.
    await page.keyboard.press('Enter');
    expect((await spoken(page)).at(-1)).toEqual(said[0]);
    await page.keyboard.press('Escape');
    expect(await status.textContent()).toBe(t(lang, 'readAloud.stopped'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('late events of a cancelled utterance are ignored: pause and resume at once re-reads the paragraph, stop and start at once reads from the top (Safari-like late end)', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    await stubSpeech(page, { cancelEvent: 'end' });
    const lang = 'en';
    await page.goto(`${baseUrl}${lang}/plan/part-${words(lang).number}/`);
    await page.click('[data-ra="start"]');
    await spokenCount(page, 1);
    await finish(page);
    await spokenCount(page, 2);
    const before = await spoken(page);
    // Pause and resume in one go: the cancelled utterance's late `end` arrives after the resume.
    let delivered = await eventsDelivered(page);
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-ra="pause"]')!.click();
      document.querySelector<HTMLButtonElement>('[data-ra="resume"]')!.click();
    });
    await eventsAfter(page, delivered + 1);
    let now = await spoken(page);
    expect(now.length, 'one utterance more: the same paragraph again, nothing skipped').toBe(before.length + 1);
    expect(now.at(-1)).toEqual(before.at(-1));
    expect(await page.evaluate(() => document.querySelector('[data-ra-progress]')?.textContent ?? '')).toMatch(progressOf(lang, 2));
    // Stop and start again in one go: reading starts at the first paragraph and stays there.
    delivered = await eventsDelivered(page);
    await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-ra="stop"]')!.click();
      document.querySelector<HTMLButtonElement>('[data-ra="start"]')!.click();
    });
    await eventsAfter(page, delivered + 1);
    now = await spoken(page);
    expect(now.at(-1)).toEqual(before[0]);
    expect(await page.evaluate(() => document.querySelector('[data-ra-progress]')?.textContent ?? '')).toMatch(progressOf(lang, 1));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('English page: English labels and messages', async () => {
    const { page } = await watchedPage(chromium.browser);
    await stubSpeech(page);
    await page.goto(`${baseUrl}en/drafting-notes/`);
    await page.click('[data-ra="start"]');
    await spokenCount(page, 1);
    expect(await page.textContent('[data-ra="pause"]')).toBe(t('en', 'readAloud.pause'));
    expect(await page.textContent('[data-ra-status]')).toBe(t('en', 'readAloud.reading'));
    expect(await page.evaluate(() => document.querySelector('[data-ra-progress]')?.textContent)).toMatch(progressOf('en', 1));
    expect((await spoken(page))[0]!.lang).toBe('en');
    await page.close();
  });
});

describe('axe-core: the controls while reading, in the default and the contrast modes', () => {
  // Text-size modes change no colours or roles; the full-site axe test (a11y.test.ts) covers them.
  // Full axe in the default mode; in the contrast modes the rules a mode can change (MODE_RULES).
  for (const mode of DISPLAY_MODES.filter((m) => m.name === 'default' || m.stored?.contrast === 'high' || m.media?.contrast === 'more')) {
    test(mode.name, { timeout: 120_000 }, async () => {
      const { page } = await watchedPage(chromium.browser);
      await useMode(page, mode);
      await stubSpeech(page);
      const problems: string[] = [];
      const rules = mode.name === 'default' ? { tags: TAGS } : { rules: MODE_RULES };
      for (const path of LANGS.flatMap((l) => [`${l}/plan/part-${words(l).number}/`, `${l}/bilingual/part-${words(l).number}/`])) {
        await page.goto(baseUrl + path);
        // The mode really is in force (otherwise this would check the default page again).
        expect(await modeState(page), `${path}, ${mode.name}`).toEqual(expectedState(mode));
        await page.locator('[data-ra="start"]').waitFor({ state: 'visible' });
        problems.push(readable(`${path} (ready)`, await axe(page, rules)));
        await page.click('[data-ra="start"]');
        await spokenCount(page, 1);
        await finish(page);
        await spokenCount(page, 2);
        expect(await page.locator('.read-aloud-current').count(), path).toBe(1);
        problems.push(readable(`${path} (reading)`, await axe(page, rules)));
        await page.click('[data-ra="pause"]');
        problems.push(readable(`${path} (paused)`, await axe(page, rules)));
      }
      expect(problems.filter(Boolean).join('\n\n')).toBe('');
      await page.close();
    });
  }
});
