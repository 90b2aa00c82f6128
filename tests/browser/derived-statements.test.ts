/**
 * Statements that stay true (issue #11): what the site says about its own content — which parts
 * are summaries, how many indicators, parts and tasks there are — is built from the content's
 * `status` fields and data files; page titles fit browser tabs; the government-site footer fields
 * appear only when set. One extra build: a copy of the project with one chapter's status flipped
 * and every footer setting set, compared with dist/ (built from the repository, no settings).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { allBuiltPages, builtPages, DIST } from '../support/site.ts';
import { frontMatter, readFacts, setFrontMatter } from '../support/content-facts.ts';
import { statementVars } from '../../src/lib/statements.ts';
import { footerFields, SETTING_VARS } from '../../src/lib/site-settings.ts';
import { t } from '../../src/i18n/index.ts';
import { TITLE_MAX } from '../../src/lib/page-title.ts';

const LANGS = ['zh', 'en'] as const;
const decode = (s: string) =>
  s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const read = (dir: string, page: string) => readFileSync(join(dir, page, 'index.html'), 'utf8');
/** The accessibility statement's "only a summary so far" item, or undefined when the page has none. */
const summaryStatement = (dir: string, lang: string) => {
  const m = /<li data-statement="a11y\.notYet2">([\s\S]*?)<\/li>/.exec(read(dir, `${lang}/accessibility/`));
  return m ? decode(m[1]!) : undefined;
};

/** Footer settings used for the copy: obviously test values, never real registration numbers. */
const SETTINGS: Record<keyof typeof SETTING_VARS, string> = {
  organizerZh: '测试主办单位',
  organizerEn: 'Test Organiser',
  siteCode: 'TEST000000',
  icp: '测ICP备00000000号',
  psb: '测公网安备 00000000000000号',
  phone: '0000-00000000',
  email: 'test@example.invalid',
  addressZh: '测试地址',
  addressEn: 'Test Address',
};

let copy = '';
let out = '';
let flipped = { number: 0, to: 'full' as 'summary' | 'full' };

beforeAll(() => {
  copy = copyProject();
  out = join(copy, 'out');
  // Flip the status of the first chapter, in both language files (a YAML edit of the front matter).
  const first = readdirSync(join(copy, 'content/zh/chapters')).filter((f) => f.endsWith('.md')).sort()[0]!;
  const fm = frontMatter(join(copy, 'content/zh/chapters', first));
  flipped = { number: fm.number as number, to: fm.status === 'summary' ? 'full' : 'summary' };
  for (const lang of LANGS) setFrontMatter(join(copy, `content/${lang}/chapters`, first), 'status', flipped.to);
  const env: NodeJS.ProcessEnv = { ...process.env, PLAN_OUT_DIR: out, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const [name, variable] of Object.entries(SETTING_VARS)) env[variable] = SETTINGS[name as keyof typeof SETTINGS];
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, env, encoding: 'utf8', timeout: 280_000 });
  if (r.status !== 0) throw new Error(`build of the copy failed:\n${r.stdout}\n${r.stderr}`);
}, 300_000);
afterAll(() => {
  if (copy) removeCopy(copy);
});

describe('the accessibility statement follows the content’s status', () => {
  test('what it says is a summary is what the content marks as one, before and after a status change', () => {
    const before = readFacts('.');
    const after = readFacts(copy);
    expect(after.chapters.find((c) => c.number === flipped.number)?.status).toBe(flipped.to);
    for (const lang of LANGS) {
      for (const [dir, facts] of [[DIST, before], [out, after]] as const) {
        const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');
        const expected = anySummary ? t(lang, 'a11y.notYet2', statementVars(lang, facts)) : undefined;
        expect(summaryStatement(dir, lang), `${dir} ${lang}`).toBe(expected);
      }
      // The change is visible: the statement is not the same as before.
      expect(summaryStatement(out, lang), lang).not.toBe(summaryStatement(DIST, lang));
    }
  });

  test('the statement names the flipped part exactly when it is a summary', () => {
    const n = flipped.number;
    const mentions = (s: string | undefined) => !!s && partsIn(s).includes(n);
    const before = summaryStatement(DIST, 'zh');
    const after = summaryStatement(out, 'zh');
    expect(mentions(after)).toBe(flipped.to === 'summary');
    expect(mentions(before)).toBe(flipped.to !== 'summary');
  });
});

