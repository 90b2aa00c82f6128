/** The display modes the site offers (see src/client/display.js), for tests that run in each of them. */
import type { Page } from 'playwright-core';

export interface DisplayMode {
  name: string;
  /** What src/client/display.js stores in localStorage['plan-display'], or null for none. */
  stored: { size?: 'small' | 'medium' | 'large'; contrast?: 'high' | 'normal' } | null;
  /** Media emulation (the system asking for more contrast / forced colours). */
  media?: Parameters<Page['emulateMedia']>[0];
}

export const DISPLAY_MODES: DisplayMode[] = [
  { name: 'default', stored: null },
  { name: 'text size large (大)', stored: { size: 'large' } },
  { name: 'text size medium (中)', stored: { size: 'medium' } },
  { name: 'text size small (小)', stored: { size: 'small' } },
  { name: 'high contrast (高对比度)', stored: { contrast: 'high' } },
  { name: 'large text + high contrast', stored: { size: 'large', contrast: 'high' } },
  { name: 'system prefers-contrast: more', stored: null, media: { contrast: 'more' } },
];

/** Put the mode's stored choice in place before any page script runs, and emulate its media. */
export async function useMode(page: Page, mode: DisplayMode): Promise<void> {
  const stored = mode.stored ? JSON.stringify(mode.stored) : null;
  await page.addInitScript((value) => {
    try {
      if (value) localStorage.setItem('plan-display', value);
      else localStorage.removeItem('plan-display');
    } catch {
      /* pages without storage (about:blank) */
    }
  }, stored);
  if (mode.media) await page.emulateMedia(mode.media);
}

/** The attributes src/client/display.js should have set for this mode. */
export function expectedAttributes(mode: DisplayMode): { size: string | null; contrast: string | null } {
  const size = mode.stored?.size;
  return { size: size === 'small' || size === 'large' ? size : null, contrast: mode.stored?.contrast ?? null };
}

/** What the page shows of its mode: <html>'s attributes and the display buttons' pressed states. */
export const modeState = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.getAttribute('data-text-size'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    pressed: [...document.querySelectorAll('[data-display] [aria-pressed="true"]')].map((b) => b.getAttribute('data-size') ?? 'contrast'),
  }));

/** The state src/client/display.js gives a page in `mode` (pressing the buttons or loading with the choice stored). */
export function expectedState(mode: DisplayMode): Awaited<ReturnType<typeof modeState>> {
  const high = mode.stored?.contrast ? mode.stored.contrast === 'high' : mode.media?.contrast === 'more';
  return { ...expectedAttributes(mode), pressed: [mode.stored?.size ?? 'medium', ...(high ? ['contrast'] : [])] };
}
