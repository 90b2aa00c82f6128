/**
 * Page history logic (src/lib/history/): parsing git's output, change notes, word-level redlines
 * (Chinese segmented into words), versions per language, figures and dates old → new, the notice.
 * Inputs are made up here: these test the logic, not today's content.
 */
import { describe, expect, test } from 'vitest';
import { historyNotice, LOG_FORMAT, parseCatFile, parseLog, unquotePath, type Commit } from '../../src/lib/history/git.ts';
import { redline, segmentWords, similarity, wordDiff } from '../../src/lib/history/redline.ts';
import { addedNotes, markdownBlocks, readMarkdown } from '../../src/lib/history/text.ts';
import { pageVersions, versionBlocks, type HistorySpec } from '../../src/lib/history/versions.ts';
import { historySpecs, type Site, type SiteEntry } from '../../src/model/pages.ts';
import { surveyChanges, targetChanges } from '../../src/lib/history/data.ts';
import { compareVersions } from '../../src/lib/history/compare.ts';
import { formatDateRange } from '../../src/lib/format.ts';
import { LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA, localizedDataPath, markdownPath } from '../../src/model/collections.ts';

const Z = '0'.repeat(40);
/** The files of the made-up history, at the paths the collections declare (src/model/collections.ts). */
const chapterFile = (lang: 'zh' | 'en') => markdownPath(MARKDOWN_COLLECTIONS.find((c) => c.name === 'chapters')!, lang, '3');
const targetDataFile = NEUTRAL_DATA.find((d) => d.name === 'targetData')!.path;
const targetTextFile = (lang: 'zh' | 'en') => localizedDataPath(LOCALIZED_DATA.find((d) => d.name === 'targetText')!, lang);
const oid = (c: string) => c.repeat(40);

describe('parseLog / parseCatFile', () => {
  test('commits oldest first, with the blob of each changed file; deletions have no blob', () => {
    const [R, F] = ['\x1e', '\x1f'];
    expect(LOG_FORMAT).toContain('%H');
    const text =
      `${R}${oid('b')}${F}2026-12-02T10:00:00+08:00${F}Second\n\n:100644 100644 ${oid('1')} ${oid('2')} M\tcontent/zh/a.md\n:100644 000000 ${oid('3')} ${Z} D\tcontent/en/b.md\n` +
      `${R}${oid('a')}${F}2026-12-01T10:00:00+08:00${F}First: with colon\n\n:000000 100644 ${Z} ${oid('1')} A\t"content/zh/\\344\\270\\255.md"\n`;
    const commits = parseLog(text);
    expect(commits.map((c) => c.subject)).toEqual(['First: with colon', 'Second']);
    expect(commits[0]!.files).toEqual([{ path: 'content/zh/中.md', blob: oid('1') }]);
    expect(commits[1]!.files).toEqual([
      { path: 'content/zh/a.md', blob: oid('2') },
      { path: 'content/en/b.md', blob: undefined },
    ]);
  });
  test('unquotePath leaves plain paths alone', () => {
    expect(unquotePath('content/zh/a.md')).toBe('content/zh/a.md');
  });
  test('cat-file --batch output, UTF-8 sizes in bytes', () => {
    const a = Buffer.from('中文\n');
    const b = Buffer.from('x');
    const out = Buffer.concat([Buffer.from(`${oid('1')} blob ${a.length}\n`), a, Buffer.from('\n'), Buffer.from(`${oid('2')} blob ${b.length}\n`), b, Buffer.from('\n')]);
    const blobs = parseCatFile(out);
    expect(blobs.get(oid('1'))).toBe('中文\n');
    expect(blobs.get(oid('2'))).toBe('x');
  });
});

describe('historyNotice', () => {
  test('one notice for a shallow clone or no git, naming fetch-depth: 0; none when there is history or it is switched off', () => {
    for (const status of ['shallow', 'no-git'] as const) {
      const n = historyNotice({ status });
      expect(n).toMatch(/fetch-depth: 0/);
      expect(n).toMatch(/Notice/);
      expect(n).toMatch(/注意/);
    }
    expect(historyNotice({ status: 'ok' })).toBeUndefined();
    expect(historyNotice({ status: 'disabled' })).toBeUndefined();
  });
});

