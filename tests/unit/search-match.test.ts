/** Site search: matching, verification and excerpts (src/lib/search/match.ts, tokens.ts). */
import { describe, expect, test } from 'vitest';
import { excerpt, findMatches, isCjkQuery, normalizeQuery, sections, segmentsToHtml, stem, verify, withHighlight, type FragmentLike } from '../../src/lib/search/match.ts';
import { characterQuery, hiddenCharacters, htmlForIndex, pageText, tokensBlock, TOKENS_MARK } from '../../src/lib/search/tokens.ts';

const ZW = '\u200b';
/** Text as Pagefind stores it for Chinese: words separated by zero-width spaces. */
const pf = (...words: string[]) => words.join(ZW);

describe('findMatches', () => {
  test('Chinese: a substring, across Pagefind word breaks', () => {
    const text = pf('全区', '国家级', '高新', '技术', '企业', '数量');
    const [m] = findMatches(text, '高新技术企业');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end).replaceAll(ZW, '')).toBe('高新技术企业');
  });

  test('Chinese: characters that are only scattered over the text do not match', () => {
    expect(findMatches('高新区建设，技术成果，企业发展', '高新技术企业')).toEqual([]);
    expect(findMatches('科技创新', '科创')).toEqual([]);
    expect(findMatches('浙中科创大走廊', '科创')).toHaveLength(1);
  });

  test('Chinese: every occurrence, Latin letters case-folded, spaces ignored', () => {
    expect(findMatches('R&D经费，企业r&d经费', 'R&D经费')).toHaveLength(2);
    expect(findMatches('十四 五', '十四五')).toHaveLength(1);
  });

  test('Chinese: full-width punctuation in the text meets the query as normalized (NFKC), offsets in the text', () => {
    const text = '推进中国（浙江）自贸区金义片区建设';
    const [m] = findMatches(text, '中国（浙江）自贸区金义片区');
    expect(text.slice(m!.start, m!.end)).toBe('中国（浙江）自贸区金义片区');
    expect(findMatches(text, '中国(浙江)自贸区')).toHaveLength(1);
    expect(findMatches(text, '中国浙江自贸区')).toEqual([]);
  });

  test('English: whole words, plural and -ing/-ed forms', () => {
    expect(findMatches('national high-tech enterprises exceed 200', 'high-tech enterprise')).toHaveLength(1);
    expect(findMatches('a science and technology incubator', 'incubators')).toHaveLength(1);
    expect(findMatches('R&D institutions', 'R&D')).toHaveLength(1);
    // A Latin word inside Chinese text.
    expect(findMatches('全区R&D经费支出占GDP比重', 'GDP')).toHaveLength(1);
    expect(findMatches('全区R&D经费支出占GDP比重', 'R&D')).toHaveLength(1);
    expect(findMatches('innovations', 'innovation')).toHaveLength(1);
    // Not inside other words, not across a sentence break.
    expect(findMatches('entrepreneurship', 'enterprise')).toEqual([]);
    expect(findMatches('innovative people', 'innovation')).toEqual([]);
    expect(findMatches('high. Tech', 'high-tech')).toEqual([]);
  });

  test('English: a comma or bracket between two words joins them only where the query has the same there', () => {
    const zone = 'the Jinyi Area of the China (Zhejiang) Pilot Free Trade Zone, and';
    expect(findMatches(zone, 'Jinyi Area of the China (Zhejiang) Pilot Free Trade Zone')).toHaveLength(1);
    expect(findMatches(zone, 'China Zhejiang')).toEqual([]);
    expect(findMatches(zone, 'Zhejiang Pilot')).toEqual([]);
    expect(findMatches('micro, small and medium-sized enterprises', 'micro, small and medium-sized enterprise')).toHaveLength(1);
    expect(findMatches('micro small and medium-sized enterprises', 'micro, small and medium-sized enterprise')).toHaveLength(1);
    expect(findMatches('talent. Small and medium', 'talent small')).toEqual([]);
    expect(findMatches('talent, small and medium', 'talent small')).toEqual([]);
  });

  test('an empty query matches nothing', () => {
    expect(findMatches('anything', '  ')).toEqual([]);
  });

  test('the quick first test never drops a match: every form of a word finds every other, first or later in the query', () => {
    const forms = [
      ['industries', 'industry'], ['processes', 'process'], ['boxes', 'box'], ['innovating', 'innovate', 'innovated', 'innovates'],
      ['enterprises', 'enterprise'], ['Companies', 'company'], ['R&D', 'r&d'], ['bases', 'base'], ['IT', 'it'],
    ];
    for (const group of forms) {
      for (const a of group) {
        for (const b of group) {
          if (stem(a.split('&')[0]!) !== stem(b.split('&')[0]!)) continue;
          expect(findMatches(`New ${a} here.`, b), `${b} in "${a}"`).toHaveLength(1);
          expect(findMatches(`The ${a} zone`, `${b} zone`), `"${b} zone" in "${a} zone"`).toHaveLength(1);
        }
      }
    }
    // The same text asked again (now from the caches) gives the same answer.
    expect(findMatches('New industries here.', 'industry')).toEqual(findMatches('New industries here.', 'industries'));
  });
});

test('stem: plural, -ing and -ed forms meet', () => {
  expect(stem('enterprises')).toBe(stem('enterprise'));
  expect(stem('industries')).toBe(stem('industry'));
  expect(stem('processes')).toBe(stem('process'));
  expect(stem('innovating')).toBe(stem('innovate'));
  expect(stem('R')).toBe('r');
});

