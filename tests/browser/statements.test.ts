/**
 * What the built site (dist/) says about its own content (issue #11), against the content's own fields:
 * the accessibility statement names exactly the parts and tasks marked `status: summary`; the counts
 * are those of the data files; no interface string is left with a {placeholder}; page titles fit a
 * browser tab; built without settings, no page has a footer settings block. The same after a revision
 * (a status flipped, settings set): tests/integration/derived-statements.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allBuiltPages, builtPages, DIST } from '../support/site.ts';
import { readFacts } from '../support/content-facts.ts';
import { expectedNamed, namedItems, uiPattern } from '../support/statements.ts';
import { nonEmpty } from '../support/assert.ts';
import { readMarkdown } from '../support/content-edit.ts';
import { t, UI } from '../../src/i18n/index.ts';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

const LANGS = ['zh', 'en'] as const;
const decode = (s: string) =>
  s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const read = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');

describe('the accessibility statement follows the content’s status', () => {
  test('it names exactly the parts and tasks the content marks as summaries (none: no such item), in both languages', () => {
    const facts = readFacts();
    const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');
    for (const lang of LANGS) {
      const item = /<li data-statement="a11y\.notYet2">([\s\S]*?)<\/li>/.exec(read(`${lang}/accessibility/`))?.[1];
      if (!anySummary) {
        expect(item, lang).toBeUndefined();
        continue;
      }
      expect(item, lang).toBeDefined();
      expect(decode(item!), lang).toMatch(uiPattern(lang, 'a11y.notYet2'));
      expect(namedItems(lang, decode(item!)), lang).toEqual(expectedNamed(facts.chapters, facts.tasks));
    }
  });
});

describe('counts come from the data', () => {
  test('the targets page and the home page count the indicators of content/data/targets.yaml', () => {
    const n = String(readFacts().indicators);
    for (const lang of LANGS) {
      expect(decode(read(`${lang}/targets/`)), lang).toMatch(uiPattern(lang, 'targets.intro', { indicators: n }));
      expect(decode(read(`${lang}/`)), lang).toMatch(uiPattern(lang, 'home.targetsMore', { indicators: n }));
    }
  });

  test('no page shows an unfilled {placeholder} of an interface string in its text', () => {
    const names = [...new Set(LANGS.flatMap((l) => Object.values(UI[l]).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))))];
    expect(names.length).toBeGreaterThan(0);
    for (const page of nonEmpty(builtPages(DIST), 'pages')) {
      // The page's text as a reader gets it (innerText: no attributes, no script or style contents; the page's
      // own scripts keep templates there, e.g. read aloud's progress line, the search page's strings).
      const text = toText(fromHtml(read(page)));
      for (const name of names) expect(text.includes(`{${name}}`), `${page} shows {${name}}`).toBe(false);
    }
  });
});

// Titles (at most TITLE_MAX characters, cut only where no shorter form exists): tests/browser/titles.test.ts.
test('every page of each language names the full site in the page (the tab may show a shorter name)', () => {
  for (const page of nonEmpty(allBuiltPages(DIST), 'pages')) {
    const lang = page.slice(0, 3);
    if (lang === 'zh/' || lang === 'en/') expect(decode(read(page)), page).toContain(t(lang === 'zh/' ? 'zh' : 'en', 'site.title'));
  }
});

test('built without the footer settings, no page has any of them', () => {
  for (const page of nonEmpty(builtPages(DIST), 'pages')) expect(/<ul class="site-info"/.test(read(page)), page).toBe(false);
});

describe('the site says what it is (issue #22 pt 1)', () => {
  const facts = readFacts();
  const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');
  /** The official text a Chinese entry cites, as the test reads it itself: its lines, without spaces. */
  const sourceText = (() => {
    const manifest = parse(readFileSync('sources/manifest.yaml', 'utf8')) as { documents: { id: string; file: string }[] };
    const texts = new Map(manifest.documents.map((d) => [d.id, readFileSync(join('sources', d.file), 'utf8').replace(/\s+/g, '')]));
    return (document: string) => texts.get(document) ?? '';
  })();
  const entries = (collection: string) =>
    readdirSync(join('content/zh', collection))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readMarkdown(join('content/zh', collection, f)));

  test('while any part or task is a summary, every page of both languages says once that the plan’s full text is not published here', () => {
    for (const page of nonEmpty(builtPages(DIST), 'pages')) {
      const lang = page.startsWith('en/') ? 'en' : 'zh';
      if (!/^(zh|en)\//.test(page)) continue;
      const count = decode(read(page)).split(t(lang, 'site.notPublished')).length - 1;
      expect(count, page).toBe(anySummary ? 1 : 0);
    }
  });

  test('a Part’s title that the source does not contain is marked as written by this website; one it contains is not', () => {
    for (const { data } of nonEmpty(entries('chapters'), 'chapters')) {
      const own = !sourceText(String((data.source as { document: string }).document)).includes(String(data.title).replace(/\s+/g, ''));
      for (const lang of LANGS) {
        const html = read(`${lang}/plan/part-${data.number}/`);
        expect(html.includes('data-title-by-site'), `${lang} part ${data.number}`).toBe(own);
        if (own) expect(decode(html), `${lang} part ${data.number}`).toContain(t(lang, 'chapter.titleBySite'));
      }
    }
  });

  test('a task whose text is only its name says so; no page promises that the full text will appear', () => {
    for (const { data, body } of nonEmpty(entries('tasks'), 'tasks')) {
      const bare = (s: string) => s.replace(/\s+/g, '').replace(/。$/, '');
      const nameOnly = bare(body) === bare(String(data.title));
      for (const lang of LANGS) {
        const text = decode(read(`${lang}/tasks/${data.number}/`));
        if (data.status !== 'summary') continue;
        expect(text.includes(t(lang, 'task.titleOnlyNotice')), `${lang} task ${data.number}`).toBe(nameOnly);
        expect(text.includes(t(lang, 'task.summaryNotice')), `${lang} task ${data.number}`).toBe(!nameOnly);
      }
    }
    for (const lang of LANGS) {
      const fullText = decode(read(`${lang}/full-text/`));
      expect(fullText.split(t(lang, 'chapter.summaryNotice')).length - 1, `${lang} full text: the notice is said once, at the top`).toBe(0);
      if (anySummary) expect(fullText, lang).toMatch(uiPattern(lang, 'fullText.summaryNotice'));
    }
  });
});

