/**
 * Publishing: the site works under a base path, `npm run build` only replaces dist/ after a
 * successful build and check, and unsafe HTML never reaches a built page even when the content
 * check is bypassed. Each test builds a throw-away copy of the project.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { applyFixture, copyProject, removeCopy } from '../support/project-copy.ts';
import { serve } from '../support/server.ts';
import { builtPages } from '../support/site.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));
const newCopy = () => {
  const dir = copyProject();
  copies.push(dir);
  return dir;
};
const npmBuild = (dir: string, env: Record<string, string | undefined> = {}) => {
  const e: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env: e as NodeJS.ProcessEnv, timeout: 180_000 });
};
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.build-'));

describe('deployed under /kjcx/, with revision notes added', () => {
  const dir = newCopy();
  const out = join(dir, 'out');
  // A Markdown link written site-relative, as the editing guide says, must get the base path too.
  appendFileSync(join(dir, 'content/zh/chapters/1.md'), '\n参见[第三部分的目标](/zh/plan/part-3/#chapter-targets)。\n');
  appendFileSync(join(dir, 'content/en/chapters/1.md'), '\nSee [the targets in Part 3](/en/plan/part-3/#chapter-targets).\n');
  // Revision notes as the editing guide describes them (test-only dates, in this throw-away copy).
  const revise = (file: string, updated: string, note: string) => {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('published: 2026-11-26\n', `published: 2026-11-26\nupdated: ${updated}\nchanges:\n  - date: ${updated}\n    note: ${note}\n`));
  };
  revise('content/zh/chapters/3.md', '2026-12-03', '更正指标');
  revise('content/en/chapters/3.md', '2026-12-03', 'Corrected a figure');
  revise('content/zh/tasks/2.md', '2026-12-01', '补充段落');
  revise('content/en/tasks/2.md', '2026-12-01', 'Added a paragraph');

  test('npm run build with PLAN_BASE=/kjcx/ succeeds', () => {
    const r = npmBuild(dir, { PLAN_BASE: '/kjcx/', PLAN_SITE: 'https://www.example.gov.cn', PLAN_OUT_DIR: out });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(builtPages(out).length).toBeGreaterThanOrEqual(38);
  });

  test('every internal link and asset on every page resolves under /kjcx/, anchors included', async () => {
    const server = await serve({ root: out, base: '/kjcx/' });
    const origin = new URL(server.url).origin;
    const fetched = new Map<string, { status: number; text: string }>();
    const get = async (url: string) => {
      if (!fetched.has(url)) {
        const res = await fetch(url, { redirect: 'manual' });
        fetched.set(url, { status: res.status, text: await res.text() });
      }
      return fetched.get(url)!;
    };
    const broken: string[] = [];
    let checked = 0;
    try {
      for (const page of builtPages(out)) {
        const pageUrl = new URL(page, server.url).href;
        const { status, text } = await get(pageUrl);
        expect(status, pageUrl).toBe(200);
        const refs = [...text.matchAll(/\s(?:href|src)="([^"]+)"/g), ...text.matchAll(/content="\d+;\s*url=([^"]+)"/g)].map((m) => m[1]!);
        for (const ref of refs) {
          const url = new URL(ref.replace(/&amp;/g, '&'), pageUrl);
          if (url.origin !== origin) continue;
          checked++;
          if (!url.pathname.startsWith('/kjcx/')) {
            broken.push(`${page}: ${ref} is outside /kjcx/`);
            continue;
          }
          const target = await get(url.origin + url.pathname);
          if (target.status !== 200) broken.push(`${page}: ${ref} → ${target.status}`);
          else if (url.hash && !target.text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${page}: ${ref} → no such anchor`);
        }
      }
    } finally {
      await server.close();
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    // The Markdown link above really was rewritten.
    expect(readFileSync(join(out, 'zh/plan/part-1/index.html'), 'utf8')).toContain('href="/kjcx/zh/plan/part-3/#chapter-targets"');
  });

  test('feeds, sitemap, robots.txt and canonical addresses carry the site address and base path', () => {
    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://www.example.gov.cn/kjcx/sitemap-index.xml');
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain('https://www.example.gov.cn/kjcx/sitemap-0.xml');
    const locs = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(38);
    for (const loc of locs) expect(loc).toMatch(/^https:\/\/www\.example\.gov\.cn\/kjcx\/(zh|en)\//);
    for (const lang of ['zh', 'en']) {
      const rss = readFileSync(join(out, lang, 'rss.xml'), 'utf8');
      for (const m of rss.matchAll(/<link>([^<]+)<\/link>/g)) expect(m[1]).toMatch(/^https:\/\/www\.example\.gov\.cn\/kjcx\//);
      const html = readFileSync(join(out, lang, 'plan/index.html'), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="https://www.example.gov.cn/kjcx/${lang}/plan/">`);
      expect(html).toContain(`href="/kjcx/${lang}/rss.xml"`);
    }
  });

  test('revision notes reach the pages, the Revisions page and the feed, newest first', () => {
    const read = (p: string) => readFileSync(join(out, p), 'utf8');
    const lastUpdated = (html: string) => /data-last-updated>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
    expect(lastUpdated(read('zh/plan/part-3/index.html'))).toBe('2026-12-03');
    expect(read('zh/plan/part-3/index.html')).toContain('更正指标');
    expect(lastUpdated(read('en/targets/index.html'))).toBe('2026-12-03'); // the targets come from part 3
    expect(lastUpdated(read('en/tasks/2/index.html'))).toBe('2026-12-01');
    expect(lastUpdated(read('en/tasks/index.html'))).toBe('2026-12-01');
    expect(lastUpdated(read('en/plan/part-1/index.html'))).toBe('2026-11-26');
    expect(lastUpdated(read('zh/index.html'))).toBe('2026-12-03');
    const revisions = read('en/revisions/index.html');
    const listed = [...revisions.matchAll(/<li data-kind="(\w+)"[^>]*>(.*?)<\/li>/g)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, '')}`);
    expect(listed).toEqual([
      expect.stringMatching(/^change Part 3: .+: Corrected a figure$/),
      expect.stringMatching(/^change Main Task 2.*: Added a paragraph$/),
      'site The website was first published.',
    ]);
    // The sitemap's lastmod follows the pages.
    const sitemap = read('sitemap-0.xml');
    const lastmod = (loc: string) => new RegExp(`<loc>${loc}</loc><lastmod>(\\d{4}-\\d{2}-\\d{2})`).exec(sitemap)?.[1];
    expect(lastmod('https://www.example.gov.cn/kjcx/zh/plan/part-3/')).toBe('2026-12-03');
    expect(lastmod('https://www.example.gov.cn/kjcx/en/tasks/2/')).toBe('2026-12-01');
    expect(lastmod('https://www.example.gov.cn/kjcx/en/plan/part-1/')).toBe('2026-11-26');
    const rss = read('en/rss.xml');
    const titles = [...rss.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(3);
    expect(titles[0]).toContain('Corrected a figure');
    expect(titles[1]).toContain('Added a paragraph');
    expect(rss).toContain('<link>https://www.example.gov.cn/kjcx/en/plan/part-3/</link>');
  });
});

describe('safe publishing: dist/ is replaced only by a good build', () => {
  const dir = newCopy();
  const dist = join(dir, 'dist');
  const marker = join(dist, 'last-good.txt');
  const env = { PLAN_OUT_DIR: undefined, PLAN_BASE: undefined };

  test('a good build creates dist/', () => {
    const r = npmBuild(dir, env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(dist, 'zh/index.html'))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    writeFileSync(marker, 'the last good site');
  });

  test('a build that fails half-way through writing pages leaves dist/ untouched', () => {
    // A page that throws while being rendered: Astro has already written other pages by then.
    writeFileSync(join(dir, 'src/pages/zz-broken.astro'), '---\nthrow new Error("rendering failed on purpose");\n---\n<p>never</p>\n');
    const r = npmBuild(dir, env);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('rendering failed on purpose');
    expect(r.stdout + r.stderr).toContain('dist/ 保持不变');
    expect(readFileSync(marker, 'utf8')).toBe('the last good site');
    expect(existsSync(join(dist, 'zh/index.html'))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a build stopped by the content check leaves dist/ untouched', () => {
    applyFixture(dir, resolve('tests/fixtures/broken-link'));
    const r = npmBuild(dir, env);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('broken link');
    expect(readFileSync(marker, 'utf8')).toBe('the last good site');
    expect(leftovers(dir)).toEqual([]);
  });

  test('once fixed, the next build replaces dist/ as a whole', () => {
    const original = resolve('content/zh/chapters/1.md');
    writeFileSync(join(dir, 'content/zh/chapters/1.md'), readFileSync(original, 'utf8'));
    rmSync(join(dir, 'src/pages/zz-broken.astro'));
    const r = npmBuild(dir, env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(dist, 'zh/index.html'))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('unsafe HTML never reaches a built page, even with the content check bypassed', () => {
  const dir = newCopy();
  const out = join(dir, 'out');
  // Bypass the checker in this copy only: the sanitizer in the Markdown pipeline must still remove everything.
  writeFileSync(join(dir, 'src/integrations/content-guard.ts'), "export default function contentGuard() { return { name: 'bypassed', hooks: {} }; }\n");
  const cases = ['unsafe-script', 'unsafe-iframe', 'unsafe-event-handler', 'unsafe-javascript-url'].map((c) => applyFixture(dir, resolve('tests/fixtures', c)));
  const pageOf = (file: string) => {
    const m = /^content\/(zh|en)\/(chapters|tasks)\/(\d+)\.md$/.exec(file)!;
    return join(out, m[1]!, m[2] === 'chapters' ? `plan/part-${m[3]}` : `tasks/${m[3]}`, 'index.html');
  };

  test('astro build of the unsafe content succeeds (nothing stops it but the sanitizer)', () => {
    const r = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PLAN_OUT_DIR: out, FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // The fixtures really are in the copy.
    expect(readFileSync(join(dir, cases[0]!.file), 'utf8')).toContain('<script>');
  });

  test.each(['unsafe-script', 'unsafe-iframe', 'unsafe-event-handler', 'unsafe-javascript-url'])('%s: the built page has no trace of it, the safe text stays', (name) => {
    const spec = JSON.parse(readFileSync(resolve('tests/fixtures', name, 'case.json'), 'utf8')) as { file: string };
    // The site's own scripts are files, not content: the display settings (public/display.js) and
    // bundled scripts under /_astro/ (e.g. the search highlighter's loader).
    const own = /<script src="[^"]*\/display\.js"><\/script>|<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/g;
    const lang = /^content\/(zh|en)\//.exec(spec.file)![1]!;
    // The content also reaches the one-page full text.
    for (const page of [pageOf(spec.file), join(out, lang, 'full-text', 'index.html')]) {
      const html = readFileSync(page, 'utf8').replace(own, '');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:/i);
      if (name === 'unsafe-event-handler') expect(html).toMatch(/Click\s*here/);
      if (name === 'unsafe-javascript-url') expect(html).toContain('点击这里');
    }
  });
});
