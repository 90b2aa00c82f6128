import { expect, test } from 'vitest';
import { chineseNumeral, formatDate, formatDateRange, targetParts, targetPhrase, valueWithUnit, type IndicatorData } from '../../src/lib/format.ts';
import { neighbours } from '../../src/lib/order.ts';
import { COMPARISONS } from '../../src/lib/schemas.ts';
import { comparisonTemplates } from '../../src/model/titles.ts';

const templates = comparisonTemplates;
const units = { percent: '%', enterprises: '家', units: '个', items: '件', people: '人' };

test('target phrases follow the comparison the text uses', () => {
  expect(targetPhrase('zh', { id: 'x', value: 3.3, unit: 'percent', comparison: 'at-least' }, units, templates('zh'))).toBe('3.3%以上');
  expect(targetPhrase('zh', { id: 'x', value: 200, unit: 'enterprises', comparison: 'more-than' }, units, templates('zh'))).toBe('超过200家');
  expect(targetPhrase('zh', { id: 'x', value: 10, unit: 'percent', comparison: 'growth-more-than' }, units, templates('zh'))).toBe('年均增长超过10%');
  const en = { percent: '%', enterprises: '', units: '', items: '', people: 'people' };
  expect(targetPhrase('en', { id: 'x', value: 3500, unit: 'people', comparison: 'more-than' }, en, templates('en'))).toBe('more than 3,500 people');
  expect(targetPhrase('en', { id: 'x', value: 3.3, unit: 'percent', comparison: 'at-least' }, en, templates('en'))).toBe('at least 3.3%');
});

test('the parts of a target phrase: the comparison words of its template around the figure, joined exactly as the phrase', () => {
  const en = { percent: '%', enterprises: '', units: '', items: '', people: 'people' };
  for (const lang of ['zh', 'en'] as const) {
    const words = lang === 'zh' ? units : en;
    for (const comparison of COMPARISONS) {
      const ind: IndicatorData = { id: 'x', value: 3500, unit: 'people', comparison };
      const template = templates(lang)[comparison];
      const { before, figure, after } = targetParts(lang, ind, words, templates(lang));
      expect(figure, `${lang} ${comparison}`).toBe(lang === 'zh' ? '3500人' : '3,500 people');
      expect(`${before}{v}${after}`, `${lang} ${comparison}`).toBe(template);
      expect(`${before}${figure}${after}`).toBe(targetPhrase(lang, ind, words, templates(lang)));
    }
  }
  const growth = targetParts('zh', { id: 'x', value: 15, unit: 'percent', comparison: 'growth' }, units, { ...templates('zh'), growth: '保持{v}增长' });
  expect(growth).toEqual({ before: '保持', figure: '15%', after: '增长' });
  expect(() => targetParts('en', { id: 'x', value: 1, unit: 'percent', comparison: 'stated' }, en, { ...templates('en'), stated: 'no figure' })).toThrow(/stated/);
});

test('values with units', () => {
  expect(valueWithUnit('zh', 6.7, '件')).toBe('6.7件');
  expect(valueWithUnit('en', 800, '')).toBe('800');
});

test('dates and numerals', () => {
  expect(formatDate('zh', '2020-07-29')).toBe('2020年7月29日');
  expect(formatDate('en', '2020-07-29')).toBe('July 29, 2020');
  expect(formatDateRange('en', '2021-04-22', '2021-04-22')).toBe('April 22, 2021');
  // Ranges as the style guide writes them (§6): the shared year and month once; "and" for two days running.
  expect(formatDateRange('en', '2020-07-29', '2020-07-31')).toBe('July 29 to 31, 2020');
  expect(formatDateRange('en', '2021-01-05', '2021-01-06')).toBe('January 5 and 6, 2021');
  expect(formatDateRange('en', '2020-07-29', '2020-08-02')).toBe('July 29 to August 2, 2020');
  expect(formatDateRange('en', '2020-12-30', '2021-01-02')).toBe('December 30, 2020 to January 2, 2021');
  expect(formatDateRange('zh', '2020-07-29', '2020-07-31')).toBe('2020年7月29日至2020年7月31日');
  expect(chineseNumeral(3)).toBe('三');
  expect(neighbours([1, 2, 3], (x) => x === 1)).toEqual({ prev: undefined, next: 2 });
});
