/** Glossary aliases: how the search plans a query (src/lib/search/aliases.ts) and the content check (src/checker/rules/glossary-aliases.ts). */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { otherLanguageQuery, planQuery, relatedWords, samePhrase, searchableAliases, type AliasTerm } from '../../src/lib/search/aliases.ts';
import { checkGlossaryAliases, glossaryAliasWarnings } from '../../src/checker/rules/glossary-aliases.ts';
import { checkProject, readContentFiles, readSourceFile } from '../../src/checker/node.ts';
import { checkContent } from '../../src/checker/check.ts';
import { parseSourceFile } from '../../src/checker/read.ts';

const terms: AliasTerm[] = [
  { id: 'hte', zh: '高新技术企业', en: 'high-tech enterprise', abbreviations: { zh: ['高企'], en: ['HNTE'] } },
  { id: 'rd', zh: 'R&D经费', en: 'R&D expenditure', synonyms: { zh: ['研发经费'] } },
];

describe('planQuery', () => {
  test('a term is searched as typed, with its card', () => {
    expect(planQuery('zh', '高新技术企业', terms)).toEqual({ searches: ['高新技术企业'], term: terms[0] });
    expect(planQuery('en', 'high-tech enterprises', terms).term?.id).toBe('hte');
  });
  test('an alias is searched as typed and as its term, and says so', () => {
    expect(planQuery('zh', ' 高企 ', terms)).toEqual({ searches: ['高企', '高新技术企业'], term: terms[0], widening: { kind: 'alias', typed: '高企', term: '高新技术企业', searched: '高新技术企业' } });
    expect(planQuery('en', 'hnte', terms).searches).toEqual(['hnte', 'high-tech enterprise']);
  });
  test('a term or alias of the other language is searched as this language’s term', () => {
    expect(planQuery('zh', 'high-tech enterprises', terms).widening).toEqual({ kind: 'otherLanguage', typed: 'high-tech enterprises', term: '高新技术企业', searched: '高新技术企业' });
    expect(planQuery('en', '研发经费', terms).searches).toEqual(['研发经费', 'R&D expenditure']);
  });
  test('an alias inside a query is replaced by its term, the query as typed is kept', () => {
    expect(planQuery('zh', '高企数量', terms).searches).toEqual(['高企数量', '高新技术企业数量']);
  });
  test('anything else is searched as typed only', () => {
    expect(planQuery('zh', '创新', terms)).toEqual({ searches: ['创新'] });
    expect(planQuery('en', 'enterprise', terms)).toEqual({ searches: ['enterprise'] });
    expect(planQuery('zh', '', terms)).toEqual({ searches: [] });
  });
  test('the other-language link searches the term’s rendering there, and is offered only where the other language can have the words', () => {
    expect(otherLanguageQuery('zh', planQuery('zh', '高企', terms), '高企')).toBe('high-tech enterprise');
    expect(otherLanguageQuery('en', planQuery('en', 'HNTE', terms), 'HNTE')).toBe('高新技术企业');
    // No term: only a query in the other language's script.
    expect(otherLanguageQuery('zh', planQuery('zh', '人工智能', terms), '人工智能')).toBeNull();
    expect(otherLanguageQuery('en', planQuery('en', 'innovation', terms), 'innovation')).toBeNull();
    expect(otherLanguageQuery('zh', planQuery('zh', 'innovation', terms), 'innovation')).toBe('innovation');
    expect(otherLanguageQuery('en', planQuery('en', '创新', terms), '创新')).toBe('创新');
  });
  test('searchable aliases are the abbreviations and synonyms; related words are never searched as the term', () => {
    const term: AliasTerm = { id: 'mbr', zh: '主营业务收入', en: 'revenue from principal business', abbreviations: { zh: ['主营收入'] }, synonyms: { en: ['principal business revenue'] }, related: { zh: ['营业收入'] } };
    expect(searchableAliases(term, 'zh')).toEqual(['主营收入']);
    expect(searchableAliases(term, 'en')).toEqual(['principal business revenue']);
    expect(relatedWords(term, 'zh')).toEqual(['营业收入']);
    expect(planQuery('zh', '营业收入', [term])).toEqual({ searches: ['营业收入'] });
    expect(planQuery('zh', '主营收入', [term]).term?.id).toBe('mbr');
  });
  test('samePhrase: whole wording only', () => {
    expect(samePhrase('high-tech enterprises', 'high-tech enterprise')).toBe(true);
    expect(samePhrase('高企', '提高企业')).toBe(false);
    expect(samePhrase('tech', 'high-tech')).toBe(false);
  });
  test('samePhrase: spacing, hyphens, case and " & " do not make another wording; other words do', () => {
    for (const [a, b] of [
      ['makerspaces', 'maker space'],
      ['Maker-Spaces', 'maker space'],
      ['hightech enterprises', 'high-tech enterprise'],
      ['research & development', 'research and development'],
      ['R&D', 'r&d'],
      ['R and D', 'R&D'],
      ['R & D expenditure', 'R&D expenditure'],
      ['S and T innovation', 'S&T innovation'],
    ]) expect(samePhrase(a!, b!), `${a} ~ ${b}`).toBe(true);
    for (const [a, b] of [
      ['hi-tech enterprise', 'high-tech enterprise'],
      ['maker', 'maker space'],
      ['research and development', 'research and development expenditure'],
      ['高新 企业', '高新技术企业'],
      ['a and b', 'abc'],
      ['Brand D', 'BD'],
    ]) expect(samePhrase(a!, b!), `${a} ≁ ${b}`).toBe(false);
  });
});

