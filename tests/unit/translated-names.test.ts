/**
 * Company names translated for this website are marked with an asterisk (docs/style-guide.en.md §7):
 * every English organization whose Chinese name is a company (…有限公司) ends in "*", no other name
 * does, and wherever the English text names a marked company it carries the mark too ("\*" in Markdown).
 */
import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { checkProject } from '../../src/checker/node.ts';

const { entries } = checkProject(resolve('.'));
const zhSurvey = entries.survey.filter((e) => e.lang === 'zh');
const isCompany = (zhName: string) => /有限公司$/.test(zhName);

test('there are Table 1 entries to check', () => {
  expect(zhSurvey.length).toBeGreaterThan(0);
});

describe('translated company names carry the asterisk, in the lists and in the text', () => {
  for (const zh of zhSurvey) {
    test(zh.name, () => {
      const en = entries.survey.find((e) => e.lang === 'en' && e.name === zh.name);
      expect(en, `content/en/survey/${zh.name}.md`).toBeDefined();
      const zhOrgs = zh.data.organisations as string[];
      const enOrgs = en!.data.organisations as string[];
      expect(enOrgs.length).toBe(zhOrgs.length);
      const wrong = zhOrgs.flatMap((z, i) => (isCompany(z) === enOrgs[i]!.endsWith('*') ? [] : [`${z} → ${enOrgs[i]}`]));
      expect(wrong, 'a company name ends in "*", and only a company name').toEqual([]);
      for (const place of en!.data.places as string[]) expect(place.endsWith('*'), place).toBe(false);
      const body = en!.file.body;
      for (const name of enOrgs.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1))) {
        const uses = body.split(name).slice(1);
        for (const after of uses) expect(after.startsWith('\\*'), `${name} in the text of content/en/survey/${zh.name}.md`).toBe(true);
      }
    });
  }
});
