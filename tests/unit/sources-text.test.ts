/** The comparison rules of src/lib/sources/text.ts and the figure rules of src/checker/rules/figures.ts, on small made-up texts. */
import { describe, expect, test } from 'vitest';
import { arabicFigures, comparable, findSection, firstDifference, normalize, parseSourceText } from '../../src/lib/sources/text.ts';
import { chineseNumeral, compareFigures, englishFigures } from '../../src/checker/rules/figures.ts';

describe('source texts', () => {
  const doc = parseSourceText('标题\n导言一段。\n\n一、第一节\n甲段，含3.5%。\n表1 某表\n\t时间\n7月1日-7月2日\n二、第二节\n乙段。\n');

  test('the first line is the title; headings start sections; blank lines are dropped', () => {
    expect(doc.title).toBe('标题');
    expect(doc.sections.map((s) => [s.id, s.heading ?? null, s.lines.map((l) => l.text)])).toEqual([
      ['preamble', null, ['导言一段。']],
      ['section-1', '一、第一节', ['甲段，含3.5%。']],
      ['section-2', '表1 某表', ['时间', '7月1日-7月2日']],
      ['section-3', '二、第二节', ['乙段。']],
    ]);
    expect(doc.sections[1]!.lines[0]!.line).toBe(5);
  });

  test('headings are found whatever their spacing or punctuation width', () => {
    expect(findSection(doc, '表1某表')?.id).toBe('section-2');
    expect(findSection(doc, '一、第一节 ')?.id).toBe('section-1');
    expect(findSection(doc, '三、没有')).toBeUndefined();
  });

  test('whitespace is ignored and full-width and half-width punctuation compare equal; other characters do not', () => {
    expect(normalize('甲段, 含 3.5%。')).toBe(normalize('甲段，含３．５%。'.replace('．', '.')));
    expect(normalize('“甲”')).not.toBe(normalize('"甲"'));
    expect(comparable(doc, findSection(doc, '一、第一节'))).toContain(normalize('甲段, 含3.5%。'));
  });

  test('firstDifference: undefined when found; otherwise what the source and the passage say at the first difference', () => {
    const text = comparable(doc);
    expect(firstDifference('甲段，含3.5%。', text)).toBeUndefined();
    expect(firstDifference('甲段，含4.5%。', text)).toMatchObject({ matched: 4, source: expect.stringMatching(/^3\.5%。/), passage: '4.5%。' });
    expect(firstDifference('完全不同的话', text)).toMatchObject({ matched: 0 });
  });

  test('arabicFigures: decimals, thousands separators, full-width digits', () => {
    expect(arabicFigures('3.30%、3,500人、２０２５年、7月29日')).toEqual(['3.3', '3500', '2025', '7', '29']);
  });
});

describe('figures in both languages', () => {
  test('Chinese numerals', () => {
    expect([chineseNumeral('十四'), chineseNumeral('二百五十'), chineseNumeral('一百零五'), chineseNumeral('二〇三五'), chineseNumeral('万')]).toEqual([14, 250, 105, 2035, 10000]);
    expect(chineseNumeral('十四五')).toBeNaN();
  });

  test('English: numerals, months next to a day or year, number words one to ten', () => {
    expect(englishFigures('On 16 June 2021, three meetings and 3,500 people')).toEqual(expect.arrayContaining(['16', '6', '2021', '3', '3500']));
    expect(englishFigures('this may help')).toEqual([]);
  });

  test('a changed figure is found in either direction; translations that agree pass', () => {
    expect(compareFigures('2021年6月16日召开会议3次', 'Three meetings were held; the review took place on 16 June 2021')).toBeUndefined();
    expect(compareFigures('“十四五”时期第三部分', 'Part 3 of the 14th Five-Year Plan period')).toBeUndefined();
    expect(compareFigures('超过220家', 'more than 200')).toEqual({ missingInEnglish: ['220'], extraInEnglish: ['200'] });
    expect(compareFigures('超过200家', 'more than 220')).toEqual({ missingInEnglish: ['200'], extraInEnglish: ['220'] });
  });
});
