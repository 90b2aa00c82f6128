/**
 * The term index of the term pages (src/lib/search/terms.ts): `termInfos` scans each text once for every
 * glossary term and gives what `termInfo` gives term by term — the same passages in the same order, the
 * same targets and task areas — on the project's own texts and glossary, in both languages.
 */
import { expect, test } from 'vitest';
import { loadProject } from '../../src/checker/node.ts';
import { topBlocks } from '../../src/checker/markdown.ts';
import { LANGS } from '../../src/lib/schemas.ts';
import { termInfo, termInfos, type TermDoc } from '../../src/lib/search/terms.ts';
import type { AliasTerm } from '../../src/lib/search/aliases.ts';

test('all terms at once give each term’s own answer, on every text of the project', () => {
  const { content } = loadProject(process.cwd());
  const terms = (content.glossary?.data.terms ?? []) as AliasTerm[];
  expect(terms.length).toBeGreaterThan(10);
  for (const lang of LANGS) {
    const entries = Object.values(content.entries).flat().filter((e) => e.lang === lang);
    // Each entry a page, each of its blocks a passage (the build reads the rendered pages the same way).
    const docs: TermDoc[] = entries.map((e) => ({
      url: `/${lang}/${e.collection}/${e.name}/`,
      title: String(('title' in e.data ? e.data.title : undefined) ?? e.name),
      blocks: topBlocks(content.markdown(e.file.body)).map((b, i) => ({ id: `b${i}`, text: b.text })),
    }));
    const indicators = docs.slice(0, 20).map((d) => ({ url: d.url, name: d.blocks[0]?.text ?? '', phrase: '' }));
    const tasks = docs.map((d) => ({ url: d.url, title: d.title, text: d.blocks.map((b) => b.text).join(' ') }));
    const all = termInfos(terms, lang, docs, indicators, tasks);
    expect(all).toEqual(terms.map((term) => termInfo(term, lang, docs, indicators, tasks)));
    expect(all.some((x) => x.passages.length > 0)).toBe(true);
  }
});
