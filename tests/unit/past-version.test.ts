/**
 * Components display what they are given (issue #20, point 2): a past version of a page is read from
 * that version's files into the same rows the current page gives its table components
 * (src/lib/history/past.ts, src/lib/tables.ts), and no page template parses YAML itself. Today's files,
 * read as if they were a past version, must give exactly the rows of the current pages.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { LOCALIZED_DATA, NEUTRAL_DATA, localizedDataPath } from '../../src/model/collections.ts';
import { surveyRows, targetsTable } from '../../src/lib/tables.ts';
import { pastGlossary, pastSurvey, pastTargets } from '../../src/lib/history/past.ts';

const { content, files } = loadProject(process.cwd(), { fresh: true });
const version = Object.fromEntries(files);
/** A version of one language's page holds that language's files and the language-neutral data. */
const versionIn = (lang: string) => Object.fromEntries([...files].filter(([path]) => path.startsWith(`content/${lang}/`) || path.startsWith('content/data/')));

describe('a past version shows its tables through the current pages’ rows', () => {
  test.each(LANGS)('the 2025 targets (%s)', (lang) => {
    const current = targetsTable(lang, content.targetData!.data, content.targetText[lang]!.data);
    expect(current.groups.length).toBeGreaterThan(0);
    expect(pastTargets(lang, versionIn(lang))).toEqual(current);
  });

  test.each(LANGS)('Table 1 (%s)', (lang) => {
    const html = (path: string) => `<p>${path}</p>`;
    const texts = content.entries.survey.filter((e) => e.lang === lang).map((e) => ({ ...(e.data as { period: string; label: string; places: string[]; organisations: string[] }), html: html(e.file.path) }));
    const current = surveyRows(content.surveyData!.data, texts);
    expect(current.length).toBeGreaterThan(0);
    expect(pastSurvey(versionIn(lang), (s) => html(s.path))).toEqual(current);
  });

  test('the glossary', () => {
    const terms = content.glossary!.data.terms.map(({ id, zh, en }) => ({ id, zh, en }));
    expect(terms.length).toBeGreaterThan(0);
    expect(pastGlossary(version)).toEqual(terms);
  });

  test('an unreadable past version gives empty tables, not an error', () => {
    const data = (name: string) => NEUTRAL_DATA.find((d) => d.name === name)!.path;
    const broken = {
      [data('targetData')]: 'groups: [',
      [localizedDataPath(LOCALIZED_DATA.find((d) => d.name === 'targetText')!, 'zh')]: ': :',
      [data('surveyData')]: 'periods: 3',
      [data('glossary')]: '',
    };
    expect(pastTargets('zh', broken).groups).toEqual([]);
    expect(pastSurvey(broken, () => '')).toEqual([]);
    expect(pastGlossary(broken)).toEqual([]);
  });
});

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? astroFiles(path) : name.endsWith('.astro') ? [path] : [];
  });
}

test('no page template or component reads YAML or a version’s files itself', () => {
  const templates = [...astroFiles('src/pages'), ...astroFiles('src/components')];
  expect(templates.length).toBeGreaterThan(10);
  const offending = templates.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const script = source.split('---')[1] ?? '';
    return ts
      .preProcessFile(script, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((s) => s === 'yaml' || /lib\/history\/(text|versions|data)\.ts$/.test(s))
      .map((s) => `${file} imports ${s}`);
  });
  expect(offending).toEqual([]);
});