describe('word segmentation and word diffs', () => {
  test('Chinese is cut into words, not characters; joined the segments give the text back', () => {
    const text = '创新载体能级提升，拥有省级众创空间达到4家';
    const words = segmentWords(text, 'zh');
    expect(words.join('')).toBe(text);
    expect(words.some((w) => w.length > 1 && /\p{Script=Han}{2,}/u.test(w))).toBe(true);
    expect(words.length).toBeLessThan([...text].length);
  });
  test('a changed figure in Chinese: only the figure is deleted and inserted', () => {
    const parts = wordDiff('高新技术企业数量超过200家，科技型中小微企业达到800家', '高新技术企业数量超过201家，科技型中小微企业达到800家', 'zh');
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text)).toEqual(['200']);
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text)).toEqual(['201']);
  });
  test('English: whole words; changes separated only by a space become one deletion and one insertion', () => {
    const parts = wordDiff('more than 200 enterprises by 2025', 'more than 201 high-tech enterprises by 2025', 'en');
    expect(parts).toEqual([
      { type: 'equal', text: 'more than ' },
      { type: 'removed', text: '200 ' },
      { type: 'added', text: '201 high-tech ' },
      { type: 'equal', text: 'enterprises by 2025' },
    ]);
  });
  test('similarity is 1 for equal texts, low for rewritten ones', () => {
    expect(similarity(wordDiff('same text', 'same text', 'en'))).toBe(1);
    expect(similarity(wordDiff('an entirely different sentence', 'nothing here is shared', 'en'))).toBeLessThan(0.35);
  });
});

describe('redline', () => {
  test('unchanged paragraphs are counted, not shown; an edited paragraph is word-diffed; added and removed paragraphs are whole', () => {
    const r = redline(['Intro.', 'The target is 200 firms.', 'Old closing words.'], ['Intro.', 'The target is 201 firms.', 'A new paragraph.', 'Old closing words.'], 'en');
    expect(r.unchanged).toBe(2);
    expect(r.blocks.map((b) => b.kind)).toEqual(['changed', 'added']);
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'removed', text: '200' });
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'added', text: '201' });
    expect(r.blocks[1]!.parts).toEqual([{ type: 'added', text: 'A new paragraph.' }]);
  });
  test('a paragraph rewritten from top to bottom is shown as deleted then inserted, not as soup', () => {
    const r = redline(['发展数字经济，建设智慧城市。'], ['完善人才政策体系，加快引进高层次人才团队。'], 'zh');
    expect(r.blocks.map((b) => b.kind)).toEqual(['removed', 'added']);
  });
});

describe('markdown text blocks and change notes', () => {
  test('front matter and body; headings, lists and tables become plain text blocks', () => {
    const md = '---\ntitle: T\npublished: 2026-11-26\n---\n\n## Heading {#h-1}\n\nSome **bold** and [a link](/zh/x/).\n\n- one\n- two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const { data, body } = readMarkdown(md);
    expect(data).toEqual({ title: 'T', published: '2026-11-26' });
    expect(markdownBlocks(body)).toEqual(['Heading', 'Some bold and a link.', '• one\n• two', 'a | b\n1 | 2']);
  });
  test('Chinese lines of one paragraph join without spaces', () => {
    expect(markdownBlocks('第一行\n第二行')).toEqual(['第一行第二行']);
  });
  test('addedNotes: the change notes present after and not before', () => {
    const before = '---\nchanges:\n  - date: 2026-12-01\n    note: A\n---\ntext';
    const after = '---\nchanges:\n  - date: 2026-12-03\n    note: B\n  - date: 2026-12-01\n    note: A\n---\ntext';
    expect(addedNotes(before, after)).toEqual([{ date: '2026-12-03', note: 'B' }]);
    expect(addedNotes(undefined, before)).toEqual([{ date: '2026-12-01', note: 'A' }]);
    expect(addedNotes(after, after)).toEqual([]);
  });
});