test('built without the operator settings, the accessibility statement speaks in a neutral voice and names nobody as running the site', () => {
  for (const lang of LANGS) {
    const html = read(`${lang}/accessibility/`);
    const intro = decode(/<p[^>]*data-statement="intro"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
    const report = decode(/<p[^>]*data-statement="report"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
    expect(intro, lang).toBe(t(lang, 'a11y.intro'));
    expect(report, lang).toBe(t(lang, 'a11y.report'));
    // The only organisation the content names as commissioning the plan is not presented as the site's operator.
    const commissioner = String((readMarkdown(`content/${lang}/plan/index.md`).data.document as { commissionedBy?: string } | undefined)?.commissionedBy ?? '');
    if (commissioner) expect(`${intro} ${report}`.includes(commissioner), lang).toBe(false);
  }
});

test('the open data’s Table 1 text is the page’s text: the paragraphs of each period as the reader sees them, no Markdown escapes (issue #22 pt 2)', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'data/survey.json'), 'utf8')) as { periods: ({ id: string } & Record<string, unknown>)[] };
  const csv = readFileSync(join(DIST, 'data/survey.csv'), 'utf8');
  for (const p of nonEmpty(json.periods, 'Table 1 periods')) {
    for (const lang of LANGS) {
      const html = read(`${lang}/survey/`);
      const paragraphs = [...html.matchAll(new RegExp(`<p id="period-${p.id}-p\\d+">([\\s\\S]*?)</p>`, 'g'))].map((m) => decode(m[1]!).replace(/\s+/g, ' ').trim());
      expect(p[`text_${lang}`], `${p.id} ${lang}`).toBe(nonEmpty(paragraphs, `${lang} ${p.id} paragraphs`).join('\n'));
      for (const key of [`text_${lang}`, `places_${lang}`, `organisations_${lang}`]) expect(JSON.stringify(p[key]).includes('\\\\'), `${p.id} ${key}`).toBe(false);
    }
  }
  expect(csv.includes('\\'), 'no backslash in the CSV').toBe(false);
});

describe('minor changes (issue #22 pt 5)', () => {
  /** Every change note of the content marked minor, with the file it is in. */
  const minorNotes = (['zh', 'en'] as const).flatMap((lang) =>
    ['notes', 'chapters', 'tasks', 'plan'].flatMap((collection) =>
      readdirSync(join('content', lang, collection))
        .filter((f) => f.endsWith('.md'))
        .flatMap((f) => ((readMarkdown(join('content', lang, collection, f)).data.changes as { date: string; note: string; minor?: boolean }[] | undefined) ?? []).filter((c) => c.minor).map((c) => ({ lang, note: c.note }))),
    ),
  );
  /** The same words may also be a public note's (staff may write them twice): only a minor note's own words can be looked for. */
  const publicTexts = new Set(
    (['zh', 'en'] as const).flatMap((lang) =>
      ['notes', 'chapters', 'tasks', 'plan'].flatMap((collection) =>
        readdirSync(join('content', lang, collection))
          .filter((f) => f.endsWith('.md'))
          .flatMap((f) => ((readMarkdown(join('content', lang, collection, f)).data.changes as { note: string; minor?: boolean }[] | undefined) ?? []).filter((c) => !c.minor).map((c) => `${lang} ${c.note}`)),
      ),
    ),
  );
  test('a note marked minor is on no Revisions page, in no feed and in no page’s own change notes; every public note is on the Revisions page', () => {
    for (const { lang, note } of minorNotes.filter((m) => !publicTexts.has(`${m.lang} ${m.note}`))) {
      expect(decode(read(`${lang}/revisions/`)).includes(note), note).toBe(false);
      expect(readFileSync(join(DIST, lang, 'rss.xml'), 'utf8').includes(note.replace(/&/g, '&amp;').replace(/</g, '&lt;')), note).toBe(false);
      for (const page of builtPages(DIST).filter((p) => p.startsWith(`${lang}/`) && !p.includes('/history/'))) expect(decode(read(page)).includes(note), `${page}: ${note}`).toBe(false);
    }
  });
  test('every public note is on the Revisions page of its language', () => {
    const publicNotes = (['zh', 'en'] as const).flatMap((lang) =>
      ['notes', 'chapters', 'tasks', 'plan'].flatMap((collection) =>
        readdirSync(join('content', lang, collection))
          .filter((f) => f.endsWith('.md'))
          .flatMap((f) => ((readMarkdown(join('content', lang, collection, f)).data.changes as { note: string; minor?: boolean }[] | undefined) ?? []).filter((c) => !c.minor).map((c) => ({ lang, note: c.note }))),
      ),
    );
    for (const { lang, note } of publicNotes) expect(decode(read(`${lang}/revisions/`)).includes(note), note).toBe(true);
  });
});
