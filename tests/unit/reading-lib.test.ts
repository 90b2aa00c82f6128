import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { blockAnchors, prefixIds, stripIds, topLevelBlocks } from '../../src/lib/reading/html-blocks.ts';
import { alignByAnchor } from '../../src/lib/reading/bilingual.ts';
import { layoutTimeline, monthsBetween } from '../../src/lib/reading/timeline.ts';
import { LIST_SEPARATOR, plainText, surveyRecords, targetRecords, toCsv, toJson, type TargetWords } from '../../src/lib/reading/open-data.ts';
import { comparisonTemplates as templates } from '../../src/model/titles.ts';
import { parseCsv, parseCsvRecords } from '../support/csv.ts';

const yaml = <T>(path: string) => parse(readFileSync(path, 'utf8'), { schema: 'core' }) as T;

describe('html blocks', () => {
  const html = '<p id="a-p1">One <em>two</em></p>\n<ul id="a-p2"><li>x<ul><li>y</li></ul></li></ul>\n<!-- c --><hr>\n<p id="a-p3">Line<br>break <a href="#a-p1">back</a></p>';

  test('splits into top-level elements, nested lists and void elements included', () => {
    const blocks = topLevelBlocks(html);
    expect(blocks.map((b) => [b.tag, b.id])).toEqual([
      ['p', 'a-p1'],
      ['ul', 'a-p2'],
      ['hr', undefined],
      ['p', 'a-p3'],
    ]);
    expect(blocks[1]!.html).toBe('<ul id="a-p2"><li>x<ul><li>y</li></ul></li></ul>');
    expect(blockAnchors(html)).toEqual(['a-p1', 'a-p2', 'a-p3']);
  });

  test('reads HTML as a browser does: implied end tags end a block, an unclosed one runs to the end', () => {
    expect(topLevelBlocks('<p id="a">one<p id="b">two</p>')).toEqual([
      { tag: 'p', id: 'a', html: '<p id="a">one' },
      { tag: 'p', id: 'b', html: '<p id="b">two</p>' },
    ]);
    expect(topLevelBlocks('<p id="x">open')).toEqual([{ tag: 'p', id: 'x', html: '<p id="x">open' }]);
  });

  test('prefixes ids and in-fragment links, strips ids', () => {
    const out = prefixIds(html, 'part-3-');
    expect(blockAnchors(out)).toEqual(['part-3-a-p1', 'part-3-a-p2', 'part-3-a-p3']);
    expect(out).toContain('href="#part-3-a-p1"');
    expect(stripIds(html)).not.toMatch(/\sid=/);
    expect(prefixIds('<a href="/zh/">x</a>', 'p-')).toBe('<a href="/zh/">x</a>');
  });
});

describe('side-by-side alignment', () => {
  const b = (id: string) => ({ tag: 'p', id, html: `<p id="${id}">${id}</p>` });

  test('pairs blocks with the same anchor, in order', () => {
    const { rows, unmatched } = alignByAnchor([b('x-p1'), b('x-p2')], [b('x-p1'), b('x-p2')]);
    expect(rows.map((r) => [r.id, r.zh?.id, r.en?.id])).toEqual([
      ['x-p1', 'x-p1', 'x-p1'],
      ['x-p2', 'x-p2', 'x-p2'],
    ]);
    expect(unmatched).toEqual([]);
  });

  test('a paragraph missing in one language leaves an empty cell and is reported', () => {
    const { rows, unmatched } = alignByAnchor([b('x-p1'), b('x-p2'), b('x-p3')], [b('x-p1'), b('x-p2')]);
    expect(rows.at(-1)).toMatchObject({ id: 'x-p3', en: undefined });
    expect(unmatched).toEqual(['x-p3']);
    const extra = alignByAnchor([b('x-p1'), b('y-p1')], [b('x-p1'), b('x-p2'), b('y-p1')]);
    expect(extra.rows.map((r) => r.id)).toEqual(['x-p1', 'x-p2', 'y-p1']);
    expect(extra.unmatched).toEqual(['x-p2']);
  });
});