describe('planQuery: overlapping aliases, spacing variants, an alias inside a phrase that names a term', () => {
  const glossary: AliasTerm[] = [
    { id: 'rd', zh: '研发', en: 'R&D', synonyms: { zh: ['研究与开发', '研究开发'], en: ['research and development'] } },
    { id: 'rd-expenditure', zh: 'R&D经费', en: 'R&D expenditure', synonyms: { zh: ['研发投入'], en: ['research and development expenditure'] }, abbreviations: { en: ['R&D spending'] } },
    { id: 'rd-personnel', zh: '研发人员', en: 'R&D personnel' },
    { id: 'maker-space', zh: '众创空间', en: 'maker space' },
  ];
  test('the longest alias wins, and each alias leads to its own term only', () => {
    expect(planQuery('en', 'research and development', glossary)).toMatchObject({ searches: ['research and development', 'R&D'], term: { id: 'rd' } });
    expect(planQuery('en', 'Research and Development expenditures', glossary)).toMatchObject({ searches: ['Research and Development expenditures', 'R&D expenditure'], term: { id: 'rd-expenditure' } });
    expect(planQuery('en', 'research & development', glossary).term?.id).toBe('rd');
    expect(planQuery('zh', '研究与开发', glossary).searches).toEqual(['研究与开发', '研发']);
  });
  test('the term written together or apart otherwise is searched as the term too, and says so', () => {
    expect(planQuery('en', 'makerspaces', glossary)).toEqual({
      searches: ['makerspaces', 'maker space'],
      term: glossary[3],
      widening: { kind: 'alias', typed: 'makerspaces', term: 'maker space', searched: 'maker space' },
    });
    // The term in its own words is searched as typed only.
    expect(planQuery('en', 'maker spaces', glossary)).toEqual({ searches: ['maker spaces'], term: glossary[3] });
    expect(planQuery('zh', 'makerspace', glossary).searches).toEqual(['makerspace', '众创空间']);
  });
  test('a query with an alias inside: rewritten, and when that names a term, the term is searched with its card', () => {
    // research and development spending → R&D spending, an alias of R&D expenditure.
    expect(planQuery('en', 'research and development spending', glossary)).toMatchObject({
      searches: ['research and development spending', 'R&D spending', 'R&D expenditure'],
      term: { id: 'rd-expenditure' },
      widening: { kind: 'alias', typed: 'research and development spending', term: 'R&D expenditure' },
    });
    // 研究开发人员 → 研发人员, a term.
    expect(planQuery('zh', '研究开发人员', glossary)).toMatchObject({ searches: ['研究开发人员', '研发人员'], term: { id: 'rd-personnel' } });
    // Rewritten to words that name no term: both searched, no card.
    const plain = planQuery('en', 'research and development budget', glossary);
    expect(plain.searches).toEqual(['research and development budget', 'R&D budget']);
    expect(plain.term).toBeUndefined();
    // Absent words around an alias: only the two wordings, nothing else.
    expect(planQuery('en', 'research and development blockchain', glossary).searches).toEqual(['research and development blockchain', 'R&D blockchain']);
  });
});

