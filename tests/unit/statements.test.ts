/**
 * The pure parts of issue #11: statements built from statuses and counts, page titles that fit,
 * footer settings. Inputs are synthetic (they test the rules, not today's content).
 */
import { describe, expect, test } from 'vitest';
import { countWord, joinList, monthText, partsPhrase, statementVars, summaryItems, tasksPhrase, type Status } from '../../src/lib/statements.ts';
import { fitText, homeTitle, MIN_OWN_TITLE, pageTitle, titleLength, TITLE_MAX } from '../../src/lib/page-title.ts';
import { footerFields, readSettings, SETTING_VARS } from '../../src/lib/site-settings.ts';
import { expectedNamed, fromChinese, namedItems } from '../support/statements.ts';

const statuses = (summary: number[], total: number): Status[] =>
  Array.from({ length: total }, (_, i) => ({ number: i + 1, status: summary.includes(i + 1) ? 'summary' : 'full' }));

describe('which parts are summaries', () => {
  test('parts and tasks, in both languages', () => {
    expect(summaryItems('zh', statuses([1, 2, 5], 5), statuses([1, 2, 3, 4, 5, 6], 6))).toBe('第一、第二、第五部分及六项主要任务');
    expect(summaryItems('en', statuses([1, 2, 5], 5), statuses([1, 2, 3, 4, 5, 6], 6))).toBe('Parts 1, 2 and 5 of the plan and the six main tasks');
    expect(summaryItems('zh', statuses([3], 5), statuses([2, 4], 6))).toBe('第三部分及主要任务二、四');
    expect(summaryItems('en', statuses([3], 5), statuses([2], 6))).toBe('Part 3 of the plan and Main Task 2');
    expect(summaryItems('en', statuses([], 5), statuses([1, 6], 6))).toBe('Main Tasks 1 and 6');
  });
  test('three or more consecutive parts are a range', () => {
    expect(partsPhrase('zh', [1, 2, 3, 4, 5])).toBe('第一至第五部分');
    expect(partsPhrase('en', [2, 3, 4])).toBe('Parts 2 to 4 of the plan');
    expect(partsPhrase('zh', [1, 2])).toBe('第一、第二部分');
  });
  test('nothing is a summary: no statement', () => {
    expect(summaryItems('zh', statuses([], 5), statuses([], 6))).toBeUndefined();
    expect(summaryItems('en', statuses([], 5), statuses([], 6))).toBeUndefined();
  });
  test('read back independently (tests/support/statements.ts), the phrase names exactly the summaries, for every mix of statuses up to 5 parts and 6 tasks', () => {
    let checked = 0;
    for (let parts = 0; parts < 1 << 5; parts++) {
      for (const tasks of [0, 0b1, 0b101010, 0b111111, 0b11110]) {
        const chapters = statuses([1, 2, 3, 4, 5].filter((n) => parts & (1 << (n - 1))), 5);
        const ts = statuses([1, 2, 3, 4, 5, 6].filter((n) => tasks & (1 << (n - 1))), 6);
        for (const lang of ['zh', 'en'] as const) {
          const phrase = summaryItems(lang, chapters, ts);
          const want = expectedNamed(chapters, ts);
          if (!want.parts.length && Array.isArray(want.tasks) && !want.tasks.length) expect(phrase).toBeUndefined();
          else expect(namedItems(lang, phrase!), `${lang}: ${phrase}`).toEqual(want), checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect([fromChinese('十'), fromChinese('十二'), fromChinese('二十三'), fromChinese('七')]).toEqual([10, 12, 23, 7]);
  });
  test('all tasks of one: the task itself, not “the one main tasks”', () => {
    expect(tasksPhrase('en', [1], 1)).toBe('Main Task 1');
    expect(tasksPhrase('zh', [1], 1)).toBe('主要任务一');
  });
});

describe('counts and months as running text', () => {
  test('count words', () => {
    expect([countWord('zh', 6), countWord('en', 6), countWord('zh', 14), countWord('en', 14)]).toEqual(['六', 'six', '14', '14']);
    // The style guide (§5): words from one to nine, figures from 10 in English; Chinese numerals to 十.
    expect([countWord('en', 9), countWord('en', 10), countWord('zh', 10), countWord('zh', 11)]).toEqual(['nine', '10', '十', '11']);
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList('zh', ['甲', '乙'])).toBe('甲、乙');
    expect([monthText('zh', '2020-07'), monthText('en', '2021-06')]).toEqual(['2020年7月', 'June 2021']);
  });
  test('the placeholders follow the facts', () => {
    const facts = { chapters: statuses([1], 3), tasks: [{ number: 1, status: 'full' as const, chapter: 2 }], indicators: 9, groups: 2, surveyFrom: '2019-01', surveyTo: '2019-03' };
    expect(statementVars('en', facts)).toEqual({
      indicators: '9', groups: 'two', parts: 'three', tasks: 'one', tasksPart: 'Part 2',
      surveyFrom: 'January 2019', surveyTo: 'March 2019', summaryItems: 'Part 1 of the plan',
    });
    expect(statementVars('zh', facts).tasksPart).toBe('第二部分');
  });
});

describe('page titles', () => {
  const site = 'Short Site Name';
  test('short titles are kept whole', () => {
    expect(pageTitle('Glossary', site)).toBe('Glossary - Short Site Name');
  });
  test('the site name beside a title leaves out the closing words the title already ends with (no “Drafting Notes – … Plan: Drafting Notes”)', () => {
    const named = 'Some Plan: Drafting Notes';
    expect(pageTitle('Drafting Notes', named, { sep: ' – ' })).toBe('Drafting Notes – Some Plan');
    expect(pageTitle('Glossary: Drafting Notes', named, { sep: ' – ' })).toBe('Glossary: Drafting Notes – Some Plan');
    // Only whole closing words, and only the site name's own closing part.
    expect(pageTitle('Glossary', named, { sep: ' – ' })).toBe('Glossary – Some Plan: Drafting Notes');
    expect(pageTitle('ProtoDrafting Notes', named, { sep: ' – ' })).toBe('ProtoDrafting Notes – Some Plan: Drafting Notes');
    expect(pageTitle('起草说明', '金东区规划起草说明')).toBe('起草说明 - 金东区规划起草说明');
    // Closing words given (the document's name), as in Chinese, where the site name has no ": ".
    expect(pageTitle('起草说明', '金东区规划起草说明', { closing: '起草说明' })).toBe('起草说明 - 金东区规划');
    expect(pageTitle('术语：起草说明', '金东区规划起草说明', { closing: '起草说明' })).toBe('术语：起草说明 - 金东区规划');
    expect(pageTitle('主要目标', '金东区规划起草说明', { closing: '起草说明' })).toBe('主要目标 - 金东区规划起草说明');
    expect(pageTitle('Drafting Notes', named, { sep: ' – ', closing: 'Drafting Notes' })).toBe('Drafting Notes – Some Plan');
  });
  test('a page title that does not fit beside the site name is kept whole, without it', () => {
    const title = 'Main Task 4: Upgrade Innovation Carriers and Build a Platform System';
    expect(titleLength(`${title} - ${site}`)).toBeGreaterThan(TITLE_MAX);
    expect(pageTitle(title, site)).toBe(title);
    const longSite = 'A Site Name That Takes Up Most Of The Title Bar';
    expect(pageTitle('Chinese and English side by side: Part 3', longSite)).toBe('Chinese and English side by side: Part 3');
  });
  test(`a page title over ${TITLE_MAX} characters by itself is cut at a word (or character) boundary, ending with …`, () => {
    const long = 'Part 4: Main Tasks for the Development of Science and Technology Innovation in the Period';
    const out = pageTitle(long, site);
    expect(titleLength(out)).toBeLessThanOrEqual(TITLE_MAX);
    expect(out.endsWith('…')).toBe(true);
    const kept = out.slice(0, out.indexOf('…'));
    expect(long.startsWith(kept) && long[kept.length] === ' ', kept).toBe(true); // whole words only
    const zh = pageTitle('第四部分：' + '科技创新发展'.repeat(20), '金东区科技创新“十四五”规划');
    expect(titleLength(zh)).toBeLessThanOrEqual(TITLE_MAX);
    expect(zh.startsWith('第四部分：科技创新发展') && zh.endsWith('…')).toBe(true);
    expect(titleLength(fitText('a'.repeat(100), 10))).toBe(10);
  });
  test('a title too long by itself gives way to the first shorter form that fits, used whole (a Part’s short title, then “Part 1”)', () => {
    const long = 'Part 1: ' + 'Review of Something Rather Long '.repeat(3).trim();
    expect(titleLength(long)).toBeGreaterThan(TITLE_MAX);
    expect(pageTitle(long, site, { shorter: ['Part 1: Review', 'Part 1'] })).toBe('Part 1: Review - Short Site Name');
    const tooLong = 'Part 1: ' + 'x'.repeat(TITLE_MAX);
    expect(pageTitle(long, site, { shorter: [tooLong, 'Part 1'] })).toBe('Part 1 - Short Site Name');
    // A shorter form that fits but not beside the site name is shown alone, not cut.
    const alone = 'y'.repeat(TITLE_MAX - 5);
    expect(pageTitle(long, site, { shorter: [alone] })).toBe(alone);
    // No form fits: the last is cut.
    expect(pageTitle(long, site, { shorter: [tooLong] }).endsWith('…')).toBe(true);
  });
  test('a glossary term’s page: “label: term” when it fits, else the term alone, else its short form; a term too long with no short form is cut, never over the limit', () => {
    const label = (term: string) => `Glossary: ${term}`;
    /** A term of exactly n characters, in words. */
    const term = (n: number) => `${'word '.repeat(n).slice(0, n - 1)}x`;
    const forTerm = (x: string, short?: string) => pageTitle(label(x), site, { shorter: [x, ...(short ? [label(short), short] : [])] });
    expect(forTerm('first draft')).toBe('Glossary: first draft - Short Site Name');
    const fitsAlone = term(TITLE_MAX - 5);
    expect(titleLength(label(fitsAlone))).toBeGreaterThan(TITLE_MAX);
    expect(forTerm(fitsAlone)).toBe(fitsAlone);
    const overLimit = term(TITLE_MAX + 10);
    expect(titleLength(overLimit)).toBe(TITLE_MAX + 10);
    // No short form: the term cut at a word boundary, within the limit.
    const cut = forTerm(overLimit);
    expect(titleLength(cut)).toBeLessThanOrEqual(TITLE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(overLimit.startsWith(cut.slice(0, -1))).toBe(true);
    // With a short form: labelled, beside the site name when it fits.
    expect(forTerm(overLimit, 'WX')).toBe('Glossary: WX - Short Site Name');
    const chinese = '习近平新时代中国特色社会主义思想';
    expect(pageTitle(`术语索引：${chinese}`, '金东区科技创新“十四五”规划', { shorter: [chinese] })).toBe(`术语索引：${chinese} - 金东区科技创新“十四五”规划`);
  });
  test('a title is measured as written in the page’s HTML (as html-validate’s long-title counts): & counts as &amp;', () => {
    expect(titleLength('R&D')).toBe('R&amp;D'.length);
    expect(titleLength('术语索引：R&D经费')).toBe('术语索引：R&amp;D经费'.length);
    const withAmp = `Glossary: R&D ${'x'.repeat(TITLE_MAX - 16)}`;
    expect([...withAmp].length).toBeLessThanOrEqual(TITLE_MAX);
    expect(titleLength(withAmp)).toBeGreaterThan(TITLE_MAX);
    expect(titleLength(pageTitle(withAmp, site))).toBeLessThanOrEqual(TITLE_MAX);
  });
  test('the separator is the language’s own (i18n title.sep)', () => {
    expect(pageTitle('Glossary', site, { sep: ' – ' })).toBe('Glossary – Short Site Name');
  });
  test(`page titles of up to ${MIN_OWN_TITLE} characters keep a short site name`, () => {
    const title = 'x'.repeat(MIN_OWN_TITLE);
    const name = 'y'.repeat(TITLE_MAX - MIN_OWN_TITLE - 3);
    expect(pageTitle(title, name)).toBe(`${title} - ${name}`);
  });
  test('home: the first name that fits', () => {
    expect(homeTitle(['x'.repeat(80), 'Shorter name'])).toBe('Shorter name');
    expect(titleLength(homeTitle(['x'.repeat(80)]))).toBe(TITLE_MAX);
  });
});

describe('footer settings', () => {
  test('nothing set: no fields', () => {
    expect(footerFields('zh', readSettings({}))).toEqual([]);
    expect(footerFields('en', readSettings({ [SETTING_VARS.icp]: '   ' }))).toEqual([]);
  });
  test('an English page shows the Chinese organiser when no English one is set, marked as Chinese', () => {
    const s = readSettings({ [SETTING_VARS.organizerZh]: '某单位', [SETTING_VARS.siteCode]: 'X1' });
    expect(footerFields('en', s)).toEqual([
      { key: 'organizer', value: { text: '某单位', lang: 'zh' } },
      { key: 'siteCode', value: { text: 'X1', lang: 'en' } },
    ]);
  });
  test('record numbers link to their registers; e-mail and telephone are links', () => {
    const s = readSettings({ [SETTING_VARS.psb]: '测公网安备 123号', [SETTING_VARS.email]: 'a@b.cn', [SETTING_VARS.phone]: '0579-1234' });
    const f = footerFields('zh', s);
    expect(f.map((x) => [x.key, x.href])).toEqual([
      ['psb', 'https://beian.mps.gov.cn/#/query/webSearch?code=123'],
      ['phone', 'tel:05791234'],
      ['email', 'mailto:a@b.cn'],
    ]);
  });
  test('a malformed e-mail or telephone is refused, naming the variable', () => {
    expect(() => readSettings({ [SETTING_VARS.email]: 'not an address' })).toThrow(/PLAN_CONTACT_EMAIL.*expected an e-mail address/);
    expect(() => readSettings({ [SETTING_VARS.phone]: 'call us' })).toThrow(/PLAN_CONTACT_PHONE.*expected a telephone number/);
  });
});
