/**
 * Statements that stay true (issue #11) after a revision: a copy of the project with one chapter's
 * status flipped and every footer setting set is built; the accessibility statement names exactly the
 * parts and tasks the copy marks as summaries, and every page's footer shows each setting, labelled,
 * with its link. The same statement on the site as it is (dist/, no settings): tests/browser/statements.test.ts.
 * Expectations are the copy's own fields and the settings as given, read back from the built pages
 * (tests/support/statements.ts), never computed by the code that writes them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, removeCopy } from '../support/project-copy.ts';
import { builtPages } from '../support/site.ts';
import { frontMatter, readFacts, setFrontMatter } from '../support/content-facts.ts';
import { expectedNamed, namedItems } from '../support/statements.ts';
import { nonEmpty } from '../support/assert.ts';
import { SETTING_VARS } from '../../src/lib/site-settings.ts';
import { t } from '../../src/i18n/index.ts';

const LANGS = ['zh', 'en'] as const;
const decode = (s: string) =>
  s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const read = (dir: string, page: string) => readFileSync(join(dir, page, 'index.html'), 'utf8');

/** Footer settings used for the copy: obviously test values, never real registration numbers. */
const SETTINGS: Record<keyof typeof SETTING_VARS, string> = {
  organizerZh: '测试主办单位',
  organizerEn: 'Test Organiser',
  siteCode: 'TEST000000',
  icp: '测ICP备00000000号',
  psb: '测公网安备 12345678901234号',
  phone: '0000-00000000',
  email: 'test@example.invalid',
  addressZh: '测试地址',
  addressEn: 'Test Address',
};

/** What each footer entry must show on a page of `lang`, and where it must link (the registers and the usual URI schemes). */
const FOOTER = (lang: 'zh' | 'en') => [
  { key: 'organizer', text: lang === 'zh' ? SETTINGS.organizerZh : SETTINGS.organizerEn },
  { key: 'siteCode', text: SETTINGS.siteCode },
  { key: 'icp', text: SETTINGS.icp, href: 'https://beian.miit.gov.cn/' },
  { key: 'psb', text: SETTINGS.psb, href: 'https://beian.mps.gov.cn/#/query/webSearch?code=12345678901234' },
  { key: 'phone', text: SETTINGS.phone, href: 'tel:000000000000' },
  { key: 'email', text: SETTINGS.email, href: `mailto:${SETTINGS.email}` },
  { key: 'address', text: lang === 'zh' ? SETTINGS.addressZh : SETTINGS.addressEn },
] as const;

/** The site's address for the copy (its host is the SiteDomain tag). */
const SITE = 'https://www.example.gov.cn';

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
  const env: NodeJS.ProcessEnv = { ...process.env, PLAN_OUT_DIR: out, PLAN_SITE: SITE, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const [name, variable] of Object.entries(SETTING_VARS)) env[variable] = SETTINGS[name as keyof typeof SETTINGS];
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, env, encoding: 'utf8', timeout: 580_000 });
  if (r.status !== 0) throw new Error(`build of the copy failed:\n${r.stdout}\n${r.stderr}`);
});
afterAll(() => {
  if (copy) removeCopy(copy);
});

describe('the accessibility statement follows the content’s status', () => {
  test('after a status change it names exactly the parts and tasks the copy marks as summaries, in both languages', () => {
    const facts = readFacts(copy);
    expect(facts.chapters.find((c) => c.number === flipped.number)?.status).toBe(flipped.to);
    const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');
    for (const lang of LANGS) {
      const item = /<li data-statement="a11y\.notYet2">([\s\S]*?)<\/li>/.exec(read(out, `${lang}/accessibility/`))?.[1];
      if (!anySummary) {
        expect(item, lang).toBeUndefined();
        continue;
      }
      expect(item, lang).toBeDefined();
      expect(namedItems(lang, decode(item!)), lang).toEqual(expectedNamed(facts.chapters, facts.tasks));
    }
  });
});

describe('government-site footer fields are settings', () => {
  test('built with them, every page’s footer shows each one, labelled, in its language, with its link', () => {
    const pages = nonEmpty(builtPages(out).filter((p) => /^(zh|en)\//.test(p)), 'pages of the copy');
    for (const page of pages) {
      const lang = page.slice(0, 2) as 'zh' | 'en';
      const info = /<ul class="site-info"[\s\S]*?<\/ul>/.exec(read(out, page))?.[0];
      expect(info, page).toBeDefined();
      const items = [...info!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({ text: decode(m[1]!), href: /href="([^"]*)"/.exec(m[1]!)?.[1]?.replace(/&amp;/g, '&') }));
      expect(items.map((i) => i.text), page).toEqual(FOOTER(lang).map((f) => `${t(lang, `footer.${f.key}`)}${t(lang, 'label.sep')}${f.text}`));
      expect(items.map((i) => i.href), page).toEqual(FOOTER(lang).map((f) => ('href' in f ? f.href : undefined)));
    }
  });
});

describe('government page metadata takes the settings', () => {
  test('built with them, every page carries SiteIDCode and SiteDomain from the settings', () => {
    const pages = nonEmpty(builtPages(out).filter((p) => /^(zh|en)\//.test(p)), 'pages of the copy');
    for (const page of pages) {
      const html = read(out, page);
      const meta = (name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];
      expect(meta('SiteIDCode'), page).toBe(SETTINGS.siteCode);
      expect(meta('SiteDomain'), page).toBe(new URL(SITE).host);
    }
  });
});

describe('the accessibility statement’s voice follows the operator settings', () => {
  test('built with the organizer set, it names the organizer and points to the contact details, in both languages', () => {
    for (const lang of LANGS) {
      const html = read(out, `${lang}/accessibility/`);
      const organizer = lang === 'zh' ? SETTINGS.organizerZh : SETTINGS.organizerEn;
      const intro = decode(/<p[^>]*data-statement="intro"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
      const report = decode(/<p[^>]*data-statement="report"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
      expect(intro, lang).toBe(t(lang, 'a11y.introOrganizer', { organizer }));
      expect(report, lang).toBe(t(lang, 'a11y.reportOrganizer', { organizer, contact: t(lang, 'a11y.contactInFooter') }));
    }
  });
});
