/**
 * The fallback when the exact search finds nothing (src/lib/search/fallback.ts): how a query is split
 * into words (glossary wordings first, Intl.Segmenter for the rest of Chinese, English without the
 * little words), the loose English stem, the all-words check of a page, and the nearest terms.
 * The glossary here is the test's own (its own wording), so it never constrains the real one.
 */
import { describe, expect, test } from 'vitest';
import { allWordsResult, looseMatches, looseStem, nearestTerms, queryWords } from '../../src/lib/search/fallback.ts';
import type { AliasTerm } from '../../src/lib/search/aliases.ts';
import type { FragmentLike } from '../../src/lib/search/match.ts';

const terms: AliasTerm[] = [
  { id: 'inc', zh: '科技孵化器', en: 'science and technology incubator', abbreviations: { zh: ['孵化器'] }, synonyms: { en: ['tech incubator'] } },
  { id: 'corridor', zh: '浙中科创大走廊', en: 'Central Zhejiang Science and Technology Innovation Corridor', abbreviations: { zh: ['浙中科创走廊'] } },
  { id: 'mbr', zh: '主营业务收入', en: 'revenue from principal business', related: { zh: ['营业收入'], en: ['operating revenue'] } },
  { id: 'rd', zh: '研发', en: 'R&D' },
  { id: 'maker', zh: '众创空间', en: 'maker space' },
];

const fragment = (content: string, url = '/zh/x/'): FragmentLike => ({ url, content, meta: { title: 'X' }, sub_results: [] });

describe('queryWords: the words of a query', () => {
  test('a glossary wording inside a Chinese query is one word, counting as its term too; the rest is segmented', () => {
    const words = queryWords('zh', '孵化器数量', terms);
    expect(words.map((w) => w.text)).toEqual(['孵化器', '数量']);
    expect(words[0]!.wordings).toEqual(['孵化器', '科技孵化器']);
    expect(words[0]!.term?.id).toBe('inc');
    expect(words[1]!.wordings).toEqual(['数量']);
  });
  test('single characters that Intl.Segmenter leaves apart are kept together; joining characters are dropped', () => {
    expect(queryWords('zh', '科创走廊', []).map((w) => w.text)).toEqual(['科创', '走廊']);
    expect(queryWords('zh', '专利的数量', []).map((w) => w.text)).toEqual(['专利', '数量']);
    expect(queryWords('zh', '专利拥有量', []).map((w) => w.text)).toEqual(['专利', '拥有量']);
  });
  test('a question keeps only the words a page can hold: question words and the characters standing with them are left out', () => {
    expect(queryWords('zh', '规划分几部分', []).map((w) => w.text)).toEqual(['规划', '部分']);
    expect(queryWords('zh', '有哪些人才政策', []).map((w) => w.text)).toEqual(['人才', '政策']);
    expect(queryWords('zh', '什么是科技孵化器', []).map((w) => w.text)).toEqual(['科技', '孵化器']);
    expect(queryWords('zh', '几', [])).toEqual([]);
  });
  test('spaces split a Chinese query too; Latin words in it stay as typed', () => {
    expect(queryWords('zh', '科技孵化器 数量', terms).map((w) => w.text)).toEqual(['科技孵化器', '数量']);
    expect(queryWords('zh', 'GDP 比重', terms).map((w) => w.text)).toEqual(['GDP', '比重']);
  });
  test('English: glossary wordings of several words first, then words without the little ones', () => {
    const words = queryWords('en', 'number of tech incubators', terms);
    expect(words.map((w) => w.text)).toEqual(['number', 'tech incubators']);
    expect(words[1]!.wordings).toEqual(['tech incubators', 'science and technology incubator']);
  });
  test('English: a word also counts as the word a glossary wording and its alias swap (one word apart)', () => {
    const own: AliasTerm[] = [{ id: 't', zh: '主要目标', en: 'main targets', synonyms: { en: ['main goals', 'principal aims of the plan'] } }];
    const words = queryWords('en', '2030 goals', own);
    expect(words.map((w) => w.wordings)).toEqual([['2030'], ['goals', 'targets']]);
    // Never on the Chinese search, never for a word the glossary does not pair.
    expect(queryWords('en', 'aims', own)[0]!.wordings).toEqual(['aims']);
  });
  test('a related word is a word of its own, not its term', () => {
    const [w] = queryWords('zh', '营业收入', terms);
    expect(w!.wordings).toEqual(['营业收入']);
    expect(w!.term?.id).toBe('mbr');
  });
});