describe('timeline layout', () => {
  test('months between two months, across a year end', () => {
    expect(monthsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(() => monthsBetween('2021-02', '2020-11')).toThrow();
  });

  test('the axis runs from the first period’s month to the last one’s, each period in order inside it, placed by its days', () => {
    // Periods given out of order, across a year end and a leap-year February.
    const periods = [
      { id: '2020-02', start: '2020-02-28', end: '2020-03-02' },
      { id: '2019-11', start: '2019-11-10', end: '2019-11-12' },
    ];
    const layout = layoutTimeline(periods);
    expect(layout.from).toBe('2019-11');
    expect(layout.to).toBe('2020-03');
    expect(layout.months.map((m) => m.id)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02', '2020-03']);
    expect(layout.months[0]!.x).toBe(0);
    expect(layout.events.map((e) => e.id)).toEqual(['2019-11', '2020-02']);
    for (const e of layout.events) {
      expect(e.x0).toBeGreaterThanOrEqual(0);
      expect(e.x1).toBeLessThanOrEqual(1);
      expect(e.x1).toBeGreaterThan(e.x0);
    }
    // 1 Nov 2019 to 31 Mar 2020 is 152 days: 10 November starts after 9 of them; 2 March ends 29 days before the end.
    expect(layout.events[0]!.x0).toBeCloseTo(9 / 152, 3);
    expect(layout.events.at(-1)!.x1).toBeCloseTo((152 - 29) / 152, 3);
  });

  test('the real Table 1: every period of content/data/survey.yaml inside an axis from its first month to its last', () => {
    const { periods } = yaml<{ periods: { id: string; start: string; end: string }[] }>('content/data/survey.yaml');
    const layout = layoutTimeline([...periods].reverse());
    const months = (d: string) => String(d).slice(0, 7);
    expect(layout.from).toBe(periods.map((p) => months(p.start)).sort()[0]);
    expect(layout.to).toBe(periods.map((p) => months(p.end)).sort().at(-1));
    expect([...layout.events.map((e) => e.id)].sort()).toEqual(periods.map((p) => p.id).sort());
    for (const e of layout.events) expect(e.x0 >= 0 && e.x1 <= 1 && e.x1 > e.x0, e.id).toBe(true);
  });
});

describe('open data', () => {
  const figures = yaml<Parameters<typeof targetRecords>[0]>('content/data/targets.yaml');
  const words = { zh: yaml<TargetWords>('content/zh/targets.yaml'), en: yaml<TargetWords>('content/en/targets.yaml') };
  const records = targetRecords(figures, words, { zh: templates('zh'), en: templates('en') });

  test('one record per indicator of content/data/targets.yaml, with its group, figure and names in both languages', () => {
    const ids = figures.groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(records.map((r) => r.id)).toEqual(ids);
    for (const g of figures.groups) {
      for (const ind of g.indicators) {
        const r = records.find((x) => x.id === ind.id)!;
        expect(r, ind.id).toMatchObject({ group: g.id, value: ind.value, name_zh: words.zh.indicators[ind.id], name_en: words.en.indicators[ind.id] });
        // The phrase states the figure, in each language's own number format.
        expect(r.target_zh.replace(/,/g, ''), ind.id).toContain(String(ind.value));
        expect(r.target_en.replace(/,/g, ''), ind.id).toContain(String(ind.value));
      }
    }
  });

  test('a missing label is an error that names the file', () => {
    const broken = { ...words, en: { ...words.en, indicators: {} } };
    expect(() => targetRecords(figures, broken, { zh: templates('zh'), en: templates('en') })).toThrow(/content\/en\/targets\.yaml/);
  });

  test('CSV: BOM, header, CRLF, quoting of commas, quotes and line breaks; reads back to the same values', () => {
    const csv = toCsv([
      { id: 'a', text: 'Co., Ltd. "quoted"', lines: 'one\ntwo', list: ['x', 'y'], value: 3500 },
      { id: 'b', text: '中文', lines: '', list: [], value: 3.3 },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(parseCsv(csv)[0]).toEqual(['id', 'text', 'lines', 'list', 'value']);
    expect(parseCsvRecords(csv)).toEqual([
      { id: 'a', text: 'Co., Ltd. "quoted"', lines: 'one\ntwo', list: `x${LIST_SEPARATOR}y`, value: '3500' },
      { id: 'b', text: '中文', lines: '', list: '', value: '3.3' },
    ]);
    const back = parseCsvRecords(toCsv(records));
    expect(back.map((r) => [r.id, Number(r.value), r.name_zh, r.name_en])).toEqual(records.map((r) => [r.id, r.value, r.name_zh, r.name_en]));
    expect(JSON.parse(toJson(records))).toEqual(records);
  });

  test('survey records join both languages by period and turn Markdown into plain text', () => {
    expect(plainText('One *two*\nthree.\n\nFour **five**.')).toBe('One two three.\nFour five.');
    const text = (label: string) => ({ label, places: ['p'], organisations: ['o1', 'o2'], body: `${label} text.\n\nSecond.` });
    const out = surveyRecords([{ id: '2020-07', start: '2020-07-29', end: '2020-07-31' }], {
      zh: new Map([['2020-07', text('2020年7月')]]),
      en: new Map([['2020-07', text('July 2020')]]),
    });
    expect(out).toEqual([
      {
        id: '2020-07', start: '2020-07-29', end: '2020-07-31', label_zh: '2020年7月', label_en: 'July 2020',
        text_zh: '2020年7月 text.\nSecond.', text_en: 'July 2020 text.\nSecond.',
        places_zh: ['p'], places_en: ['p'], organisations_zh: ['o1', 'o2'], organisations_en: ['o1', 'o2'],
      },
    ]);
    expect(() => surveyRecords([{ id: '2021-01', start: '2021-01-05', end: '2021-01-06' }], { zh: new Map(), en: new Map() })).toThrow(/content\/zh\/survey\/2021-01\.md/);
  });
});
