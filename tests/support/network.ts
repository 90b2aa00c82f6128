/**
 * Waiting on what a page really does instead of fixed sleeps: request tracking (every request the
 * page started has finished or failed) and Content-Security-Policy violations collected inside the
 * page, read back after the page is quiet.
 */
import type { Page, Request } from 'playwright-core';

export interface RequestTracker {
  /** Every request seen so far (for byte counting). */
  readonly requests: Request[];
  /** Resolves once no request is in flight and none has started for `quietMs` (default one event-loop turn). */
  idle(options?: { timeout?: number; quietMs?: number }): Promise<void>;
  dispose(): void;
}

export function trackRequests(page: Page): RequestTracker {
  const inFlight = new Set<Request>();
  const requests: Request[] = [];
  let changed: () => void = () => {};
  const onRequest = (r: Request) => {
    requests.push(r);
    // The favicon is the browser's own request, not the page's: Chromium may leave it pending across
    // navigations, so waiting for it would wait for nothing the page needs.
    if (/\/favicon\.[a-z]+$/.test(new URL(r.url()).pathname)) return;
    inFlight.add(r);
    changed();
  };
  const onDone = (r: Request) => {
    inFlight.delete(r);
    changed();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  return {
    requests,
    async idle({ timeout = 30_000, quietMs = 0 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        // A round trip to the page: events the browser sent before it have been delivered.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        if (inFlight.size === 0) {
          if (quietMs <= 0) return;
          const startedMore = await new Promise<boolean>((ok) => {
            const t = setTimeout(() => ok(false), quietMs);
            changed = () => (clearTimeout(t), ok(true));
          });
          changed = () => {};
          if (!startedMore && inFlight.size === 0) return;
          continue;
        }
        if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeout} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        await new Promise<void>((ok) => {
          const t = setTimeout(ok, Math.max(0, deadline - Date.now()));
          changed = () => (clearTimeout(t), ok());
        });
        changed = () => {};
      }
    },
    dispose() {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
    },
  };
}

/** Install (before any page script) a listener that keeps the page's CSP violations in window.__csp. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`));
  });
}

/** The violations of the current document, once its requests are done and queued events have run. */
export async function cspViolations(page: Page, tracker: RequestTracker): Promise<string[]> {
  await tracker.idle();
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['(the CSP recorder did not run on this page)']);
}
