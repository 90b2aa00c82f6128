/**
 * Titles ≤ TITLE_MAX characters everywhere (issue #22, point 8): the <title> of every HTML file of the
 * built site (dist/: both languages, history pages and past versions, every glossary term page, the
 * not-found page, the browser editor) is at most TITLE_MAX characters (src/lib/page-title.ts), and not
 * empty. A glossary term too long for a tab shows its `short` form when the glossary gives one, else
 * the term cut to fit: read from content/data/glossary.yaml and the page model, never typed in.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { DIST, htmlFiles } from '../support/site.ts';
import { nonEmpty } from '../support/assert.ts';
import { TITLE_MAX, titleLength } from '../../src/lib/page-title.ts';
import { loadProject } from '../../src/checker/node.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { pagesOf } from '../../src/model/pages.ts';
import { t } from '../../src/i18n/index.ts';

/** The text of the page's <title> (undefined when it has none). */
const titleOf = (file: string) => {
  let title: string | undefined;
  visit(fromHtml(readFileSync(join(DIST, file), 'utf8')), 'element', (el) => {
    if (el.tagName !== 'title' || title !== undefined) return;
    title = '';
    visit(el, 'text', (t) => {
      title += t.value;
    });
  });
  return title;
};

describe(`every built page has a <title> of at most ${TITLE_MAX} characters`, () => {
  const files = htmlFiles();
  test('every HTML file in dist/', () => {
    const wrong = nonEmpty(files, 'HTML files in dist/').flatMap((f) => {
      const title = titleOf(f);
      if (!title?.trim()) return [`${f}: no <title>`];
      return titleLength(title) > TITLE_MAX ? [`${f}: ${titleLength(title)} characters: ${title}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('no tab says the closing words of the site name twice (“Drafting Notes – … Plan: Drafting Notes”)', () => {
    for (const lang of LANGS) {
      const tab = t(lang, 'site.tabName');
      // The closing words: the document's name where the site name ends with it, else what follows its last ": ".
      const doc = t(lang, 'notes.title');
      const at = tab.lastIndexOf(': ');
      const tail = tab.endsWith(doc) ? doc : at > 0 ? tab.slice(at + 2) : '';
      if (!tail) continue;
      const stutter = nonEmpty(files.filter((f) => f.startsWith(`${lang}/`)), `${lang} pages`)
        .map((f) => titleOf(f) ?? '')
        .filter((title) => title.endsWith(`${t(lang, 'title.sep')}${tab}`) && title.slice(0, -`${t(lang, 'title.sep')}${tab}`.length).endsWith(tail));
      expect(stutter).toEqual([]);
    }
  });

  test('a glossary term too long for a tab shows its short form, or the term cut to fit', () => {
    const site = loadProject(resolve('.')).content;
    const terms = site.glossary?.data.terms ?? [];
    for (const lang of LANGS) {
      for (const p of nonEmpty(pagesOf(site, lang, 'term'), `${lang} term pages`)) {
        const term = terms.find((x) => p.path === `glossary/${x.id}/`)!;
        if (titleLength(term[lang]) <= TITLE_MAX) continue;
        const title = titleOf(join(lang, p.path, 'index.html'))!;
        const short = term.short?.[lang];
        if (short) expect(title, `${lang}/${p.path}`).toContain(short);
        else {
          expect(title.endsWith('…'), `${lang}/${p.path}: ${title}`).toBe(true);
          expect(term[lang].startsWith(title.slice(0, -1)), `${lang}/${p.path}: ${title}`).toBe(true);
        }
      }
    }
  });
});
