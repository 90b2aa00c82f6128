/** Assertions that cannot pass vacuously. */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/** The list, after asserting it has something in it: `for (const x of nonEmpty(rows, 'rows'))` runs at least once. */
export function nonEmpty<T>(list: readonly T[], what: string): readonly T[] {
  expect(list.length, `${what}: expected at least one, found none`).toBeGreaterThan(0);
  return list;
}

/** Every element the locator matches is hidden, and it matches at least one (a missing element is not "hidden"). */
export async function expectHidden(locator: Locator, what: string): Promise<void> {
  const n = await locator.count();
  expect(n, `${what}: the selector matches nothing, so "hidden" would prove nothing`).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) expect(await locator.nth(i).isVisible(), `${what} (#${i + 1} of ${n})`).toBe(false);
}

/** What getComputedStyle says about motion for one element. */
export interface MotionStyle {
  animationName: string;
  animationDuration: string;
  transitionProperty: string;
  transitionDuration: string;
  scrollBehavior: string;
}

const seconds = (list: string) => list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)));

/**
 * Why an element moves although the reader asked for reduced motion, or null. Any transition or
 * animation longer than 0.01 s counts (also `transition: all 0.3s`), and so does smooth scrolling.
 */
export function motionProblem(s: MotionStyle): string | null {
  if (s.animationName.split(',').some((n) => n.trim() !== 'none') && seconds(s.animationDuration).some((d) => d > 0.01)) return `animation ${s.animationName} ${s.animationDuration}`;
  if (s.transitionProperty.split(',').some((p) => p.trim() !== 'none') && seconds(s.transitionDuration).some((d) => d > 0.01)) return `transition ${s.transitionProperty} ${s.transitionDuration}`;
  if (s.scrollBehavior === 'smooth') return 'smooth scrolling';
  return null;
}
