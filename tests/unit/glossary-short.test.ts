/**
 * A glossary term's short form for the browser tab (rules/glossary-short.ts): a short form must be
 * shorter than its term and fit a tab by itself (TITLE_MAX); none at all is fine. The case of a short
 * form longer than the term is also a bad-input case (tests/support/bad-input.ts); the one over the
 * tab limit needs a term longer still, made here.
 */
import { expect, test } from 'vitest';
import { checkGlossaryShort } from '../../src/checker/rules/glossary-short.ts';
import { MESSAGES } from '../../src/checker/messages.ts';
import { TITLE_MAX } from '../../src/lib/page-title.ts';
import type { DataFile, Glossary, SourceFile } from '../../src/checker/types.ts';

const glossaryOf = (terms: Glossary['terms']): DataFile<Glossary> => ({
  data: { terms },
  file: { path: 'content/data/glossary.yaml', lineOf: (path) => 10 + Number(path[1] ?? 0), data: { terms }, body: '', bodyLine: 1, syntaxErrors: [], raw: '' } as SourceFile,
});
const words = (n: number) => 'word '.repeat(n).slice(0, n);

test('a short form shorter than the term and within the tab limit is fine; no short form is fine', () => {
  expect(checkGlossaryShort(glossaryOf([{ id: 'a', zh: '甲', en: words(TITLE_MAX + 20), short: { en: 'AB' } }, { id: 'b', zh: '乙', en: words(TITLE_MAX + 20) }]))).toEqual([]);
});

test('a short form over the tab limit (its term longer still) is a problem naming the file, line, field and the limit', () => {
  const problems = checkGlossaryShort(glossaryOf([{ id: 'a', zh: '甲', en: 'x' }, { id: 'b', zh: '乙', en: words(TITLE_MAX + 20), short: { en: words(TITLE_MAX + 5) } }]));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ kind: 'shortTooLong', file: 'content/data/glossary.yaml', line: 11, field: 'terms.1.short.en' });
  expect(problems[0]!.en).toContain(MESSAGES.shortTooLong.guide.en);
  expect(problems[0]!.zh).toContain(MESSAGES.shortTooLong.guide.zh);
  expect(problems[0]!.en).toContain(String(TITLE_MAX));
});

test('a short form no shorter than the term is a problem, in either language', () => {
  const problems = checkGlossaryShort(glossaryOf([{ id: 'a', zh: '科技局', en: 'bureau', short: { zh: '金东区科技局' } }]));
  expect(problems.map((p) => [p.kind, p.field])).toEqual([['shortNotShorter', 'terms.0.short.zh']]);
});