describe('looseStem and looseMatches: other forms of an English word meet', () => {
  test('derived forms share a stem; different words do not', () => {
    expect(looseStem('incubation')).toBe(looseStem('incubators'));
    expect(looseStem('incubator')).toBe(looseStem('incubation'));
    expect(looseStem('innovation')).toBe(looseStem('innovative'));
    expect(looseStem('patents')).not.toBe(looseStem('partners'));
  });
  test('looseMatches finds every form in a text, Chinese still exactly', () => {
    const text = 'Three incubators were built; incubation services grew.';
    expect(looseMatches(text, 'incubation').map((m) => text.slice(m.start, m.end))).toEqual(['incubators', 'incubation']);
    expect(looseMatches('建设科技孵化器', '孵化').length).toBe(1);
    expect(looseMatches('建设科技孵化器', '孵化中心')).toEqual([]);
  });
});

describe('allWordsResult: a page holds every word', () => {
  test('a page with each word (the alias counting as its term) is a result with every word marked', () => {
    const words = queryWords('zh', '孵化器数量', terms);
    const r = allWordsResult(fragment('到2025年，省级、市级科技孵化器达到3个。企业数量持续增加。'), words);
    expect(r).not.toBeNull();
    const marked = r!.passages.flatMap((p) => p.segments.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toEqual(expect.arrayContaining(['科技孵化器', '数量']));
    expect(r!.url).toContain('hl=');
  });
  test('a page missing one word is not', () => {
    expect(allWordsResult(fragment('科技孵化器达到3个。'), queryWords('zh', '孵化器数量', terms))).toBeNull();
  });
  test('English words in another form', () => {
    const r = allWordsResult(fragment('Provincial-level incubators: reach 3', '/en/targets/'), queryWords('en', 'incubation', terms));
    expect(r?.passages[0]!.segments.find((s) => s.mark)?.text).toBe('incubators');
  });
});

describe('nearestTerms: what the reader may have meant', () => {
  const first = (lang: 'zh' | 'en', q: string) => nearestTerms(lang, q, terms)[0];
  test('part of a term’s name, its characters in order', () => {
    expect(first('zh', '科创走廊')).toMatchObject({ term: { id: 'corridor' }, kind: 'part' });
  });
  test('another form of a word', () => {
    expect(first('en', 'incubation')).toMatchObject({ term: { id: 'inc' } });
  });
  test('a related word leads to its term first', () => {
    expect(first('zh', '营业收入')).toMatchObject({ term: { id: 'mbr' }, kind: 'related' });
    expect(first('en', 'operating revenue')).toMatchObject({ term: { id: 'mbr' }, kind: 'related' });
  });
  test('Chinese: the words in another order, or one word replaced, lead to the term sharing most characters', () => {
    const own: AliasTerm[] = [
      { id: 'zone', zh: '甲乙新区丙丁片区', en: 'x zone' },
      { id: 'steps', zh: '保障措施', en: 'safeguards' },
      { id: 'moves', zh: '重大举措', en: 'major moves' },
    ];
    expect(nearestTerms('zh', '丙丁新区', own)[0]).toMatchObject({ term: { id: 'zone' }, kind: 'part' });
    // 保障举措 shares 保障措 with 保障措施, only 举措 with 重大举措.
    expect(nearestTerms('zh', '保障举措', own).map((s) => s.term.id)).toEqual(['steps', 'moves']);
    // One character in common is not near.
    expect(nearestTerms('zh', '保险', own)).toEqual([]);
  });
  test('English: the query’s words spread over a term’s wordings count above one word in one wording', () => {
    const own: AliasTerm[] = [
      { id: 'moves', zh: '重大举措', en: 'major moves', synonyms: { en: ['major measures'] } },
      { id: 'steps', zh: '保障措施', en: 'implementation safeguards', synonyms: { en: ['guarantee measures'] } },
    ];
    expect(nearestTerms('en', 'safeguard measures', own)[0]).toMatchObject({ term: { id: 'steps' } });
  });
  test('terms that would find nothing are left out; nothing near, nothing offered', () => {
    expect(nearestTerms('zh', '科创走廊', terms, { usable: (t) => t.id !== 'corridor' }).some((s) => s.term.id === 'corridor')).toBe(false);
    expect(nearestTerms('zh', '量子计算', terms)).toEqual([]);
    expect(nearestTerms('en', 'blockchain', terms)).toEqual([]);
  });
});

test('allWordsResult centres an excerpt where the words come closest', () => {
  const filler = 'Other text. '.repeat(30);
  const r = allWordsResult(fragment(`The number of staff grew. ${filler} The incubators reached the planned number.`, '/en/x/'), queryWords('en', 'number of incubators', []));
  const marked = r!.passages[0]!.segments.filter((s) => s.mark).map((s) => s.text);
  expect(marked).toEqual(expect.arrayContaining(['incubators', 'number']));
});