test('normalizeQuery and isCjkQuery', () => {
  expect(normalizeQuery('  ＲＤ   经费 ')).toBe('RD 经费');
  expect(isCjkQuery('R&D经费')).toBe(true);
  expect(isCjkQuery('R&D')).toBe(false);
});

describe('excerpt', () => {
  test('cut around the occurrence, occurrences marked, ellipses where text was cut', () => {
    const text = `${'甲'.repeat(100)}数字经济${'乙'.repeat(100)}`;
    const segs = excerpt(text, findMatches(text, '数字经济'), 0, 10);
    expect(segs.map((s) => s.text).join('')).toBe(`…${'甲'.repeat(10)}数字经济${'乙'.repeat(10)}…`);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['数字经济']);
  });

  test('English: words are not cut in half', () => {
    const text = 'The plan sets out the science and technology innovation targets for 2025 and strives to achieve them';
    const html = segmentsToHtml(excerpt(text, findMatches(text, 'targets'), 0, 20));
    expect(html).toContain('<mark>targets</mark>');
    expect(html).toMatch(/^…[a-z]+ /);
    expect(html).toMatch(/ [a-z0-9]+…$/);
  });

  test('Pagefind’s ". " between Chinese blocks is shown as a space; HTML is escaped', () => {
    const text = '科技孵化器. 创新能力<b>';
    expect(segmentsToHtml(excerpt(text, findMatches(text, '创新'), 0, 20))).toBe('科技孵化器 <mark>创新</mark>能力&lt;b&gt;');
  });
});

test('withHighlight puts the term before the fragment', () => {
  expect(withHighlight('/zh/notes/#text', '高新 技术')).toBe('/zh/notes/?hl=%E9%AB%98%E6%96%B0%20%E6%8A%80%E6%9C%AF#text');
  expect(withHighlight('/en/?a=1', 'R&D')).toBe('/en/?a=1&hl=R%26D');
});

describe('verify', () => {
  const data: FragmentLike = {
    url: '/zh/drafting-notes/',
    content: pf('起草', '说明', '. ', '一、', '项目', '立项', '. ', '委托', '科学学', '所', '. ', '三、', '文本', '内容', '. ', '全区', '高新', '技术', '企业', '数量') + ` ${TOKENS_MARK} 术 业 ${TOKENS_MARK}`,
    meta: { title: '起草说明' },
    filters: { type: ['起草说明'] },
    sub_results: [
      { title: '起草说明', url: '/zh/drafting-notes/' },
      { title: '一、项目立项', url: '/zh/drafting-notes/#project-initiation', anchor: { id: 'project-initiation', element: 'h2' } },
      { title: '三、文本内容', url: '/zh/drafting-notes/#text', anchor: { id: 'text', element: 'h2' } },
    ],
  };

  test('a page that contains the query: passage under the right heading, marked, linked with ?hl=', () => {
    const r = verify(data, '高新技术企业')!;
    expect(r.title).toBe('起草说明');
    expect(r.types).toEqual(['起草说明']);
    expect(r.count).toBe(1);
    expect(r.passages).toHaveLength(1);
    expect(r.passages[0]!.heading).toBe('三、文本内容');
    expect(r.passages[0]!.url).toBe(withHighlight('/zh/drafting-notes/#text', '高新技术企业'));
    expect(r.passages[0]!.segments.filter((s) => s.mark).map((s) => s.text.replaceAll(ZW, ''))).toEqual(['高新技术企业']);
  });

  test('a page that only has the characters scattered, or only in the search-only block, is rejected', () => {
    expect(verify(data, '科技企业')).toBeNull();
    expect(verify(data, '术业')).toBeNull();
    expect(verify(data, '碳中和')).toBeNull();
  });

  test('sections are found in order in the page text', () => {
    expect(sections(data).map((s) => s.heading)).toEqual(['', '一、项目立项', '三、文本内容']);
  });
});

describe('search-only character tokens', () => {
  test('characters that never begin a Pagefind word on the page, and not the others', () => {
    const indexed = pf('各类', '人才', '. ', '人才', '集聚');
    expect(hiddenCharacters(indexed).sort()).toEqual(['才', '类', '聚'].sort());
  });

  test('the block, the page text without it, and the query as characters', () => {
    expect(tokensBlock([])).toBe('');
    const block = tokensBlock(['才', '类']);
    expect(block).toContain(`${TOKENS_MARK} 才 类 ${TOKENS_MARK}`);
    expect(pageText(pf('人才', '. ') + ` ${TOKENS_MARK} 才 ${TOKENS_MARK}`).trim()).toBe('人才.');
    expect(characterQuery('化器 R&D')).toBe('化 器');
    expect(characterQuery('R&D')).toBeNull();
  });

  test('htmlForIndex keeps heading ids only and adds the block inside main', () => {
    const html = '<main id="main" data-pagefind-body><h2 id="text">T</h2><p id="text-p1" class="x">P</p><td data-id="k">k</td></main>';
    const out = htmlForIndex(html, '<div>B</div>');
    expect(out).toBe('<main data-pagefind-body><h2 id="text">T </h2><p class="x">P</p><td data-id="k">k </td><div>B</div></main>');
  });

  test('htmlForIndex ends every cell, term, caption and heading with a space (Astro strips the whitespace, Pagefind adds none)', () => {
    const html = '<table><caption>C</caption><tr><th>talent</th><td>R&amp;D</td></tr></table><dl><dt>a</dt><dd>b</dd></dl><h3>H</h3>';
    expect(htmlForIndex(html)).toBe('<table><caption>C </caption><tr><th>talent </th><td>R&amp;D </td></tr></table><dl><dt>a </dt><dd>b </dd></dl><h3>H </h3>');
  });
});