/** A tiny history: zh and en of one chapter, neutral target figures, and the chapter holding the targets' notes. */
function sampleHistory() {
  const blobs = new Map<string, string>();
  let n = 0;
  const put = (text: string) => {
    const id = (++n).toString(16).padStart(40, '0');
    blobs.set(id, text);
    return id;
  };
  const chapter = (lang: string, body: string, notes: [string, string][] = []) =>
    `---\nnumber: 3\ntitle: ${lang === 'zh' ? '第三部分' : 'Part 3'}\npublished: 2026-11-26\n${notes.length ? `changes:\n${notes.map(([d, t]) => `  - date: ${d}\n    note: ${t}`).join('\n')}\n` : ''}---\n\n${body}\n`;
  const data = (v: number) => `groups:\n  - id: g\n    indicators:\n      - id: firms\n        value: ${v}\n        unit: enterprises\n        comparison: more-than\n`;
  const words = (lang: string) => `title: T\ngroups:\n  g: G\nindicators:\n  firms: ${lang === 'zh' ? '高新技术企业' : 'High-tech enterprises'}\nunits:\n  enterprises: ${lang === 'zh' ? '家' : 'enterprises'}\n`;
  const commits: Commit[] = [
    {
      hash: 'a'.repeat(40),
      date: '2026-11-26T09:00:00+08:00',
      subject: 'original',
      files: [
        { path: chapterFile('zh'), blob: put(chapter('zh', '高新技术企业超过200家。')) },
        { path: chapterFile('en'), blob: put(chapter('en', 'More than 200 high-tech enterprises.')) },
        { path: targetDataFile, blob: put(data(200)) },
        { path: targetTextFile('zh'), blob: put(words('zh')) },
        { path: targetTextFile('en'), blob: put(words('en')) },
      ],
    },
    {
      hash: 'b'.repeat(40),
      date: '2026-12-02T09:00:00+08:00',
      subject: 'figure',
      files: [
        { path: chapterFile('zh'), blob: put(chapter('zh', '高新技术企业超过201家。', [['2026-12-02', '更正高新技术企业数量']])) },
        { path: chapterFile('en'), blob: put(chapter('en', 'More than 201 high-tech enterprises.', [['2026-12-02', 'Corrected the number of enterprises']])) },
        { path: targetDataFile, blob: put(data(201)) },
      ],
    },
    {
      hash: 'c'.repeat(40),
      date: '2026-12-05T09:00:00+08:00',
      subject: 'en wording',
      files: [
        {
          path: chapterFile('en'),
          blob: put(chapter('en', 'More than 201 high-technology enterprises.', [['2026-12-05', 'Wording'], ['2026-12-02', 'Corrected the number of enterprises']])),
        },
      ],
    },
  ];
  return { commits, blobs };
}

/** A site with one Part (3, the one with the targets) in both languages, and the official texts `sources`. */
function site(sources: { id: string; file: string }[] = []): Site {
  const chapter = (lang: 'zh' | 'en'): SiteEntry<'chapters'> => ({ collection: 'chapters', lang, name: '3', data: { number: 3, title: 'T', summary: 'S', status: 'full', targets: true }, file: { path: chapterFile(lang) } });
  const docs = sources.map((s) => [s.id, { meta: { ...s, title: 'T', shortTitle: 'T', en: { title: 'T', shortTitle: 'T' } }, text: { sections: [] } }] as const);
  return { entries: { notes: [], plan: [], chapters: [chapter('zh'), chapter('en')], tasks: [], survey: [] }, targetText: {}, sources: new Map(docs) };
}
const spec = (lang: 'zh' | 'en', key: string): HistorySpec => historySpecs(site(), lang).find((s) => s.key === key)!;
const templates = { 'at-least': '{v}以上', 'more-than': '超过{v}', reach: '{v}', growth: '{v}', 'growth-more-than': '{v}', stated: '{v}' } as const;

describe('pageVersions: each language holds only its own changes', () => {
  const { commits, blobs } = sampleHistory();
  test('zh chapter: the original and the figure correction, with its zh note', () => {
    const v = pageVersions(commits, blobs, spec('zh', 'part-3'));
    expect(v.map((x) => x.hash[0])).toEqual(['a', 'b']);
    expect(v[1]!.notes).toEqual([{ date: '2026-12-02', note: '更正高新技术企业数量' }]);
    expect(v[0]!.dateFromCommit).toBe(true);
    expect(v[0]!.date).toBe('2026-11-26');
  });
  test('en chapter: also the English-only fix, with its en note', () => {
    const v = pageVersions(commits, blobs, spec('en', 'part-3'));
    expect(v.map((x) => x.hash[0])).toEqual(['a', 'b', 'c']);
    expect(v[2]!.notes).toEqual([{ date: '2026-12-05', note: 'Wording' }]);
    expect(v[2]!.changed).toEqual([chapterFile('en')]);
  });
  test('targets page: versions from the neutral data, notes from the targets chapter of that language', () => {
    const zh = pageVersions(commits, blobs, spec('zh', 'targets'));
    expect(zh.map((x) => x.hash[0])).toEqual(['a', 'b']);
    expect(zh[1]!.notes[0]!.note).toBe('更正高新技术企业数量');
    const change = compareVersions(spec('zh', 'targets'), zh[0], zh[1]!, templates);
    expect(change.data).toEqual([{ id: 'firms', label: '高新技术企业', before: '超过200家', after: '超过201家' }]);
    expect(change.redline.blocks).toEqual([]);
  });
  test('a version without a new change note takes the commit date and says so', () => {
    const v = pageVersions(commits, blobs, spec('zh', 'part-3'));
    expect(v[0]!.notes).toEqual([]);
    expect(v[0]!.dateFromCommit).toBe(true);
  });
  test('the chapter redline shows the old and the new figure', () => {
    const v = pageVersions(commits, blobs, spec('zh', 'part-3'));
    const r = compareVersions(spec('zh', 'part-3'), v[0], v[1]!, templates).redline;
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'removed', text: '200' });
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'added', text: '201' });
    expect(versionBlocks(spec('zh', 'part-3'), v[1]!.files)).toEqual(['第三部分', '高新技术企业超过201家。']);
  });
});

