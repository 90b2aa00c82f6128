/** The real content: valid, complete in both languages, and faithful to the source document. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkProject, listFiles } from '../../src/checker/node.ts';
import { UI } from '../../src/i18n/index.ts';
import { MIN_OWN_TITLE, pageTitle, titleLength, TITLE_MAX } from '../../src/lib/page-title.ts';

const root = resolve('.');
const result = checkProject(root);

test('the content check finds no problems', () => {
  expect(result.problems).toEqual([]);
});

describe('zh/en parity', () => {
  // Entries and their counterparts, language-neutral fields, paragraph alignment and the target labels
  // of each language are content rules (src/checker/rules/translations.ts, alignment.ts, references.ts;
  // every unit by the labels schema), covered by 'the content check finds no problems'.

  test('UI strings: zh.json and en.json have the same keys and no empty value', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const [k, v] of Object.entries(UI[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });

  test(`the short site name of each language leaves room for a page title of ${MIN_OWN_TITLE} characters (docs/style-guide.en.md §7)`, () => {
    for (const lang of ['zh', 'en'] as const) {
      const tabName = UI[lang]['site.tabName'];
      const sep = UI[lang]['title.sep'];
      expect(titleLength(tabName), `${lang}: ${tabName}`).toBeLessThanOrEqual(TITLE_MAX - titleLength(sep) - MIN_OWN_TITLE);
      expect(pageTitle('x'.repeat(MIN_OWN_TITLE), tabName, { sep }).endsWith(`${sep}${tabName}`), lang).toBe(true);
    }
  });
});

describe('official texts are kept in the repository', () => {
  test('nothing in the project reads the handover folder beside it (a fresh clone has nothing there)', () => {
    const offenders = ['src', 'tests', 'scripts', 'bench', 'astro.config.mjs', 'package.json']
      .flatMap((p) => (p.includes('.') ? [resolve(root, p)] : listFiles(resolve(root, p), ['.ts', '.mjs', '.astro', '.json'])))
      .filter((f) => readFileSync(f, 'utf8').includes('../' + 'shared'));
    expect(offenders).toEqual([]);
  });

  // That every Chinese entry declares its source, in a document of sources/manifest.yaml, is a content
  // rule (src/checker/rules/provenance.ts), covered by 'the content check finds no problems'.
});
