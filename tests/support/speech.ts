/**
 * A stand-in for the browser's speech synthesis (installed with page.addInitScript before any page
 * script), behaving as Chromium's does where it matters to 朗读本页 / Read aloud:
 * - getVoices() is empty at first; the voices arrive later with a `voiceschanged` event (as in Chromium,
 *   which loads them asynchronously). `voicesAtOnce` gives them at once instead (as some browsers do).
 * - Every event comes asynchronously: `start` after speak(); `end` when the test finishes the utterance
 *   (window.__finish()) or after `auto` ms; and cancel() ends the utterance being spoken a little later
 *   with an `error` (`interrupted`, Chromium) or an `end` event (`cancelEvent: 'end'`, as Safari does) —
 *   so a reader that does not ignore a cancelled utterance's late events skips paragraphs.
 * - window.__events counts the utterance events delivered so far, so a test can wait for a late event
 *   to have arrived (instead of sleeping) before it checks that nothing more was spoken.
 */
import type { Page } from 'playwright-core';

export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export const LOCAL_VOICES: StubVoice[] = [
  { name: 'Stub Mandarin', lang: 'zh-CN', localService: true },
  { name: 'Stub English', lang: 'en-GB', localService: true },
];

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

export interface SpeechOptions {
  voices?: readonly StubVoice[];
  /** Each utterance ends by itself after this many ms; 0: the test ends it with window.__finish(). */
  auto?: number;
  /** No speechSynthesis at all. */
  absent?: boolean;
  /** Voices known at once instead of after a `voiceschanged` event. */
  voicesAtOnce?: boolean;
  /** What a cancelled utterance receives (later, asynchronously). */
  cancelEvent?: 'error' | 'end';
}

export async function stubSpeech(page: Page, options: SpeechOptions = {}): Promise<void> {
  await page.addInitScript(
    ({ voices, auto, absent, voicesAtOnce, cancelEvent }) => {
      const w = window as unknown as Record<string, unknown>;
      if (absent) {
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        return;
      }
      type Handler = ((e: unknown) => void) | null | undefined;
      type U = { text: string; lang: string; voice: { name: string } | null; onend?: Handler; onerror?: Handler; onstart?: Handler };
      const spoken: { text: string; lang: string; voice: string | null }[] = [];
      let current: U | null = null;
      let events = 0;
      let known = voicesAtOnce ? voices : [];
      class Utterance {
        text: string;
        lang = '';
        voice: { name: string } | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      /** Deliver an event to an utterance on a later task, as browsers do. */
      const later = (u: U, type: 'start' | 'end' | 'error', delay: number, error?: string) =>
        setTimeout(() => {
          events++;
          const handler = type === 'start' ? u.onstart : type === 'end' ? u.onend : u.onerror;
          handler?.({ type, utterance: u, ...(error ? { error } : {}) });
        }, delay);
      const synth = Object.assign(new EventTarget(), {
        onvoiceschanged: null as Handler,
        getVoices: () => known,
        get speaking() {
          return current !== null;
        },
        get pending() {
          return false;
        },
        get paused() {
          return false;
        },
        speak(u: U) {
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
          current = u;
          later(u, 'start', 0);
          if (auto) {
            setTimeout(() => {
              if (current === u) (current = null), later(u, 'end', 0);
            }, auto);
          }
        },
        cancel() {
          const u = current;
          current = null;
          if (u) later(u, cancelEvent === 'end' ? 'end' : 'error', 10, cancelEvent === 'end' ? undefined : 'interrupted');
        },
        pause() {},
        resume() {},
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      w.__voicesLoaded = Boolean(voicesAtOnce);
      if (!voicesAtOnce) {
        setTimeout(() => {
          known = voices;
          const e = new Event('voiceschanged');
          synth.dispatchEvent(e);
          synth.onvoiceschanged?.(e);
          w.__voicesLoaded = true;
        }, 30);
      }
      w.__spoken = spoken;
      w.__finish = () => {
        const u = current;
        if (!u) return;
        current = null;
        later(u, 'end', 0);
      };
      w.__speaking = () => current !== null;
      w.__events = () => events;
    },
    { voices: options.voices ?? LOCAL_VOICES, auto: options.auto ?? 0, absent: options.absent ?? false, voicesAtOnce: options.voicesAtOnce ?? false, cancelEvent: options.cancelEvent ?? 'error' },
  );
}

type SpeechWindow = { __spoken: Spoken[]; __voicesLoaded: boolean; __events: () => number; __finish: () => void; __speaking: () => boolean };
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as SpeechWindow).__spoken.slice());
/** Wait until the stub has delivered its voices (the page's `voiceschanged` listeners have run). */
export const voicesLoaded = (page: Page) => page.waitForFunction(() => (window as unknown as SpeechWindow).__voicesLoaded);
/** Wait until `n` utterances have been spoken in all. */
export const spokenCount = (page: Page, n: number) => page.waitForFunction((n) => (window as unknown as SpeechWindow).__spoken.length === n, n);
/** End the utterance being spoken (its `end` event follows asynchronously). */
export const finish = (page: Page) => page.evaluate(() => (window as unknown as SpeechWindow).__finish());
export const speaking = (page: Page) => page.evaluate(() => (window as unknown as SpeechWindow).__speaking());
/** Utterance events delivered so far. */
export const eventsDelivered = (page: Page) => page.evaluate(() => (window as unknown as SpeechWindow).__events());
/** Wait until more than `n` utterance events have been delivered. */
export const eventsAfter = (page: Page, n: number) => page.waitForFunction((n) => (window as unknown as SpeechWindow).__events() > n, n);
