/** The government <meta> tags (src/lib/gov-meta.ts): a value not known leaves its tag out; nothing is guessed. */
import { describe, expect, test } from 'vitest';
import { GOV_META_NAMES, govMeta, siteDomain } from '../../src/lib/gov-meta.ts';

describe('govMeta', () => {
  test('only the site name when nothing else is known', () => {
    expect(govMeta({ siteName: '某网站' })).toEqual([{ name: 'SiteName', content: '某网站' }]);
  });

  test('every tag in the guidelines’ order when every value is given; lists joined, repeats dropped, white space folded', () => {
    const tags = govMeta({
      siteName: 'S',
      siteUrl: 'https://www.example.gov.cn/kjcx/',
      siteCode: 'X000000000',
      column: 'C',
      article: { title: 'T\n  two lines', published: '2026-11-26', sources: ['A', 'B', 'A'] },
      keywords: ['k1', 'k2', 'k1'],
      description: 'D',
    });
    expect(tags.map((t) => t.name)).toEqual([...GOV_META_NAMES]);
    const by = Object.fromEntries(tags.map((t) => [t.name, t.content]));
    expect(by).toMatchObject({ SiteDomain: 'www.example.gov.cn', ArticleTitle: 'T two lines', ContentSource: 'A,B', Keywords: 'k1,k2', PubDate: '2026-11-26' });
  });

  test('empty and blank values count as not set', () => {
    const tags = govMeta({ siteName: 'S', siteUrl: ' ', siteCode: '', column: '  ', article: { title: 'T', sources: [] }, keywords: [], description: '' });
    expect(tags.map((t) => t.name)).toEqual(['SiteName', 'ArticleTitle']);
  });

  test('the site domain is the host of a real address only', () => {
    expect(siteDomain(undefined)).toBeUndefined();
    expect(siteDomain('not an address')).toBeUndefined();
    expect(siteDomain('https://kjcx.example:8443/')).toBe('kjcx.example:8443');
  });
});