describe('the content check of aliases', () => {
  const root = resolve('.');
  const files = readContentFiles(root);
  const { entries } = checkProject(root);
  const targetText = Object.fromEntries(
    (['zh', 'en'] as const).map((lang) => {
      const file = readSourceFile(root, join(root, `content/${lang}/targets.yaml`));
      return [lang, { file, data: file.data }];
    }),
  );
  const glossaryOf = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    try {
      mkdirSync(join(dir, 'content', 'data'), { recursive: true });
      writeFileSync(join(dir, 'content', 'data', 'glossary.yaml'), yaml);
      const file = readSourceFile(dir, join(dir, 'content', 'data', 'glossary.yaml'));
      return { file, data: file.data as { terms: AliasTerm[] } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  /** The problems (they block publishing). */
  const run = (yaml: string) => checkGlossaryAliases(glossaryOf(yaml));
  /** The warnings (they never block). */
  const warnings = (yaml: string) => glossaryAliasWarnings(glossaryOf(yaml), entries, targetText);

  test('the project’s glossary passes and has aliases', () => {
    const glossary = parse(readFileSync('content/data/glossary.yaml', 'utf8')) as { terms: AliasTerm[] };
    expect(glossary.terms.some((g) => searchableAliases(g, 'zh').length) && glossary.terms.some((g) => searchableAliases(g, 'en').length)).toBe(true);
    expect(run(readFileSync('content/data/glossary.yaml', 'utf8'))).toEqual([]);
  });
  test('an alias that is a term: file, line, field and what was expected', () => {
    const [p] = run('terms:\n  - id: a\n    zh: 科技创新\n    en: science and technology innovation\n    abbreviations: { zh: [创新驱动] }\n  - id: b\n    zh: 创新驱动\n    en: innovation-driven development\n');
    expect(p).toMatchObject({ file: 'content/data/glossary.yaml', line: 5, field: 'terms.0.abbreviations.zh.0' });
    expect(p!.en).toContain('is itself a glossary term (b)');
    expect(p!.zh).toContain('别称不能是术语');
  });
  test('an alias that is its term spaced or hyphenated otherwise is the term itself (search finds it without an alias)', () => {
    const [p] = run('terms:\n  - id: a\n    zh: 众创空间\n    en: maker space\n    abbreviations: { en: [Maker-Spaces] }\n');
    expect(p).toMatchObject({ line: 5, field: 'terms.0.abbreviations.en.0' });
    expect(p!.en).toContain('is itself a glossary term (a)');
  });
  test('an alias listed twice (for two terms: a chain or cycle could follow)', () => {
    const problems = run('terms:\n  - id: a\n    zh: 国家级高新技术企业\n    en: national high-tech enterprise\n    abbreviations: { en: [HNTE] }\n  - id: b\n    zh: 高新技术企业\n    en: high-tech enterprise\n    abbreviations: { en: [HNTE] }\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 9, field: 'terms.1.abbreviations.en.0' });
    expect(problems[0]!.en).toContain('already an alias of "a"');
  });
  test('an alias that the text uses outside its term is a warning, never a problem', () => {
    // 科创 is in the text (科创大走廊), not only inside 科技创新.
    const yaml = 'terms:\n  - id: a\n    zh: 科技创新\n    en: science and technology innovation\n    abbreviations: { zh: [科创] }\n';
    expect(run(yaml)).toEqual([]);
    const found = warnings(yaml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'content/data/glossary.yaml', line: 5, field: 'terms.0.abbreviations.zh.0', kind: 'aliasInText' });
    expect(found[0]!.related).toMatch(/^content\/zh\//);
    expect(found[0]!.en).toMatch(/also appears in content\/zh\/.+ outside the term/);
  });
  test('a text that uses an alias outside its term is published: the whole check passes with a warning', () => {
    // A content edit staff could make: an alias (read from the glossary, one without figures) written
    // as a paragraph of its own in a chapter, in both languages.
    const glossary = parse(files.get('content/data/glossary.yaml')!) as { terms: AliasTerm[] };
    const aliasOf = (lang: 'zh' | 'en') => glossary.terms.flatMap((t) => searchableAliases(t, lang)).find((a) => !/\d/.test(a))!;
    const chapter = (lang: 'zh' | 'en') => [...files.keys()].filter((p) => p.startsWith(`content/${lang}/chapters/`)).sort()[0]!;
    const edited = new Map(files);
    for (const lang of ['zh', 'en'] as const) edited.set(chapter(lang), `${files.get(chapter(lang))!.trimEnd()}\n\n${aliasOf(lang)}\n`);
    const before = checkContent(files);
    const after = checkContent(edited);
    expect(after.problems).toEqual(before.problems);
    // (The alias warnings; an alias that holds a term may also warn that the English lacks the term's rendering.)
    const added = after.warnings.filter((w) => w.kind === 'aliasInText' && !before.warnings.some((b) => b.en === w.en));
    expect(added.map((w) => w.related).sort()).toEqual([chapter('en'), chapter('zh')]);
    for (const w of added) expect(w).toMatchObject({ file: 'content/data/glossary.yaml', kind: 'aliasInText' });
  });
  test('the excerpt of a warning shows the text a reader sees: no heading ids', () => {
    // A fixture chapter (a content edit staff could make): a heading with an id, its words an alias.
    const chapter = parseSourceFile('content/en/chapters/99.md', '---\ntitle: Fixture\n---\n\n## Wide open cooperation {#international}\n\nOpen cooperation goes on.\n');
    const withHeading = { ...entries, chapters: [{ file: chapter, lang: 'en' as const, collection: 'chapters' as const, name: '99', data: {} }] };
    const yaml = 'terms:\n  - id: a\n    zh: 某术语甲\n    en: some term alpha\n    synonyms: { en: [wide open cooperation] }\n';
    const [w, ...more] = glossaryAliasWarnings(glossaryOf(yaml), withHeading, {});
    expect(more).toEqual([]);
    expect(w).toMatchObject({ related: 'content/en/chapters/99.md' });
    expect(w!.en).toContain('Wide open cooperation');
    expect(w!.en).not.toContain('{#');
    expect(w!.zh).not.toContain('{#');
  });
});
