/**
 * Runs the content checker before Astro does anything else. A build with bad content stops here,
 * before a single page is written, with every problem listed in plain words (zh + en).
 *
 * In `astro dev` (the staff preview) the preview keeps running while staff fix the problems: they are
 * printed as warnings in the terminal AND shown in the browser, as a banner at the top of every page
 * (src/integrations/dev-banner.ts). The check re-runs when a file under content/ or sources/ changes; the next
 * page load shows the new result, and the banner disappears once the content is fixed. (Pages that
 * load Vite's client reload by themselves; most pages have no script, so staff press reload.)
 * The banner is added to the dev server's HTML responses only: built pages never contain it (and it
 * has no script).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import type { ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, formatWarnings, type Problem } from '../checker/check.ts';
import { CONTENT_DIRS, checkProject } from '../checker/node.ts';
import { contentProblemsBanner, injectBanner } from './dev-banner.ts';
import { t } from '../i18n/index.ts';
import { mark } from './timing.ts';
import { cachedCheck } from './check-cache.ts';

/** Folders whose files the checker reads; a change there re-runs the check in `astro dev`. */
const WATCHED = CONTENT_DIRS;

export default function contentGuard(): AstroIntegration {
  return {
    name: 'plan:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        mark('check', 'start');
        const root = fileURLToPath(config.root);
        // Unchanged since the last passing check (e.g. `npm run check` just ran): nothing to re-check.
        const { problems, warnings } = cachedCheck(root);
        mark('check', 'end');
        if (command === 'build' && problems.length) {
          const report = formatReport(problems);
          const error = new Error(report);
          error.name = 'ContentError';
          error.stack = report;
          throw error;
        }
        if (problems.length) logger.warn(formatReport(problems, warnings));
        // Warnings never stop a build or the preview: they are shown for whoever maintains the files they name.
        else if (warnings.length) logger.warn(formatWarnings(warnings));
        if (command === 'dev') updateConfig({ vite: { plugins: [problemsBanner(root, problems, logger)] } });
      },
      // Astro syncs the content collections between these two hooks (timed for bench/scale only).
      'astro:config:done': () => mark('sync', 'start'),
      'astro:build:start': () => {
        mark('sync', 'end');
        mark('render', 'start');
      },
    },
  };
}

/** Dev server only: keeps the check's problems current and adds the banner to every HTML page. */
function problemsBanner(root: string, initial: Problem[], logger: AstroIntegrationLogger): Plugin {
  let problems = initial;
  let report = formatReport(problems);
  let stale = false;
  const watched = WATCHED.map((dir) => join(root, dir) + sep);
  const recheck = () => {
    stale = false;
    try {
      problems = checkProject(root).problems;
    } catch (error) {
      // The preview keeps running even if the checker itself fails on some odd file: say so on the page.
      const detail = error instanceof Error ? error.message : String(error);
      problems = [{ file: 'content/', zh: t('zh', 'devBanner.checkFailed', { detail }), en: t('en', 'devBanner.checkFailed', { detail }) }];
    }
    const next = formatReport(problems);
    const changed = next !== report;
    report = next;
    if (changed) {
      if (problems.length) logger.warn(report);
      else logger.info(report);
    }
    return changed;
  };
  return {
    name: 'plan:content-problems-banner',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(WATCHED.map((dir) => join(root, dir)));
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('all', (_event, file) => {
        if (!watched.some((dir) => file.startsWith(dir))) return;
        // A page requested from now on sees the new result (no race with Astro's own reload) …
        stale = true;
        clearTimeout(timer);
        // … and pages with Vite's client reload once the result has changed (Astro does not watch sources/).
        timer = setTimeout(() => {
          if (stale && recheck()) server.ws.send({ type: 'full-reload', path: '*' });
        }, 150);
      });
      server.middlewares.use((_req, res, next) => {
        if (stale) recheck();
        if (problems.length) withBanner(res, contentProblemsBanner(problems));
        next();
      });
    },
  };
}

/** Buffers an HTML response and adds the banner after `<body>`; other responses pass through untouched. */
function withBanner(res: ServerResponse, banner: string): void {
  const isHtml = () => /^text\/html/i.test(String(res.getHeader('content-type') ?? ''));
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer => {
    if (Buffer.isBuffer(chunk)) return chunk;
    if (chunk instanceof Uint8Array) return Buffer.from(chunk);
    return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  };
  let html: boolean | undefined;
  // Headers passed to writeHead are only visible after it runs; decide then, and drop content-length.
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) as Record<string, unknown> | undefined;
    if (headers) for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === 'content-type') res.setHeader('content-type', v as string);
    html = isHtml();
    if (html) {
      res.removeHeader('content-length');
      if (headers) for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-length') delete headers[k];
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    html ??= isHtml();
    if (!html) return write(chunk, ...rest);
    chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    html ??= isHtml();
    if (!html) return end(...args);
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    if (chunk != null) chunks.push(toBuffer(chunk, args[1]));
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    const body = injectBanner(Buffer.concat(chunks).toString('utf8'), banner);
    // Content-Length: Node sets it from the whole body when headers are not sent yet.
    if (!res.headersSent) res.removeHeader('content-length');
    return end(body, 'utf8', callback);
  }) as typeof res.end;
}