/** The part numbers a zh statement names: 第一、第三部分 → [1, 3]; 第一至第五部分 → [1 … 5]. */
function partsIn(s: string): number[] {
  const digits = '零一二三四五六七八九十';
  const m = /第([一二三四五六七八九十、第至]+)部分/.exec(s);
  if (!m) return [];
  const range = /^([一二三四五六七八九十])至第([一二三四五六七八九十])$/.exec(m[1]!);
  if (range) {
    const [a, b] = [digits.indexOf(range[1]!), digits.indexOf(range[2]!)];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  return m[1]!.split('、第').map((d) => digits.indexOf(d));
}

describe('counts come from the data', () => {
  test('the targets are “the N indicators listed in the drafting notes”, N counted from content/data/targets.yaml', () => {
    const n = readFacts('.').indicators;
    expect(n).toBeGreaterThan(0);
    const zh = decode(read(DIST, 'zh/targets/'));
    const en = decode(read(DIST, 'en/targets/'));
    expect(zh).toContain(`《起草说明》列出的${n}项指标`);
    expect(en).toContain(`the ${n} indicators listed in the Drafting Notes`);
    expect(decode(read(DIST, 'zh/'))).toContain(`《起草说明》列出的全部${n}项指标`);
  });

  test('no page shows an unfilled {placeholder} of a statement', () => {
    const names = Object.keys(statementVars('zh', readFacts('.')));
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = read(DIST, page);
      for (const name of names) expect(html.includes(`{${name}}`), `${page} shows {${name}}`).toBe(false);
    }
  });
});

describe('page titles', () => {
  /** Each glossary term's page and its rendering there: `${lang}/glossary/${id}/` → the term, whole. */
  const termOfPage = new Map(
    (parse(readFileSync('content/data/glossary.yaml', 'utf8')) as { terms: { id: string; zh: string; en: string }[] }).terms.flatMap((term) =>
      LANGS.map((lang): [string, string] => [`${lang}/glossary/${term.id}/`, term[lang]]),
    ),
  );

  test(`every page’s <title> is at most ${TITLE_MAX} characters, in both languages, history pages included, except a glossary term’s page whose title is the whole term; nothing is cut; the full site name is in the page`, () => {
    // History pages too: a past version's title carries its date, which must not be cut off either.
    const pages = allBuiltPages(DIST);
    expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(20);
    const long: string[] = [];
    const cut: string[] = [];
    let wholeTerms = 0;
    for (const page of [...pages, '404.html']) {
      const html = page.endsWith('.html') ? readFileSync(join(DIST, page), 'utf8') : read(DIST, page);
      const title = decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
      expect(title, page).not.toBe('');
      // The one exception: a formal name is never cut, so a term longer than the limit is its page's whole title.
      if ([...title].length > TITLE_MAX) {
        if (title === termOfPage.get(page)) wholeTerms++;
        else long.push(`${page}: ${[...title].length} characters: ${title}`);
      }
      if (title.endsWith('…')) cut.push(`${page}: ${title}`);
      const lang = page.slice(0, 3);
      if (lang === 'zh/' || lang === 'en/') expect(decode(html), page).toContain(t(lang === 'zh/' ? 'zh' : 'en', 'site.title'));
    }
    expect(long).toEqual([]);
    expect(cut, 'a title too long for the tab gives way to a shorter form of it (src/lib/page-title.ts); it is not cut').toEqual([]);
    // Every term over the limit by itself is on its page whole (none is left out of the count above).
    const overLimit = [...termOfPage].filter(([, term]) => [...term].length > TITLE_MAX);
    expect(wholeTerms).toBe(overLimit.length);
  });
});

describe('government-site footer fields are settings', () => {
  const infoOf = (html: string) => /<ul class="site-info"[\s\S]*?<\/ul>/.exec(html)?.[0];

  test('built without the settings, no page has any of them', () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(infoOf(read(DIST, page)), page).toBeUndefined();
  });

  test('built with them, every page’s footer shows each one, labelled, in its language, with its link', () => {
    const pages = builtPages(out).filter((p) => /^(zh|en)\//.test(p));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const lang = page.slice(0, 2) as 'zh' | 'en';
      const info = infoOf(read(out, page));
      expect(info, page).toBeDefined();
      const text = decode(info!);
      const fields = footerFields(lang, SETTINGS);
      expect(fields.map((f) => f.key)).toEqual(['organizer', 'siteCode', 'icp', 'psb', 'phone', 'email', 'address']);
      for (const f of fields) {
        expect(text, `${page}: ${f.key}`).toContain(`${t(lang, `footer.${f.key}`)}${t(lang, 'label.sep')}${f.value.text}`);
        if (f.href) expect(info, `${page}: ${f.key} link`).toContain(`href="${f.href.replace(/&/g, '&amp;')}"`);
      }
      if (lang === 'en') expect(text).toContain(SETTINGS.organizerEn);
      else expect(text).toContain(SETTINGS.organizerZh);
    }
  });
});