describe('data changes', () => {
  test('target figures old → new in the page wording; unchanged ones left out; added and removed ones have one side', () => {
    const a = 'groups:\n  - id: g\n    indicators:\n      - { id: x, value: 1, unit: percent, comparison: at-least }\n      - { id: y, value: 2, unit: percent, comparison: at-least }\n';
    const b = 'groups:\n  - id: g\n    indicators:\n      - { id: x, value: 1.5, unit: percent, comparison: at-least }\n      - { id: z, value: 3, unit: percent, comparison: at-least }\n';
    const words = { indicators: { x: 'X', y: 'Y', z: 'Z' }, units: { percent: '%' } } as never;
    expect(targetChanges('zh', a, b, { before: words, after: words }, templates)).toEqual([
      { id: 'x', label: 'X', before: '1%以上', after: '1.5%以上' },
      { id: 'z', label: 'Z', before: undefined, after: '3%以上' },
      { id: 'y', label: 'Y', before: '2%以上', after: undefined },
    ]);
  });
  test('Table 1 dates old → new, labelled with the period name', () => {
    const a = 'periods:\n  - { id: 2020-07, start: 2020-07-29, end: 2020-07-30 }\n';
    const b = 'periods:\n  - { id: 2020-07, start: 2020-07-29, end: 2020-07-31 }\n';
    // Written as the survey page writes date ranges (src/lib/format.ts formatDateRange).
    expect(surveyChanges('en', a, b, { '2020-07': 'July 2020' })).toEqual([
      { id: '2020-07', label: 'July 2020', before: formatDateRange('en', '2020-07-29', '2020-07-30'), after: formatDateRange('en', '2020-07-29', '2020-07-31') },
    ]);
  });
});

describe('official texts (sources/)', () => {
  const manifest = (corrections: string) =>
    `documents:\n  - id: notes\n    title: T\n    file: notes.zh.txt\n${corrections ? `    corrections:\n${corrections}` : ''}`;
  const c1 = '      - date: 2026-12-02\n        note: 更正一处数字\n        en: Corrected a figure\n';
  test('a correction recorded in sources/manifest.yaml is the change note of that source’s version, in each language', () => {
    const spec = (lang: 'zh' | 'en') => historySpecs(site([{ id: 'notes', file: 'notes.zh.txt' }]), lang).find((s) => s.key === 'source-notes')!;
    const blobs = new Map([
      ['1'.repeat(40), manifest('')],
      ['2'.repeat(40), '标题\n\n第一段，数字200。\n'],
      ['3'.repeat(40), manifest(c1)],
      ['4'.repeat(40), '标题\n\n第一段，数字201。\n'],
    ]);
    const commits: Commit[] = [
      { hash: 'a'.repeat(40), date: '2026-12-01T10:00:00+08:00', subject: 'o', files: [{ path: 'sources/manifest.yaml', blob: '1'.repeat(40) }, { path: 'sources/notes.zh.txt', blob: '2'.repeat(40) }] },
      { hash: 'b'.repeat(40), date: '2026-12-02T10:00:00+08:00', subject: 'c', files: [{ path: 'sources/manifest.yaml', blob: '3'.repeat(40) }, { path: 'sources/notes.zh.txt', blob: '4'.repeat(40) }] },
    ];
    const zh = pageVersions(commits, blobs, spec('zh'));
    const en = pageVersions(commits, blobs, spec('en'));
    expect(zh.map((v) => v.notes)).toEqual([[], [{ date: '2026-12-02', note: '更正一处数字' }]]);
    expect(en[1]!.notes).toEqual([{ date: '2026-12-02', note: 'Corrected a figure' }]);
    const r = compareVersions(spec('zh'), zh[0], zh[1]!, templates).redline;
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'removed', text: '200' });
    expect(r.blocks[0]!.parts).toContainEqual({ type: 'added', text: '201' });
  });
});
