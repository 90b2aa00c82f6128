/**
 * The site says what it is (issue #22 pt 1): while any Part or task of the content is only a summary
 * (`status: summary`, read from content/zh/), no interface string may present the plan's text as
 * being on this website — no "plan text", "full text", "read the plan", "passages of the plan" —
 * unless the sentence says it is not here (a negation) or reports the Drafting Notes' own words
 * (据《起草说明》 / "According to the Drafting Notes"). The statuses come from the content; the
 * wording from src/i18n/. The built pages' side (the site-wide line, the notices): tests/browser/statements.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readFacts } from '../support/content-facts.ts';
import { UI } from '../../src/i18n/index.ts';

/** Wordings that present the plan's text as published here. */
const CLAIMS = {
  zh: [/规划文本/, /全文/, /阅读规划/, /规划文字/],
  en: [/plan text/i, /full text/i, /text of the plan/i, /read the plan/i, /passages? of the plan/i, /plan[’']s text/i],
} as const;
/** Claims about what the plan's whole text contains: never true of a site that holds summaries only. */
const ABOUT_THE_WHOLE_PLAN = {
  zh: [/规划中(?:没有|未)/, /规划(?:文字|文本)中(?:没有|未)/],
  en: [/the plan does not use/i, /the text of the plan does not/i],
} as const;
/** A sentence that says the text is not here, or quotes what the Drafting Notes report. */
const EXCUSED = {
  zh: [/并非|未在|没有全文|尚无|不是/, /^据《起草说明》/, /《起草说明》全文/],
  en: [/\bnot\b/i, /^According to the Drafting Notes/, /Drafting Notes in full/i],
} as const;

const facts = readFacts();
const anySummary = [...facts.chapters, ...facts.tasks].some((x) => x.status === 'summary');

describe('no interface string claims the plan’s text is on this website while any part is a summary', () => {
  for (const lang of ['zh', 'en'] as const) {
    // Only while some part or task is a summary: once all are full text, the claims are true.
    test.runIf(anySummary)(`${lang}: every string that speaks of the plan's text says it is not here, or quotes the Drafting Notes`, () => {
      const strings = Object.entries(UI[lang]);
      expect(strings.length).toBeGreaterThan(0);
      const wrong = strings.filter(([, s]) => {
        if (ABOUT_THE_WHOLE_PLAN[lang].some((re) => re.test(s))) return true;
        return CLAIMS[lang].some((re) => re.test(s)) && !EXCUSED[lang].some((re) => re.test(s));
      });
      expect(wrong.map(([k, s]) => `${k}: ${s}`)).toEqual([]);
    });

    test(`${lang}: the site-wide line says that the plan's full text is not published here`, () => {
      const line = UI[lang]['site.notPublished'];
      expect(CLAIMS[lang].some((re) => re.test(line)), line).toBe(true);
      expect(EXCUSED[lang][0].test(line), line).toBe(true);
    });
  }

  test('the rule itself catches the wordings the reviews found (so it cannot pass by matching nothing)', () => {
    const caught = (lang: 'zh' | 'en', s: string) =>
      ABOUT_THE_WHOLE_PLAN[lang].some((re) => re.test(s)) || (CLAIMS[lang].some((re) => re.test(s)) && !EXCUSED[lang].some((re) => re.test(s)));
    for (const s of ['规划文本', '阅读规划', '单页全文（便于打印）', '本页列出“{term}”在本网站规划文字中出现的全部段落', '规划中没有使用这个词语。']) expect(caught('zh', s), s).toBe(true);
    for (const s of ['Plan Text', 'Read the plan', 'Full text on one page', 'Every passage of the plan on this website', 'The text of the plan does not use this term.'])
      expect(caught('en', s), s).toBe(true);
  });
});
